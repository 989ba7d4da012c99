import StandInCore

/// One line, the product it is about, and what the guardrails must decide: `nil` passes,
/// otherwise the id of the rule that must block it (`absolute-claim`, `health-claim` …).
struct GuardrailCase: CustomStringConvertible, Sendable {
    let text: String
    let expected: String?
    let category: ProductCategory?
    let uses: Set<SpecialUse>

    init(_ text: String, _ expected: String?, _ category: ProductCategory? = nil, _ uses: Set<SpecialUse> = []) {
        self.text = text; self.expected = expected; self.category = category; self.uses = uses
    }

    var description: String { "\(expected ?? "pass") [\(category?.rawValue ?? "-")]: \(text)" }
}

/// Lines written for these tests (not the issue's examples), by class, both directions.
enum GuardrailCases {
    static let absolute = "absolute-claim", health = "health-claim", guarantee = "result-guarantee"
    static let scarcity = "scarcity", endorsement = "endorsement", medical = "health-claim|decline-topic:medical"

    /// Disguised forms: width, spacing, traditional characters, digits for letters, "number one" spellings.
    static let disguised: [GuardrailCase] = [
        GuardrailCase("这款保温杯是同类ＴＯＰ１。", absolute), GuardrailCase("我们是全网Ｎｏ．１的茶叶店。", absolute),
        GuardrailCase("行 业 第 一 的面膜。", absolute), GuardrailCase("這是頂級的烏龍茶。", absolute),
        GuardrailCase("國家級工藝，值得信賴。", absolute), GuardrailCase("絕對讓你滿意。", absolute),
        GuardrailCase("第壹品牌，放心买。", absolute), GuardrailCase("销量第１的电饭煲。", absolute),
        GuardrailCase("The B E S T kettle around.", absolute), GuardrailCase("Simply the B.E.S.T mug.", absolute),
        GuardrailCase("Our tea is the b3st.", absolute), GuardrailCase("Rated NO1 by shoppers.", absolute),
        GuardrailCase("Top-1 pick this season.", absolute), GuardrailCase("The #1 blender for smoothies.", absolute),
        GuardrailCase("Ranked number 1 for comfort.", absolute), GuardrailCase("ｇｕａｒａｎｔｅｅｄ fresh results.", absolute),
        GuardrailCase("Gu@r@nteed to work.", "absolute-claim|result-guarantee"), GuardrailCase("最\u{200B}好的红茶。", absolute),
        GuardrailCase("全 网 最 低 的价格。", absolute), GuardrailCase("找不到第二家这么便宜的。", absolute), GuardrailCase("We are No. 1 in comfort.", absolute),
        GuardrailCase("销量第🔥一的卷发棒。", absolute), GuardrailCase("这款真的醉划算了。", absolute),
        GuardrailCase("弟一品牌的羽绒服。", absolute), GuardrailCase("决对正宗的川味。", absolute),
        GuardrailCase("这个口红yyds！", absolute), GuardrailCase("N0.1 in sales this month.", absolute),
    ]

    /// Absolute terms and claim families the old lists missed.
    static let claims: [GuardrailCase] = [
        GuardrailCase("我们是奶粉行业的领导品牌。", absolute), GuardrailCase("首款搭载石墨烯的暖手宝。", absolute),
        GuardrailCase("百分百的好口碑。", absolute), GuardrailCase("这种香气独一无二。", absolute),
        GuardrailCase("世界级的研发团队打造。", absolute), GuardrailCase("全球首创的折叠技术。", absolute),
        GuardrailCase("口碑天花板级别的洗发水。", absolute), GuardrailCase("品质遥遥领先。", absolute),
        GuardrailCase("比别家便宜一大截。", absolute), GuardrailCase("吊打所有大牌的平替。", absolute),
        GuardrailCase("这个价格史无前例。", absolute), GuardrailCase("任何品牌都比不上它的保暖。", absolute),
        GuardrailCase("好评率第一的拖鞋。", absolute), GuardrailCase("中国最大的茶园直供。", absolute),
        GuardrailCase("The finest linen money can buy.", absolute), GuardrailCase("The smoothest ride in the market.", absolute),
        GuardrailCase("America's favorite snack.", absolute), GuardrailCase("The market leader in air fryers.", absolute),
        GuardrailCase("A world-class blender.", absolute), GuardrailCase("Nothing beats this towel.", absolute),
        GuardrailCase("Unmatched softness.", absolute), GuardrailCase("某音上卖一百五，我们这里半价。", absolute),
        GuardrailCase("Cheaper than the ones at the mall.", absolute), GuardrailCase("Outlasts every rival kettle.", absolute),
        GuardrailCase("我们天猫旗舰店也有同款。", nil), GuardrailCase("It lasts longer than our old model.", nil), GuardrailCase("Better than any other brand out there.", absolute),
        GuardrailCase("The only serum that works overnight.", absolute), GuardrailCase("Our most comfortable sneaker.", absolute),
        GuardrailCase("A top-rated kettle.", absolute), GuardrailCase("The first and only self-cleaning bottle.", absolute),
        GuardrailCase("The world's first foldable kettle.", absolute), GuardrailCase("Second to none in taste.", absolute),
    ]

