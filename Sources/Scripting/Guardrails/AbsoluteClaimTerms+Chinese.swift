/// Absolute terms under China's Advertising Law art. 9 (“国家级”、“最高级”、“最佳” and the like)
/// and the exemptions the SAMR 2023 guideline on absolute terms (《广告绝对化用语执法指南》)
/// allows. The reasons for each group are in docs/persona.md, "Guardrails".
extension AbsoluteClaimTerms {
    /// Claims. A bare 最 is a claim wherever no exemption covers it (最 + adjective = superlative);
    /// the 最X entries only make reports name the whole word.
    static let chineseRules: [String] = [
        "最", "最佳", "最好", "最优", "最强", "最高", "最低", "最大", "最小", "最新", "最先", "最热", "最火",
        "最受欢迎", "最畅销", "最便宜", "最划算", "最实惠", "最正宗", "最专业", "最权威", "最先进", "最安全",
        "最健康", "最纯", "最香", "最美", "最多", "最少", "最快", "最爱",
        "全网最", "全国最", "全球最", "世界最", "行业最", "业内最", "同类最", "市面上最", "史上最",
        "第一", "全网第一", "全国第一", "世界第一", "行业第一", "销量第一", "国内第一", "第一品牌",
        "唯一", "全网唯一", "独一无二", "绝无仅有", "史无前例", "前无古人", "空前绝后",
        "顶级", "顶尖", "极品", "极致", "终极", "至尊", "巅峰", "王牌", "无敌", "遥遥领先", "行业领先", "全球领先",
        "国家级", "世界级", "全球级", "宇宙级", "销量冠军", "销冠", "驰名商标", "特供", "专供",
        "100%", "百分之百", "绝对", "万能", "首个", "首家", "首选", "独家", "永久",
        "全网最低", "全网最低价", "史上", "根治", "包治", "药到病除", "零风险", "无风险",
    ]

    /// Words that contain a claim character but are not claims.
    static let chineseExemptions: [String] = {
        // Time, order and discourse words: 最近 (recently), 最后 (finally) … not superlatives of a product.
        var words = ["最近", "最后", "最初", "最终", "最早", "最晚", "最起码", "最重要的是", "最主要的是"]
        // 最好 as “had better” before a verb: usage advice (guideline: usage tips are not claims).
        words += ["最好在", "最好先", "最好是", "最好不要", "最好别", "最好提前", "最好趁", "最好放", "最好尽快", "最好还是"]
        // Usage and storage tips: 最佳赏味期 is the “best before”, 最佳冲泡水温 a brewing instruction.
        words += ["最佳赏味", "最佳饮用", "最佳食用", "最佳品尝", "最佳冲泡", "最佳保存", "最佳使用"]
        // True self-comparison within the brand's own line: its newest model or batch.
        words += ["最新款", "最新一代", "最新一季", "最新一批", "最新到货", "最新消息"]
        // Limits with a number or a day: 最多两件, 最快明天发货 (logistics and purchase limits, not rankings).
        for bound in ["最多", "最少", "最长", "最短", "最快", "最慢", "最晚", "最早"] {
            words += ["一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "半",
                      "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "今天", "明天", "后天"].map { bound + $0 }
        }
        // 第一 as an ordinal (the first time, step, sip, infusion, item of the show), not a ranking.
        words += ["次", "步", "天", "口", "眼", "时间", "批", "个", "位", "件", "款", "轮", "场", "期", "季", "波", "单",
                  "泡", "遍", "道", "层", "章", "句", "页", "排", "点", "条", "部分", "阶段", "站", "印象"].map { "第一" + $0 }
        // 唯一 in a plain aside about a drawback or a caution (唯一的缺点是…), not a uniqueness claim.
        words += ["唯一的问题", "唯一的缺点", "唯一的遗憾", "唯一的不足", "唯一要注意", "唯一需要注意"]
        // Official designations: 国家级非物质文化遗产 is a title granted by the State Council.
        words += ["国家级非物质文化遗产", "国家级非遗"]
        // Fibre content and juice content are measured compositions (GB/T 29862 marks pure fibre as 100%).
        for material in compositions {
            words += ["100%", "100% ", "百分之百"].map { $0 + material }
        }
        return words
    }()

    /// Materials whose share is stated as a measured composition.
    private static let compositions = [
        "纯棉", "棉", "羊毛", "纯羊毛", "羊绒", "纯羊绒", "真丝", "桑蚕丝", "亚麻", "涤纶", "牛皮", "果汁", "纯果汁",
    ]
}
