/// Health outcomes told as stories of the body, endorsements by media and institutions,
/// belittling other sellers, and the exemptions that keep advice, habits, counted ranges and
/// declined claims on air. Lines written for these tests, not taken from any benchmark set.
extension GuardrailCases {
    static let disparagement = "disparagement"

    static let outcomes: [GuardrailCase] = [
        GuardrailCase("早上空腹来一勺，两周后腰围小了一圈。", health), GuardrailCase("我妈吃了一阵子，膝盖上下楼不疼了。", health),
        GuardrailCase("用了以后黑眼圈淡了好多。", health), GuardrailCase("喝了它嗓子一下就不干了。", health),
        GuardrailCase("血脂偏高的朋友可以多喝，坚持下来就稳定了。", health), GuardrailCase("对失眠特别有用，睡前来一杯。", health),
        GuardrailCase("咳嗽的时候冲一杯，很快就止住。", "health-claim|decline-topic:medical"),
        GuardrailCase("能代替降糖药，省钱又省心。", "health-claim|decline-topic:medical"),
        GuardrailCase("喝完睡得特别踏实。", health), GuardrailCase("自从用了它再也不长痘了。", health),
        GuardrailCase("涂上去晒一下午也不会变黑。", "special-use:sunscreen"), GuardrailCase("白发洗两次就慢慢黑回来了。", "special-use:hair_dye"),
        GuardrailCase("坚持用一个疗程看看。", health), GuardrailCase("Two scoops a day and my joints stopped aching.", health),
        GuardrailCase("You won't get sick all winter with this in your cupboard.", health),
        GuardrailCase("Say goodbye to bloating after every meal.", health), GuardrailCase("Watch the belly fat melt away.", health),
        GuardrailCase("It soothes eczema overnight.", "health-claim|result-guarantee"),
        GuardrailCase("You'll notice a difference after the first wash.", guarantee),
        GuardrailCase("不管用全额退款，我敢打包票。", guarantee),
        GuardrailCase("这款是省中医院的老专家一直在推荐的。", endorsement), GuardrailCase("上过央视的好东西，大家放心。", endorsement),
        GuardrailCase("某营养学会认可的配方。", endorsement), GuardrailCase("奥运冠军都在用的护膝。", endorsement),
        GuardrailCase("As featured on the evening news, this kettle …", endorsement), GuardrailCase("Nurses swear by these socks.", endorsement),
        GuardrailCase("某东上那些都是高仿，别上当。", disparagement), GuardrailCase("超市里卖的蜂蜜好多是勾兑的。", disparagement),
        GuardrailCase("The stuff they sell at Walmart is junk.", disparagement),
        GuardrailCase("Don't buy the knockoffs on Temu, get the real one here.", disparagement),
        GuardrailCase("这批货只进了20箱。", scarcity), GuardrailCase("卖完了就没有了，等明年吧。", scarcity),
        GuardrailCase("F r e s h e s t  t e a  i n  t h e  w o r l d", absolute),
        GuardrailCase("After a month her cholesterol came right back down to normal.", medical),
        GuardrailCase("A leading dermatologist, who asked us not to name her, recommends it daily.", endorsement),
        GuardrailCase("Packed with zinc for your immune system.", health), GuardrailCase("抹一下就能烫卷，不用去理发店。", "special-use:perm"),
        GuardrailCase("经过临床验证，安全有效。", endorsement), GuardrailCase("这款润喉糖能止咳。", "health-claim|decline-topic:medical"),
    ]

    static let outcomeExemptions: [GuardrailCase] = [
        GuardrailCase("这一瓶最多能装600毫升。", nil), GuardrailCase("泡的时候最好盖上盖子焖一下。", nil),
        GuardrailCase("洗完了，最好平铺晾干。", nil), GuardrailCase("我不敢说这是全世界最好喝的，但我自己很爱。", nil),
        GuardrailCase("我自己平时喝得最多的就是这款。", nil), GuardrailCase("这两款里面，灰色的最百搭。", nil),
        GuardrailCase("焖泡时间三分钟最合适。", nil), GuardrailCase("戴上它脖子一下就暖和了。", nil),
        GuardrailCase("我也不确定是不是最便宜的，价格大家自己比一比。", nil),
        GuardrailCase("It's not the fanciest kettle, but it boils fast.", nil), GuardrailCase("The base is 100% bamboo.", nil),
        GuardrailCase("For best results, hand wash in cold water.", nil), GuardrailCase("本品不能代替药物。", nil),
        GuardrailCase("保温壶最多灌到内胆的横线。", nil), GuardrailCase("这个系列的两款水壶当中，白色这款最轻。", nil),
        GuardrailCase("小朋友绝对不要自己去碰刀片。", nil), GuardrailCase("它只是普通的茶，不能治病。", nil),
    ]
}