    /// Health and efficacy claims by category; the same words pass where the category allows them.
    static let healthClaims: [GuardrailCase] = [
        GuardrailCase("每天一杯，帮你降血糖。", medical, .food), GuardrailCase("喝了能提高免疫力。", health, .food),
        GuardrailCase("这款饼干还能减肥。", health, .food), GuardrailCase("经常喝可以清热去火。", health, .food),
        GuardrailCase("蜂蜜水帮助排毒养颜。", health, .food), GuardrailCase("预防流感就靠它。", health, .food),
        GuardrailCase("坚持吃能改善失眠。", health, .food), GuardrailCase("面霜可以治疗湿疹。", medical, .cosmetics),
        GuardrailCase("这款精华能祛痘消炎。", health, .cosmetics), GuardrailCase("医学级修护，告别敏感。", health, .cosmetics),
        GuardrailCase("This granola helps you lose weight.", health, .food), GuardrailCase("A tea that boosts your immune system.", health, .food),
        GuardrailCase("Our cream treats stubborn acne.", health, .cosmetics), GuardrailCase("It lowers your cholesterol naturally.", medical, .food),
        GuardrailCase("Helps prevent colds all winter.", health, .food), GuardrailCase("A cleanser with stem cells.", health, .cosmetics),
        GuardrailCase("Detoxifies your body overnight.", health, .food), GuardrailCase("Anti-aging chocolate bar.", health, .food),
        GuardrailCase("经医生推荐的奶粉。", endorsement, .food), GuardrailCase("Dermatologist recommended for daily use.", endorsement, .cosmetics),
        GuardrailCase("Clinically proven to hydrate.", endorsement, .cosmetics), GuardrailCase("Endorsed by a national dental society.", endorsement), GuardrailCase("央视推荐的老字号。", endorsement, .food),
        GuardrailCase("这款美白精华让你白一个度。", "special-use:whitening", .cosmetics),
        GuardrailCase("防晒乳SPF50，出门不怕晒。", "special-use:sunscreen", .cosmetics),
        GuardrailCase("A whitening sheet mask for dull skin.", "special-use:whitening", .cosmetics),
        GuardrailCase("This shampoo stops hair loss.", "special-use:anti_hair_loss|health-claim", .cosmetics),
        GuardrailCase("一洗黑的染发膏。", "special-use:hair_dye", .cosmetics), GuardrailCase("防脱育发洗发水。", "special-use:anti_hair_loss", .cosmetics),
        GuardrailCase("吃了能美白的胶原蛋白饮。", "special-use:whitening", .food),
        GuardrailCase("A lotion with broad-spectrum protection.", "special-use:sunscreen", .cosmetics),
        GuardrailCase("每天喝一杯，孩子少生病。", health, .food), GuardrailCase("吃了以后晚上睡得香。", health, .food),
        GuardrailCase("比吃药还管用的足贴。", health), GuardrailCase("Recommended by nutritionists nationwide.", endorsement, .food),
        GuardrailCase("Helps with arthritis pain.", medical, .food), GuardrailCase("Say goodbye to eczema.", medical, .cosmetics),
        GuardrailCase("Smooths fine lines overnight.", guarantee, .cosmetics), GuardrailCase("Fades freckles in just seven days.", guarantee, .cosmetics, [.whitening]),
        // Allowed by category or registration.
        GuardrailCase("穿上这双鞋，走路很轻松。", nil, .apparel), GuardrailCase("用了三年还跟新的一样。", nil, .appliance),
        GuardrailCase("It ships within two days.", nil), GuardrailCase("Smooth texture that absorbs quickly.", nil, .cosmetics),
        GuardrailCase("这款美白精华已取得特殊化妆品注册证。", nil, .cosmetics, [.whitening]),
        GuardrailCase("SPF50的防晒霜，户外必备。", nil, .cosmetics, [.sunscreen]),
        GuardrailCase("UPF50+防晒衣，骑行穿正好。", nil, .apparel), GuardrailCase("Brightens and whitens with daily use.", nil, .cosmetics, [.whitening]),
        GuardrailCase("增强免疫力，蓝帽子保健食品。", nil, .healthFood), GuardrailCase("A health supplement that supports immunity and boosts your immune system.", nil, .healthFood),
        GuardrailCase("卷发棒三档温度，烫发造型更方便。", nil, .appliance), GuardrailCase("抑菌面料，运动后不易有异味。", nil, .apparel),
        GuardrailCase("本品不能代替药物治疗疾病。", nil, .healthFood), GuardrailCase("This product is not intended to diagnose, treat, cure or prevent any disease.", nil, .healthFood),
        GuardrailCase("保湿补水，秋冬不紧绷。", nil, .cosmetics), GuardrailCase("Hydrates and soothes dry skin.", nil, .cosmetics),
        GuardrailCase("这件衬衫很显白。", nil, .apparel), GuardrailCase("A warm sweater for cold days.", nil, .apparel),
    ]

