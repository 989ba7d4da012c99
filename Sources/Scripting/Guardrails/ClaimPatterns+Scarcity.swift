/// Scarcity and urgency written as literals: a stock count or a deadline the host cannot know
/// is true when the line airs. Said from data they are fine: `{{stock}}` (catalog `stock:`)
/// and `{{offer_ends}}` (catalog `offer_ends:`) are blanked before templates are checked.
extension ClaimPatterns {
    static let zhCount = "[0-9一二两三四五六七八九十百几半]+"
    static let zhUnit = "(?:件|个|份|单|盒|瓶|袋|包|箱|套|台|双|条|支|罐|位|名额|组|张|斤)"
    /// After a count: a particle or punctuation, so 最后一个问题 (the last question) is not stock.
    static let zhTail = "(?=[了啦哦呀喔咯啊吧库现货的!！,，。.~～\\s]|$)"
    static let enCount = "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|a handful of|a couple of?)"
    static let enUnit = "(?:units?|pieces?|items?|bottles?|boxes|box|jars?|packs?|bags?|pairs?|sets?|tins?|cans?|spots?|seats?|mugs?|cups?)"

    static let scarcity: [ClaimPattern] = [
        ClaimPattern("stock.zh", .scarcity,
                     "(?:剩|剩下)(?:最后)?\\s?\(zhCount)\\s?\(zhUnit)|(?:仅|只|就|还)(?:余|有)(?:最后)?\\s?\(zhCount)\\s?\(zhUnit)\(zhTail)|最后\\s?\(zhCount)\\s?\(zhUnit)\(zhTail)|库存(?:仅|只)?(?:剩|有)?\\s?\(zhCount)|(?:即将|马上|快要?|就要)(?:就)?(?:要)?(?:售罄|卖完|卖光|抢光|抢完|断货|没货|清空)|(?:限量|仅限)\\s?\(zhCount)\\s?\(zhUnit)|(?:只|就|仅)(?:到了?|进了?|来了?|做了?|产了?|备了?|出了?)\\s?\(zhCount)\\s?\(zhUnit)|(?:抢|卖|拍)(?:完|光)了?\\p{Han}{0,4}?(?:就)?(?:没有了|没了|不补|不再|再也|等明年)",
                     reason: "a stock count written as a literal; say it from catalog data with {{stock}}"),
        ClaimPattern("stock.en", .scarcity,
                     "\\b(?:only|just)\\s+\(enCount)\\s+(?:[a-z]+\\s+)?(?:left|remaining|in stock)\\b|\\b\(enCount)\\s+(?:\(enUnit)\\s+)?(?:left in stock|remaining in stock|left at this price)\\b|\\b(?:the\\s+)?last\\s+(?:\(enCount)\\s+)?\(enUnit)\\b|\\b(?:almost|nearly)\\s+(?:gone|sold out)\\b|\\bselling out fast\\b|\\b(?:stock|stocks) (?:is|are) (?:running out|running low|almost gone)\\b|\\blimited to \\d+\\s+\(enUnit)\\b",
                     reason: "a stock count written as a literal; say it from catalog data with {{stock}}"),
        ClaimPattern("deadline.zh", .scarcity,
                     "恢复原价|涨回原价|回到原价|(?:今晚|今天|今日|明天|明早|零点|\(zhCount)点|午夜|凌晨|下播)[^，。！？,.!?]{0,6}?(?:之?后|以后|一过)?(?:就|立刻|马上|立即)?(?:恢复原价|涨价|调价|下架|(?:活动|优惠|折扣|特价|福利)结束|截止|失效|取消|回到原价|没有了|不再|(?:价格?|优惠|活动|福利|折扣)[^，。！？,.!?]{0,3}?(?:恢复|回调|上涨|涨|没了|失效))|最后\\s?\(zhCount)\\s?(?:个)?(?:小时|分钟|天|秒)|(?:倒计时|仅剩|只剩|还剩|还有)\\s?\(zhCount)\\s?(?:个)?(?:小时|分钟|秒)|限时\\s?\(zhCount)\\s?(?:个)?(?:小时|分钟)|(?:过了|错过)(?:今天|今晚|今日|这个时间|这一波|这次|这场)[^，。！？,.!?]{0,6}?(?:就|再)(?:没|涨|恢复|等)",
                     reason: "a deadline written as a literal; say it from catalog data with {{offer_ends}}"),
        ClaimPattern("deadline.en", .scarcity,
                     "\\b(?:price|prices)\\s+(?:goes up|go up|will go up|(?:is |are )?going up|doubles?|increases?|rises?|jumps?|reverts?|changes?)\\b|\\b(?:ends?|expires?|is over|goes away|closes?|disappears?)\\s+(?:at\\s+)?(?:midnight|tonight|today|tomorrow|noon|in\\s+\\d+\\s+(?:minutes?|hours?|days?)|at\\s+\\d{1,2}(?::\\d\\d)?\\s*(?:am|pm)?)\\b|\\b(?:last|final)\\s+(?:hour|day|chance|(?:\\d+|few|couple of)\\s+(?:minutes?|hours?|days?))\\b|\\bonly\\s+\\d+\\s+(?:minutes?|hours?)\\s+(?:left|to go)\\b|\\b(?:before|by|until|till)\\s+midnight\\b|\\bcountdown\\b",
                     reason: "a deadline written as a literal; say it from catalog data with {{offer_ends}}"),
    ]
}
