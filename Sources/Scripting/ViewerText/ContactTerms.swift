/// The word sets behind `ContactDetector`.
enum ContactTerms {
    /// Names of messaging accounts and numbers, as viewers write them (homophones included).
    static let markers: [String] = [
        "微信", "威信", "薇信", "徽信", "维信", "v信", "vx", "wx", "weixin", "wechat", "qq", "扣扣", "企鹅", "电话", "手机号",
        "手机", "tel", "phone", "whatsapp", "telegram", "tg", "line", "飞机", "抖音号", "小红书", "ig", "instagram",
        "账号", "号码",
    ]

    /// Markers looked for in text without separators ("V X abc_88" → "vxabc88").
    static let compactMarkers: [String] = [
        "微信", "威信", "薇信", "徽信", "维信", "v信", "vx", "wx", "weixin", "wechat", "qq", "扣扣", "企鹅", "电话", "手机号",
        "whatsapp", "telegram", "飞机", "账号", "号码",
    ]

    /// Messaging apps whose ids are often letters only ("vx: tealover"): an id after one of
    /// these and a colon counts even without digits.
    static let messagingMarkers: [String] = [
        "微信", "威信", "薇信", "徽信", "维信", "v信", "vx", "wx", "weixin", "wechat", "qq", "whatsapp", "telegram", "tg", "ig",
        "instagram", "line", "飞机",
    ]

    /// Invitations to talk or trade off the platform, in Chinese (matched on text without separators).
    static let redirections: [String] = [
        "加微信", "加个微信", "加下微信", "加一下微信", "加威信", "加薇信", "加v信", "加vx", "加wx", "加qq", "加扣扣", "加企鹅",
        "加我", "加好友", "加群", "进群", "群号", "私聊", "私信我", "私我", "私下交易", "私下联系", "线下交易", "站外", "联系方式",
        "联系我", "扫码", "二维码",
    ]

    /// The same in English, as whole words on the spaced text.
    static let latinRedirections: [String] = [
        "dm me", "pm me", "add me", "contact me", "text me", "call me", "message me", "whatsapp me", "find me on",
        "visit my", "check my profile", "link in bio", "my channel", "my store", "follow me",
    ]

    /// Top-level domains a bare domain ends with.
    static let domains: [String] = [
        "com", "cn", "net", "org", "io", "me", "co", "xyz", "top", "cc", "tv", "shop", "store", "app", "info", "biz",
        "vip", "link", "site", "online", "ly", "gl", "hk", "tw", "us", "uk", "de", "jp", "ru", "club", "live", "fun",
    ]

    /// Chinese numerals (and 幺 for one, as said in phone numbers) as digits.
    static let numerals: [Character: Character] = [
        "〇": "0", "零": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5", "六": "6",
        "七": "7", "八": "8", "九": "9", "壹": "1", "贰": "2", "叁": "3", "肆": "4", "伍": "5", "陆": "6", "柒": "7",
        "捌": "8", "玖": "9",
    ]
}