    /// Promises of results.
    static let guarantees: [GuardrailCase] = [
        GuardrailCase("保证一周见效。", guarantee), GuardrailCase("七天就能瘦下来。", guarantee, .healthFood),
        GuardrailCase("一抹就白，立竿见影。", guarantee, .cosmetics, [.whitening]), GuardrailCase("无效全额退款。", guarantee),
        GuardrailCase("纯植物配方，零副作用。", guarantee), GuardrailCase("包你三天看到效果。", guarantee),
        GuardrailCase("Guaranteed results in two weeks.", guarantee), GuardrailCase("See results in 3 days.", guarantee),
        GuardrailCase("Instant results, no waiting.", guarantee), GuardrailCase("Zero side effects.", "result-guarantee|decline-topic:medical"),
        GuardrailCase("Permanent results after one use.", guarantee), GuardrailCase("It works every time.", guarantee),
        // Service promises are not promises of results.
        GuardrailCase("七天无理由退换，包邮到家。", nil), GuardrailCase("保证正品，假一赔十。", nil),
        GuardrailCase("Free returns and a money-back guarantee.", nil), GuardrailCase("Delivery is guaranteed before the weekend.", nil),
    ]

    /// Literal scarcity and urgency (templates, FAQ answers and injected text).
    static let scarcityLines: [GuardrailCase] = [
        GuardrailCase("库存只剩5件了，手快有。", scarcity), GuardrailCase("还剩两盒，要的赶紧。", scarcity),
        GuardrailCase("最后三瓶，拍完就没了。", scarcity), GuardrailCase("今晚十二点后恢复原价。", scarcity),
        GuardrailCase("活动最后十分钟！", scarcity), GuardrailCase("马上就要卖光了。", scarcity),
        GuardrailCase("仅有最后8单啦。", scarcity), GuardrailCase("倒计时5分钟，抓紧下单。", scarcity),
        GuardrailCase("Only 4 left in stock!", scarcity), GuardrailCase("Just two bottles left.", scarcity),
        GuardrailCase("The offer ends at midnight.", scarcity), GuardrailCase("Prices go up tomorrow.", scarcity),
        GuardrailCase("Last chance to grab one.", scarcity), GuardrailCase("Almost sold out, hurry!", scarcity),
        GuardrailCase("This deal expires in 30 minutes.", scarcity), GuardrailCase("Final hour of the sale.", scarcity),
        // Not scarcity.
        GuardrailCase("我们有两个尺码可以选。", nil), GuardrailCase("最后一个问题，这个杯子能进洗碗机吗？", nil),
        GuardrailCase("Left or right, both handles fit.", nil), GuardrailCase("Turn left at the door for the showroom.", nil),
        GuardrailCase("While stocks last, the gift box is free.", nil), GuardrailCase("Only one scoop per cup.", nil),
        GuardrailCase("活动结束后恢复原价。", scarcity), GuardrailCase("The price doubles after tonight.", scarcity),
        GuardrailCase("明天恢复正常发货。", nil), GuardrailCase("Prices are shown on the card.", nil),
    ]

