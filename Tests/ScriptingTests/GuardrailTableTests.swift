import Testing
import StandInCore
@testable import Scripting

/// The built-in rule sets on real sentences: claims are caught, everyday words are not.
@Suite("Guardrails: absolute claims")
struct GuardrailTableTests {
    let checker = GuardrailChecker(Guardrails(), language: .zh)

    @Test(arguments: [
        ("这是最好的龙井。", "最好"), ("全网最低价，错过再等一年。", "全网最低价"), ("销量第一的明前龙井。", "销量第一"),
        ("我们是唯一正宗的产地。", "唯一"), ("顶级明前龙井。", "顶级"), ("极品好茶，值得拥有。", "极品"),
        ("国家级品质。", "国家级"), ("世界级工艺。", "世界级"), ("连续三年销量冠军。", "销量冠军"),
        ("100%有效。", "100%"), ("绝对不会让你失望。", "绝对"), ("万能的清洁膏。", "万能"),
        ("国内第一款手工杯。", "国内第一"), ("大家送礼的首选。", "首选"), ("本店独家供应。", "独家"),
        ("永久保修。", "永久"), ("史上最低价。", "史上最"), ("无敌好喝。", "无敌"), ("根治失眠。", "根治"),
        ("包治百病的好茶。", "包治"), ("最新鲜的春茶。", "最新"), ("全网最新款。", "全网最"), ("这款茶最香。", "最香"),
        ("百分之百满意。", "百分之百"), ("最近卖得最好。", "最好"), ("１００％满意。", "１００％"), ("最佳选择。", "最佳"),
        ("This is the best tea in town.", "the best"), ("Our No. 1 seller.", "No. 1"), ("The number one mug.", "number one"),
        ("#1 in tea.", "#1"), ("Satisfaction guaranteed.", "guaranteed"), ("100% effective.", "100%"),
        ("It cures colds.", "cures"), ("A miracle in a cup.", "miracle"), ("The world’s first self-heating mug.", "world’s first"),
        ("Unbeatable quality.", "Unbeatable"), ("Lowest price ever!", "Lowest price ever"), ("A risk-free purchase.", "risk-free"),
        ("BEST tea ever.", "BEST"), ("It's the ultimate gift.", "ultimate"), ("This honey is the best.", "the best"),
        ("Our best-selling tea.", "best-selling"), ("Honestly the best before-dinner snack.", "the best"), ("A #1-rated mug.", "#1"),
        ("最多人买的一款。", "最多"), ("这款最好喝。", "最好"), ("全网唯一。", "全网唯一"), ("Our best tea yet.", "best"),
    ])
    func claimsAreBlocked(line: String, phrase: String) {
        let violations = checker.check(line, source: .operatorText)
        #expect(violations.contains { $0.rule == .absoluteClaim && $0.phrase == phrase }, "\(violations)")
    }

    @Test(arguments: [
        "我最近在喝这款茶。", "最后一步，盖上盖子焖两分钟。", "最初是在杭州种的。", "最终的口感很柔和。", "第一次喝的朋友可以少放一点。",
        "第一步，先温杯。", "到货第一天就卖了很多。", "第一泡的茶汤很清亮。", "唯一的问题是产量不多。", "这是我们家最新款的马克杯。",
        "特级龙井，今年的新茶。", "一级能效，省电。", "100%纯棉面料。", "100% 羊毛。", "百分之七十羊毛，柔软不扎脖子。",
        "最好在三天内喝完。", "最佳赏味期是十二个月。", "最多两件，先到先得。", "最快明天发货。", "最重要的是口感。",
        "西湖龙井制作技艺是国家级非物质文化遗产。", "每一片都是手工炒制。", "今天直播间只要89元。", "喜欢的朋友点击下方链接。",
        "Best regards from the team.", "Best before March next year.", "At best it ships in two days.",
        "It's best enjoyed within a month.", "This is my first time here.", "100% wool, soft on the neck.",
        "A 100% cotton lining.", "I'll do my best to answer.", "Step number one: warm the pot.", "Seventy percent wool.",
        "A secure lid keeps it fresh.", "Most people brew it twice.", "Our newest mug is here.", "Back in stock today.",
        "Free returns within a week.", "A sweet treat for the office.", "The bestow ceremony.", "Tap the link below to order yours.",
    ])
    func everydayLinesPass(line: String) {
        #expect(checker.check(line, source: .operatorText).isEmpty, "\(checker.check(line, source: .operatorText))")
    }

    @Test func brandsExtendAndExemptTheClaimLists() {
        let here = SourceLocation(file: "p.yaml", line: 3)
        let brand = GuardrailChecker(Guardrails(absoluteClaims: AbsoluteClaimSettings(
            extra: [GuardrailPhrase("王者", source: here)], exempt: [GuardrailPhrase("第一泉", source: here)])), language: .zh)
        #expect(brand.check("茶中王者。", source: .operatorText).map(\.phrase) == ["王者"])
        #expect(brand.check("第一泉龙井，今年的新茶。", source: .operatorText).isEmpty)
        #expect(checker.check("第一泉龙井，今年的新茶。", source: .operatorText).map(\.phrase) == ["第一"])
        let off = GuardrailChecker(Guardrails(absoluteClaims: AbsoluteClaimSettings(enabled: false)), language: .zh)
        #expect(off.check("最好的茶。", source: .operatorText).isEmpty)
    }

    @Test func bannedWordsAndDeclinedTopicsAreRules() {
        let here = SourceLocation(file: "p.yaml", line: 3)
        let brand = GuardrailChecker(Guardrails(
            banned: [GuardrailPhrase("代购", source: here)],
            declineTopics: DeclineTopicSettings(topics: [.medical, .legal], keywords: [.legal: [GuardrailPhrase("仲裁", source: here)]])),
            language: .zh)
        #expect(brand.check("支持海外代购。", source: .operatorText).map(\.rule) == [.banned])
        #expect(brand.check("喝了可以降血压。", source: .operatorText).map(\.rule) == [.declinedTopic(.medical)])
        #expect(brand.check("买股票不如买茶。", source: .operatorText).isEmpty)  // financial is off for this brand
        #expect(brand.declinedTopic(in: "买错了可以申请仲裁吗？") == .legal)
        #expect(brand.declinedTopic(in: "这个茶怎么泡？") == nil)
        #expect(brand.check(brand.declineLine, source: .operatorText).isEmpty)
        #expect(GuardrailChecker(Guardrails(), language: .en).check("Can it treat my cancer?", source: .operatorText)
            .map(\.rule) == [.declinedTopic(.medical)])
    }

    @Test(arguments: [
        ("只要99元", "99元"), ("just $19.99", "$19.99"), ("原价129，现在更便宜", "原价129"), ("今天只要九十九元。", "九十九元"),
        ("It's only 12.50 today.", "only 12.50"), ("ten dollars off", "ten dollars"), ("立减 20！", "立减 20"),
    ])
    func literalPricesAreFound(text: String, price: String) {
        #expect(LiteralPriceDetector.prices(in: text) == [price])
    }

    @Test(arguments: [
        "{{#list_price}}原价{{list_price}}元，{{/list_price}}今天只要{{price}}元。", "直播间价格{{price}}元，立省{{saving}}元。",
        "It's usually {{list_price}} dollars, but today it's just {{price}} dollars.", "容量三百五十毫升，五百克。",
        "只要3分钟就能泡好。", "two meters long, wraps around twice", "第一泡只要85度的水。",
    ])
    func catalogPricesAndQuantitiesAreNotLiteralPrices(text: String) {
        #expect(LiteralPriceDetector.prices(in: text).isEmpty)
    }
}
