/// Absolute claims (Advertising Law art. 9(3), SAMR 2023 guideline on absolute terms) as
/// families: a scope word plus a ranking word, superlative morphology, uniqueness and grade
/// words, comparisons against competitors. The word lists in `AbsoluteClaimTerms` stay for
/// single terms; these catch the forms a list cannot enumerate.
enum ClaimPatterns {
    /// Words that widen a claim to a whole market: 全网最…, 行业第一, "world's best".
    static let zhScope = "(?:全网|全国|全球|全世界|世界|国内|国际|行业|业内|同类|同行|品类|市场上?|(?<!历)史上|亚洲|中国|天下|地表|宇宙|全省|全市)"
    /// -est words that are not superlatives of quality.
    static let notSuperlative = "(?:latest|rest|test|interest|forest|west|guest|nest|chest|harvest|request|honest|modest|suggest|"
        + "invest|protest|manifest|quest|contest|digest|arrest|pest|vest|zest|crest|jest|behest|unrest|conquest|midwest|"
        + "earnest|priest|largest|smallest|biggest|longest|shortest|tallest|widest|narrowest|earliest|nearest|closest|"
        + "highest|lowest|fewest|least)"

    static let absolute: [ClaimPattern] = [
        ClaimPattern("scope-ranking.zh", .absoluteClaim,
                     zhScope + "(?:销量|销售|排名|排行|口碑|人气|同价位|范围内|都是|的)?(?:最|第一|唯一|首[创款个家发位批]|领先|之最|冠军|no\\.1|top|顶尖|顶级|一流|独家|标杆|翘楚|龙头|霸主|王者|老大|天花板|一哥|一姐|巨头|前[0-9一二三四五六七八九十]+)",
                     reason: "ranks the product against a whole market (art. 9(3): 最高级, 第一 and the like)"),
        ClaimPattern("ranking.zh", .absoluteClaim,
                     "(?:销量|销售额?|排名|排行|口碑|人气|好评率?|品质|质量|效果|性价比|热销|热卖|实力|技术|回购率?)(?:第一|冠军|no\\.1|top1?|遥遥领先|领先)|第一(?:品牌|名|梯队|大品牌)|(?:销量|排名|排行|口碑)\\p{Han}{0,4}?(?:前[0-9一二三四五六七八九十]+(?:名|强|甲)?|第一|冠军)|(?:效果|品质|质量|做工|口感|性能)一流|top\\s?-?\\d{1,2}(?:品牌|之一|榜|单品)|前[0-9一二三四五六七八九十]+(?:名|强|甲)|\\btop[- ]?(?:\\d{1,2}|three|five|ten)\\s+(?:brands?|sellers?|selling|rated|picks?)\\b",
                     reason: "a ranking claim: first, champion or leader in sales, quality or reputation (art. 9(3))"),
        ClaimPattern("leader.zh", .absoluteClaim,
                     "(?:领导|领袖|领军|龙头|标杆|霸主|王者)(?:品牌|企业|者|地位)|头把交椅|第一把交椅|领先|天花板|称霸|霸榜|制霸|问鼎|独占鳌头|顶流|(?:国家|世界|全球|宇宙|国际|殿堂|神|皇家|王者|国民|神仙|王炸|史诗|传奇|天花板|顶流)级",
                     reason: "claims leadership or a grade above all others (art. 9(3): 国家级, 领导品牌)"),
        ClaimPattern("best-of-best.zh", .absoluteClaim, "(?<repeat>\\p{Han}{1,3})中的\\k<repeat>",
                     reason: "X中的X (the X of all X) claims the very best (art. 9(3))", requires: "中的"),
        ClaimPattern("unique.zh", .absoluteClaim,
                     "(?:找不到|没有|再无|别无|不会有)第二(?:家|个|款|件)|(?:独此|仅此|只此)一家|别无分号|只有(?:我们|我家|咱家|本店|我们家)\\p{Han}{0,4}?(?:是真|才是|正宗|真的)|yyds|永远的神|绝绝子|独一无二|绝无仅有|无与伦比|无可比拟|无可替代|不可替代|无人能及|无人能比|无出其右|举世无双|天下无双|首屈一指|数一数二|名列前茅|前所未有|史无前例|空前绝后|前无古人|独步天下|唯我独尊|百分百|首创|首款",
                     reason: "claims the product is unique or unprecedented (art. 9(3))"),
        ClaimPattern("competitor.zh", .absoluteClaim,
                     "(?:吊打|碾压|完胜|秒杀(?!价|活动|福利|时间|专场)|甩|干翻|打败|胜过|超越)\\p{Han}{0,4}?(?:所有|一切|同行|同类|竞品|其他|别家|各大|大牌|任何|某)|比(?:别|其他|其它|同行|所有|任何|某|市面|外面|线下|实体店|超市|专柜|大牌|竞品|友商|京东|淘宝|天猫|拼多多)[^，。！？,.!?]{0,6}?(?:好|强|便宜|划算|优|值|低|实惠)|(?:任何|所有|其他)(?:品牌|同类|产品|家)[^，。！？,.!?]{0,4}?(?:都)?(?:比不上|不如|没法比)|(?:某[宝东猫音书多团]|别家|其他家|外面|同行|竞品)[^，。！？,.!?]{0,8}?(?:卖|价|贵|便宜|买不到|都没|没有这)",
                     reason: "compares the product against competitors (art. 9(3), art. 13)"),
        ClaimPattern("superlative-scope.en", .absoluteClaim,
                     "\\b(?!\(notSuperlative)\\b)[a-z]+est\\s+(?:[a-z'-]+\\s+){0,3}(?:in|on)\\s+(?:the\\s+)?(?:world|market|planet|universe|country|nation|industry|business|town|city|internet|web|galaxy)\\b",
                     reason: "a superlative over a whole market (art. 9(3) counterpart)"),
        ClaimPattern("superlative-possessive.en", .absoluteClaim,
                     "\\b(?:world|america|china|europe|asia|britain|australia|canada|country|nation|industry|market|internet|earth|planet|town)'?s\\s+(?:no\\.1|best|(?!\(notSuperlative)\\b)[a-z]+est|most\\s+[a-z]+|first|only|leading|top|favou?rite|number)\\b",
                     reason: "ranks the product first in a whole market (art. 9(3) counterpart)"),
        ClaimPattern("superlative.en", .absoluteClaim,
                     "\\b(?:the|our|this|its|their)\\s+(?:very\\s+)?(?:finest|greatest|cheapest|freshest|purest|safest|healthiest|strongest|fastest|softest|tastiest|smartest|smoothest|richest|tastiest|creamiest|most\\s+(?!(?:of|people|likely|part|common|recent|important|often)\\b)[a-z]+)\\b",
                     reason: "a superlative of quality (art. 9(3) counterpart: 最 + adjective)"),
        ClaimPattern("ranking.en", .absoluteClaim,
                     "\\bno\\.1\\b|\\b(?:top|best|highest|#1)[- ](?:rated|selling|ranked|seller)\\b|\\bchart[- ]topping\\b|\\b(?:market|industry|category|world)[- ]lead(?:er|ers|ing)\\b|\\bleading\\s+(?:brand|manufacturer|maker|company|supplier|provider)\\b|\\bworld[- ]class\\b",
                     reason: "a ranking or leadership claim (art. 9(3) counterpart: 第一, 领导品牌)"),
        ClaimPattern("unique.en", .absoluteClaim,
                     "\\bsecond to none\\b|\\blike no other\\b|\\bnothing\\s+(?:[a-z]+\\s+){0,4}?(?:beats|compares|comes close|can match|matches)\\b|\\bno other\\s+[a-z]+\\s+(?:can|comes|does|is|has|will|even)\\b|\\bun(?:beat|match|rival|surpass|paralle|equal)(?:able|ed|led)\\b|\\bthe only\\s+(?!(?:downside|drawback|catch|problem|thing to|difference|way to tell)\\b)(?:[a-z-]+\\s+){0,2}?(?:brand|product|one|formula|company|shop|store|choice|thing|[a-z]+)\\s+(?:that|to|with|in|you|which|on)\\b|\\bthe first and only\\b|\\bone and only\\b|\\bthe original and best\\b|\\b(?:first|only)\\s+(?:brand|company|maker|product)\\s+(?:to|in|that|ever)\\b|\\b(?:world|industry|market|country|nation)'?s?[- ]first\\b|\\bfirst[- ]ever\\b",
                     reason: "claims the product is unique, unmatched or first of all (art. 9(3) counterpart)"),
        ClaimPattern("competitor.en", .absoluteClaim,
                     "\\b(?:better|cheaper|stronger|softer|faster|tastier) than (?:any|all|every|the rest|the competition|competitors?|other brands|the others|brand\\b|the (?:leading|big|other|name) brands?|the big names|store[- ]bought|[a-z]+'s|(?:the\\s+)?(?:stuff|ones?|anything|what you)\\s+(?:at|in|from|you|else|on|they))|\\b(?:outperforms?|outlasts?|outsells?|outshines?|trumps?|surpasses?)\\s+(?:every|all|any|the|other|rival|competing|leading|brand|[a-z]+'s)\\b|\\bbeats? (?:all|every|any) (?:other )?[a-z]+|\\bbeats?\\s+(?:brand|rival|competing|other brands|[a-z]+'s)\\b|\\bblows? (?:the )?(?:competition|others) away\\b",
                     reason: "compares the product against competitors (art. 9(3), art. 13 counterpart)"),
    ]
}
