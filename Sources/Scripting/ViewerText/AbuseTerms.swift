/// The word sets behind `AbuseFilter`: insults, curses and slurs as viewers type them.
/// Kept to words that are abusive wherever they stand; a word with an ordinary meaning
/// (滚 in 滚筒, 贱 in 贱卖, "hoe") is listed only in its abusive compounds.
enum AbuseTerms {
    /// Chinese words (simplified; matched on text without separators). Latin letters inside
    /// stand for the hidden character (傻b, 傻x).
    static let chinese: [String] = [
        "傻逼", "傻b", "傻x", "傻叉", "傻屌", "煞笔", "沙比", "傻比", "傻缺", "脑残", "智障", "弱智", "白痴", "蠢货", "蠢猪",
        "蠢蛋", "贱人", "贱货", "犯贱", "婊子", "绿茶婊", "去死", "死全家", "滚蛋", "滚开", "给我滚", "你滚", "滚出去",
        "废物", "狗东西", "狗主播", "狗商家", "王八蛋", "混蛋", "他妈的", "你妈的", "你妈死", "他娘的", "操你", "草你妈",
        "日你妈", "日你大爷", "艹", "屌", "尼玛", "卧槽", "我操", "我艹", "垃圾", "骗子", "骗钱", "割韭菜", "坑人", "黑心",
        "丑八怪", "神经病", "你有病", "有病吧", "变态", "色情", "约炮", "黄片", "鸡巴", "操蛋", "放屁", "畜生", "畜牲",
        "人渣", "杂种", "贱b", "贱逼", "装逼", "牛逼", "逼样", "屄", "狗屎", "吃屎", "狗日", "日了狗", "特么的", "贱种", "拉圾",
        "废柴", "low逼", "lowb", "煞比", "傻吊", "二逼", "2逼", "去你妈", "你妈逼", "你m死", "nm死", "傻子", "你傻", "真傻",
        "是不是傻", "傻了吧", "真丑", "好丑", "太丑", "丑死", "长得丑", "你丑",
    ]

    /// Ordinary words that hold a listed one.
    static let chineseExemptions: [String] = ["垃圾袋", "垃圾桶", "垃圾分类", "垃圾食品", "垃圾处理"]

    /// Curses matched by sound (toneless pinyin), so any homophone spelling meets them.
    static let pinyin: [[String]] = [
        ["cao", "ni", "ma"], ["ni", "ma", "si"], ["ni", "ma", "de"], ["ta", "ma", "de"], ["ni", "ma", "bi"],
        ["ri", "ni", "ma"], ["si", "quan", "jia"], ["sha", "bi"], ["qu", "ni", "ma"], ["ni", "ma", "zha"],
    ]

    /// A syllable after a pattern that turns it into an ordinary word: 啥比较 (which is better).
    static let pinyinNotBefore: [String: Set<String>] = ["sha bi": ["jiao", "li", "lu", "lv", "ru", "sai"]]

    /// Whole Latin words: English insults and the pinyin initials of Chinese curses.
    static let latinWords: [String] = [
        "sb", "cnm", "nmsl", "tmd", "nmb", "mlgb", "wcnm", "cnmb", "rnm", "qnmd", "wqnmlgb", "nmd", "tmmd", "nmgb",
        "shabi", "caonima", "nimasile", "tamade", "nimabi", "wtf", "stfu", "gtfo", "kys", "ass", "arse", "dick",
        "cock", "piss", "crap", "suck", "sucks", "sucker", "idiot", "idiots", "moron", "morons", "stupid", "dumb",
        "ugly", "loser", "losers", "scam", "scammer", "scammers", "liar", "liars", "fraud", "trash", "garbage", "bs",
        "jerk", "creep", "pervert", "perv", "bimbo", "skank", "prick", "tits", "porn", "nude", "nudes", "horny",
        "kill yourself", "go die", "shut up", "screw you", "go to hell", "f off", "piss off", "fvck", "fcuk", "fuq", "biatch",
        "cum", "dildo", "penis", "pussy", "boobs", "blowjob", "handjob", "nazi", "wanker", "tosser", "sod off",
        "you suck", "u suck", "loser host",
    ]

    /// English stems abusive inside any word ("motherfucking", "bullshit").
    static let latinStems: [String] = [
        "fuck", "fuk", "fck", "phuck", "shit", "bitch", "cunt", "asshole", "dickhead", "bastard", "motherf", "whore",
        "slut", "nigger", "nigga", "faggot", "retard", "wank", "twat", "douche", "jackass", "dumbass",
    ]
}
