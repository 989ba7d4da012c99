/// Meanings under which a claim word is not a claim (SAMR 2023 guideline on absolute terms:
/// time and order, consumer tips, truthful comparison within the brand's own range, aims and
/// attitude, measured composition; plus purchase limits, personal preference and negation).
///
/// An exemption clears a hit it overlaps, and only for the rules it names: a purchase limit
/// clears 最多, never a health claim; a negation clears a health claim, never a superlative.
enum ClaimExemptions {
    private static let notScope = "(?:(?!全网|全国|全球|世界|行业|业内|同类|同行|市场|史上|国内|所有|任何|别家|其他)[^，。！？,.!?；;])"
    private static let absolute: @Sendable (GuardrailRule) -> Bool = { $0 == .absoluteClaim }
    private static let effect: @Sendable (GuardrailRule) -> Bool = {
        switch $0 {
        case .banned, .scarcity, .literalPrice: false
        default: true
        }
    }

    static let all: [ClaimExemption] = [
        ClaimExemption("inside-word.zh", "历史(?:上)?|有史以来(?!最)",
                       reason: "the claim characters belong to another word (史上 inside 历史上)"),
        ClaimExemption("preference.zh", "我(?!们)(?:个人|自己|本人)?\\p{Han}{0,3}?最(?:喜欢|爱|常|中意|偏爱|享受)|(?:主播|小编)(?:个人|自己)?\\p{Han}{0,2}?最(?:喜欢|爱|常)",
                       reason: "a personal preference of the speaker, not a claim about the product against others"),
        ClaimExemption("preference.en", "\\bmy\\s+(?:(?:all[- ]time|personal|own|absolute|very)\\s+)?favou?rites?\\b|\\bi\\s+(?:[a-z']+\\s+){0,3}?(?:like|love|enjoy|prefer)\\s+(?:[a-z']+\\s+){0,3}?(?:best|most)\\b",
                       reason: "a personal preference of the speaker, not a claim about the product against others"),
        ClaimExemption("purchase-limit.zh", "(?:最多|至多|最少|至少)\\p{Han}{0,4}?\\s?[0-9一二两三四五六七八九十几]+\\s?(?:件|个|份|单|盒|瓶|袋|包|箱|套|台|双|条|支|罐|斤|次|张|天|小时|千克|公斤|克|毫升|升|厘米|公分|毫米|米|分钟|秒|人|杯|勺|片|粒|kg|g|ml|l|cm|mm)",
                       reason: "a purchase or delivery limit, or the product's own capacity (a quantity), not a ranking"),
        ClaimExemption("usage-limit.zh", "(?:最多|最少|至多|至少)(?:只?(?:能|可以|可|要|需要|就))?(?:倒|放|装|加|泡|用(?![户家])|洗|充|吃|喝|买|拍|领|冲|煮|蒸|烤|调|存|晒|叠|挂|续)|(?:最多|最少)(?:只?(?:能|可以|可|要))?(?![人的])\\p{Han}{1,2}?到(?![处家手])",
                       reason: "how much to pour, put in or buy (a usage or purchase limit), not a ranking"),
        ClaimExemption("negated-claim.zh", "(?:不知道是不是|不确定是不是|不清楚是不是|不一定是|不敢说|不能说|不会说|不是说|不好说|不敢讲|不敢称|不敢吹|不吹|谈不上|称不上|算不上|不是什么|不说)\\p{Han}{0,6}?(?:最\\p{Han}{1,2}|第一|顶级|唯一|极致|天花板)",
                       reason: "the speaker declines the claim (不敢说是最好的), which makes no claim"),
        ClaimExemption("negated-claim.en", "\\b(?:not|isn't|is not|aren't|are not|never|nowhere near|far from)\\s+(?:the\\s+|our\\s+)?(?:very\\s+)?(?:cheapest|best|finest|biggest|fanciest|(?!\(ClaimPatterns.notSuperlative)\\b)[a-z]+est|most\\s+[a-z]+|no\\.1)\\b",
                       reason: "the speaker says it is not the best or cheapest, which makes no claim"),
        ClaimExemption("habit.zh", "我(?!们)(?:个人|自己|本人)?\\p{Han}{0,4}?(?:回购|买|用|喝|吃|穿|戴|泡)(?:得|的)?最(?:多|久|勤|频繁)|我(?!们)(?:个人|自己|本人)?\\p{Han}{0,2}?最常(?:用|喝|吃|穿|买|戴|泡)",
                       reason: "the speaker's own habit (what the host rebuys most), not a claim against other products"),
        ClaimExemption("counted-range.zh", "(?:[0-9一二两三四五六七八九十几]+|这几|那几)(?:款|种|个|样|色|罐|杯|条|只)\\p{Han}{0,3}?(?:里面?|中|当中|之中|之间|里头)[，,]?(?:\(notScope)){0,10}?最\\p{Han}{1,3}",
                       reason: "a comparison within a range the line names and counts (这三款里最轻), which the guideline allows"),
        ClaimExemption("advice.zh", "(?:^|[，,；;：:、]|时候?|之前|之后|以前|以后|记得|建议|所以|因此|但是?|不过|平时|每次)\\s?最好(?![的喝吃看闻穿玩听卖最了啦没品质材料用是选]|$)\\p{Han}",
                       reason: "advice that opens a clause (拿的时候最好握把手, 最好手洗), not a claim about the product"),
        ClaimExemption("usage-parameter.zh", "(?:水温|温度|时间|用量|比例|火候|时长|[0-9一二两三四五六七八九十百]+\\s?(?:度|℃|°c|分钟|秒|克|毫升|ml|g|小时|勺|片))[^，。！？,.!?]{0,6}?最(?:合适|适合|适宜|佳|好)",
                       reason: "the best setting for using the product (水温80度最合适), a consumer tip the guideline allows"),
        ClaimExemption("spec-limit.zh", "最(?:高|低|大|小|长|短|多|少|快|慢)的?(?:温度|功率|容量|转速|承重|速度|档位?|风速|续航|亮度|音量|压力|尺寸|尺码|号|码|水温|时速|负载|载重)?(?:可|能|可以|能够)?(?:达到?|到|调到|支持|做到|为|是)?\\s?[0-9一二两三四五六七八九十百千万几]",
                       reason: "a specification limit of the product itself (最高温度200度, 最大容量500毫升), not a ranking"),
        ClaimExemption("spec-stated.zh", "最(?:高|低|大|小|长|短|宽|窄|重|轻|多|少)的?\\p{Han}{0,6}?(?:是|为|达到?|到|有|可以到|能到)\\s?[0-9一二两三四五六七八九十百千万几]+\\s?(?:厘米|公分|毫米|米|cm|mm|克|千克|公斤|斤|g|kg|毫升|升|ml|度|℃|瓦|w|码|号|小时|分钟|天|件|个)",
                       reason: "a size or limit of the product's own range stated with its number (最长的尺码是180厘米), not a ranking"),
        ClaimExemption("time-order.zh", "最(?:近|后|初|终|早|晚)|最先(?!进)|最新(?:款|一代|一季|一批|到货|消息|上架|一期|版本|动态|日期|批次|的一批|生产)",
                       reason: "a time or order word (最近, 最后, 最新款 of the brand's own range), not a superlative of quality"),
        ClaimExemption("ordinal.zh", "(?<!全国|国内|全球|世界|行业|全网|业内|亚洲|中国|国际|市场|史上|同类|品类|全省|全市|排名|排行|销量)第一(?:家|次|步|天|口|眼|时间|批|个|位|件|款|轮|场|期|季|波|单|泡|遍|道|层|章|句|页|排|点|条|部分|阶段|站|印象|年|周|个月|代|节|课|集|首|杯|盒|包|罐|份|瓶|感觉|反应|号|行|列|题|项|组|张|根|颗|片|层)",
                       reason: "an ordinal fact (the first time, step, store), not a ranking: no market scope precedes it"),
        ClaimExemption("own-first.zh", "(?:我们|本店|品牌|自家|我家|咱们|公司)的?首(?:款|家|次|批|发|个|位|代)",
                       reason: "the brand's own first product or store: an ordinal fact about itself"),
        ClaimExemption("usage-tip.zh", "最好(?:在|先|是|不要|别|提前|趁|放|尽快|还是|冷藏|密封|避光)|最好(?:用|拿|选|选择|配|搭配)\\p{Han}{0,8}?(?:冲泡|冲|泡|洗|煮|擦|涂|清洗|浸泡|加热|保存|熨烫|晾干)|最好(?:用|拿|选|配)\\s?[0-9一二两三四五六七八九十百]|最适合(?:在)?(?:[春夏秋冬]天|[春夏秋冬]季|早上|早晨|上午|中午|下午|晚上|睡前|饭后|饭前|周末|假期|通勤|户外|办公室|出游|旅行)|最佳(?:赏味|饮用|食用|品尝|冲泡|保存|使用|储存|时间|时机|温度|方法|方式|期)|最佳的?\\p{Han}{0,2}?(?:水温|温度|时间|时机|方法|方式|赏味期|饮用期|食用期|保存期)|建议(?:大家)?最好|最好(?:分|每|多|少|再|尽量|避免)",
                       reason: "a consumer tip (best time, method or shelf life), which the guideline allows"),
        ClaimExemption("usage-tip.en", "\\bbest[- ]before\\b(?!-)|\\bbest[- ]by\\s*(?::|date|\\d|end of)|\\b(?:is|are|it's|they're)\\s+best\\s+(?!(?:rated|ranked|reviewed|loved|liked|designed|made|crafted|engineered|priced|sold|known|tested)\\b)(?:[a-z]+ed|eaten|drunk|worn|done|taken|kept|hung|served)\\b|\\bbest\\s+(?:enjoyed|served|brewed|kept|stored|used|consumed|when|if|to|within|after)\\b|\\bfor (?:the\\s+)?best (?:flavou?r|taste|results|fit|texture|aroma|experience|brew|cup)\\b|\\bit'?s best\\b|\\bit is best\\b|\\b(?:best|ideal|optimal)\\s+(?:brewing|serving|storage|drinking)\\s+(?:temperature|time|method)\\b",
                       reason: "a consumer tip (best before, best served), which the guideline allows"),
        ClaimExemption("discourse.zh", "最(?:重要|主要|关键|核心|基本)的(?:是|一点|一步)|(?:送给|给)?最(?:好|爱)的(?:朋友|闺蜜|兄弟|姐妹|人|家人|妈妈|爸爸|那个人)|绝对(?:不要|别|不能|不可以|禁止|千万别)(?![^，。！？,.!?]{0,3}(?:错过|失望|后悔|犹豫|再等))",
                       reason: "a discourse marker, a gift phrase or a caution, not a claim about the product"),
        ClaimExemption("discourse.en", "\\bbest of all\\b|\\b(?:the|my) (?:best|favou?rite) (?:part|bit|thing about (?:it|this))\\b|\\b(?:our|my|this is our)\\s+first[- ]ever\\b|\\bthe best (?:way|time) to\\s+(?:brew|use|store|clean|wash|enjoy|serve|drink|eat|keep|cook|prepare|apply|wear|care|steep)\\b",
                       reason: "a discourse marker, the brand's own first, or a consumer tip, not a claim about the product"),
        ClaimExemption("battery-full", "(?:充电|电量|充到|充满)\\s?(?:到)?100\\s?%|100\\s?%\\s?(?:电量|充满)|\\b(?:charges?|charged|charging|battery)\\s+(?:[a-z]+\\s+){0,2}?100\\s?%",
                       reason: "a full battery charge, a measurement, not a claim of perfection"),
        ClaimExemption("own-feature.zh", "最大的?(?:优点|特点|亮点|卖点|区别|不同|好处|优势|缺点|问题|感受|变化)|唯一的?(?:区别|不同|缺点|问题|遗憾|不足|要求|条件|要注意|需要注意|建议|办法)|最好的(?:方法|办法|时间|时机|方式)",
                       reason: "describes the product's own strongest feature, not a ranking against other products"),
        ClaimExemption("self-comparison.zh", "(?:我们店里?|我们家|我家|本店|店里|自家|这几款|这[一二两三四五六七八九十几]款|这个系列|本系列|同系列|系列里|咱家|直播间里)(?:\(notScope)){0,8}?最\\p{Han}{1,3}",
                       reason: "a truthful comparison within the brand's own range, which the guideline allows"),
        ClaimExemption("self-comparison.en", "\\b(?:best|[a-z]+est|most\\s+[a-z]+)\\s+(?:[a-z-]+\\s+){0,3}?(?:of|in|from)\\s+(?:our|this|the brand's)\\s+(?:own\\s+)?(?:range|line|lineup|line-up|collection|store|shop|catalog|catalogue|menu|series|selection|three|two|four|five)\\b|\\b(?:best|[a-z]+est|most\\s+[a-z]+)\\s+(?:[a-z-]+\\s+){0,3}?we(?:'ve| have)?\\s+(?:ever\\s+)?(?:made|sold|carry|make|sell|stock|offer|brewed)\\b",
                       reason: "a truthful comparison within the brand's own range, which the guideline allows"),
        ClaimExemption("aim.zh", "(?:努力|力求|争取|追求|致力于?|尽力|希望|力争)(?:做到|做|成为)?(?:最好|极致|第一|完美|更好)|尽(?:我们|我)?最大的?努力",
                       reason: "an aim or attitude of the business, not a claim about the product"),
        ClaimExemption("aim.en", "\\bbest\\s+(?:friends?|buddy|buds|man|practices?|of luck|wishes)\\b|\\bbest[- ]case\\b|\\b(?:item|step|tip|question|product|line|track|model|size|order|room|page|part|episode|lot|look|option)\\s+(?:no\\.1|number one)\\b|\\b(?:do|doing|did|try|trying|strive|striving|aim|aiming)\\s+(?:[a-z]+\\s+){0,2}?(?:our|my)\\s+best\\b|\\bbest (?:regards|wishes)\\b|\\ball the best\\b|\\bat (?:its |their )?best\\b",
                       reason: "an aim, a greeting or an idiom, not a claim about the product"),
        ClaimExemption("composition", "(?:含量|成分|占比)(?:是|为|达到?|有)?\\s?(?:100\\s?%|百分之百|百分百)|(?:100|百分之百|百分百)\\s?%?\\s?纯?(?:棉|羊毛|羊绒|真丝|桑蚕丝|蚕丝|亚麻|涤纶|牛皮|果汁|原浆|鲜榨|全麦|可可|聚酯|莫代尔|天丝|鸭绒|鹅绒|羽绒|纯铜|不锈钢|退款|退货)|\\b100\\s?%\\s+(?:pure\\s+)?(?:cotton|wool|merino|silk|linen|cashmere|polyester|leather|juice|recycled|organic|arabica|cocoa|down|nylon|bamboo|hemp|stainless|copper|whole|refund|money back)\\b",
                       reason: "a measured composition or a refund term, not a claim of perfection"),
        ClaimExemption("composition.en", "\\b100\\s?%\\s+(?!(?:effective|safe|natural|pure|guaranteed|satisf[a-z]+|real|authentic|risk[- ]free|proven|success(?:ful)?|results?|original|chemical[- ]free|harmless|perfect|organic|healthy|clean|toxin[- ]free|legit|genuine|the best|sure|certain|works?|better)\\b)[a-z]+\\b",
                       reason: "a measured composition (100% porcelain), not a claim of perfection"),
        ClaimExemption("service-guarantee.en", "\\bmoney[- ]back guarantee[sd]?\\b|\\bguaranteed? (?:delivery|refunds?|returns?|authentic(?:ity)?)\\b|\\b(?:delivery|refunds?|returns?) (?:is |are )?guaranteed\\b",
                       reason: "a service term (refund, delivery), not a promise of results",
                       clears: { $0 == .absoluteClaim || $0 == .resultGuarantee }),
        ClaimExemption("stock-phrase.en", "\\bwhile (?:stocks?|supplies) lasts?\\b|\\b(?:in|out of|back in) stock\\b|\\bstock up\\b",
                       reason: "stock as goods on the shelf, not shares", clears: { $0 == .declinedTopic(.financial) }),
        ClaimExemption("negation.zh", "(?:(?:代替|替代|取代)不了|不能|不可|无法|不会|不具有|不具备|并非|不是|不等于|没有)(?:代替|替代)?\\p{Han}{0,8}(?:治疗|治愈|治病|治|看病|预防|药物|疗效|功效|见效|保证|美白|防晒|生发|减肥|疾病)",
                       reason: "a negation or disclaimer (本品不能代替药物), which states no effect or advice", clears: effect),
        ClaimExemption("negation.en", "\\b(?:not|never|cannot|can't|doesn't|does not|won't|will not|isn't|is not)\\s+(?:[a-z,]+\\s+){0,4}?(?:diagnose|treat|cure|prevent|heal|guarantee|whiten)[a-z]*\\b(?:,?\\s+(?:or\\s+|and\\s+)?[a-z]+){0,8}",
                       reason: "a negation or disclaimer (not intended to treat any disease), which states no effect", clears: effect),
    ]
}