    /// Words that look like claims but are not: the exemptions by meaning.
    static let clean: [GuardrailCase] = [
        GuardrailCase("在中国历史上，茶叶很早就出口了。", nil), GuardrailCase("每位顾客最多购买三件。", nil),
        GuardrailCase("每个ID最多拍2单哦。", nil), GuardrailCase("我个人最爱加一点冰块。", nil),
        GuardrailCase("我平时最喜欢用它煮燕麦粥。", nil), GuardrailCase("我们第一家店开在成都春熙路。", nil),
        GuardrailCase("第一步，把杯子预热一下。", nil), GuardrailCase("第一次用的宝宝先试一小块。", nil),
        GuardrailCase("这是我们店里最便宜的一款，适合入门。", nil), GuardrailCase("这三款里最轻的是白色这只。", nil),
        GuardrailCase("最佳饮用温度是六十度左右。", nil), GuardrailCase("最好放冰箱冷藏。", nil),
        GuardrailCase("我们努力做到最好。", nil), GuardrailCase("100%桑蚕丝面料。", nil),
        GuardrailCase("这是品牌的首款保温杯，二〇一八年推出。", nil), GuardrailCase("最近天气冷，多喝热水。", nil),
        GuardrailCase("最新一批已经到货。", nil), GuardrailCase("Check the best-before date on the lid.", nil),
        GuardrailCase("My favourite way to drink it is iced.", nil), GuardrailCase("I like the green one best.", nil),
        GuardrailCase("Our shop first opened in 2012.", nil), GuardrailCase("First, rinse the pot with hot water.", nil),
        GuardrailCase("This is the cheapest mug in our range.", nil), GuardrailCase("It's best served chilled.", nil),
        GuardrailCase("Limit 2 per customer, please.", nil), GuardrailCase("We always do our best to ship fast.", nil),
        GuardrailCase("A 100% merino wool scarf.", nil), GuardrailCase("The latest batch arrived today.", nil),
        GuardrailCase("No one should have to drink stale tea.", nil), GuardrailCase("Dr. Bloom designed the handle.", nil),
        GuardrailCase("Most people brew it twice.", nil), GuardrailCase("Choose the largest size if you have long legs.", nil),
        GuardrailCase("Top 10 questions from viewers today.", nil), GuardrailCase("No. 3 on today's list is the teapot.", nil),
        GuardrailCase("e.g. green tea or oolong.", nil), GuardrailCase("The only downside is the weight.", nil),
        GuardrailCase("这款面霜质地很清爽。", nil, .cosmetics), GuardrailCase("大火煮开后转小火。", nil, .food),
        GuardrailCase("这是我今年第一次来杭州。", nil), GuardrailCase("最高温度可以调到两百度。", nil, .appliance),
        GuardrailCase("杯子最大容量500毫升。", nil), GuardrailCase("A gift for your best friend.", nil),
        GuardrailCase("Item No. 1 in the box is the lid.", nil), GuardrailCase("我喝醉了也记得带它。", nil),
        GuardrailCase("通过国家3C认证，用电放心。", nil, .appliance), GuardrailCase("最多可以叠加两张优惠券。", nil),
        GuardrailCase("最关键的是清洗方便。", nil), GuardrailCase("送给最爱的人。", nil), GuardrailCase("绝对不要用钢丝球刷。", nil),
        GuardrailCase("唯一的区别是颜色。", nil), GuardrailCase("充电到100%只要两小时。", nil, .appliance),
        GuardrailCase("Best of all, it's dishwasher safe.", nil), GuardrailCase("Our first-ever live stream!", nil),
        GuardrailCase("The best way to brew it is with cool water.", nil), GuardrailCase("It charges to 100% in two hours.", nil, .appliance), GuardrailCase("弟弟一直在用这款书包。", nil), GuardrailCase("历史上这里一直产茶。", nil),
    ]

    static var all: [GuardrailCase] { disguised + claims + healthClaims + guarantees + scarcityLines + clean + outcomes + outcomeExemptions }
}
