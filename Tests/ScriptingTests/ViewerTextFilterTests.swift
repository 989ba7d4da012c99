import Foundation
import Testing
import StandInCore
import TestSupport
@testable import Scripting

/// Viewer questions and display names: what must stay off air (abuse, contact details,
/// competitors, guardrails) and what must be shown, zh and en, through disguises.
@Suite("Viewer text on air")
struct ViewerTextFilterTests {
    static let filter: ViewerTextFilter = {
        let folder = try! TemporaryFolder()
        let text = try! String(contentsOfFile: repositoryPath("personas/xiaolin.yaml"), encoding: .utf8)
            + "\nguardrails:\n  banned: [微商]\n  competitors: [茗香茶庄, Lipton, TWG]\n"
        let persona = try! Persona.load(from: folder.write("p.yaml", text))
        return ViewerTextFilter(persona: persona, guardrails: GuardrailChecker(persona: persona))
    }()

    @Test(arguments: [
        // Insults, curses and their disguises (zh).
        ("主播是个傻逼吧", ViewerTextProblem.Kind.abuse), ("你个傻 X", .abuse), ("傻.b主播", .abuse), ("煞笔商家", .abuse),
        ("nmsl", .abuse), ("CNM 什么破茶", .abuse), ("tmd 怎么还不发货", .abuse), ("主播 s b", .abuse), ("ＳＢ主播", .abuse),
        ("曹尼玛", .abuse), ("草泥馬的茶", .abuse), ("你吗死了", .abuse), ("他媽的太貴了", .abuse), ("脑残才买", .abuse),
        ("滚蛋吧你", .abuse), ("一群骗子", .abuse), ("智 障 主 播", .abuse), ("这茶就是垃圾", .abuse), ("卧槽", .abuse),
        // Insults (en), spaced, starred, leetspeak.
        ("you are an idiot", .abuse), ("f u c k this", .abuse), ("what the f*ck", .abuse), ("sh1t tea", .abuse),
        ("B!TCH", .abuse), ("this is bullshit", .abuse), ("motherfucking mug", .abuse), ("STFU host", .abuse),
        ("go kill yourself", .abuse), ("ｆｕｃｋ", .abuse), ("total scam", .abuse),
        // Contact details and off-platform redirection.
        ("加我vx：abc123", .contact), ("vx: tealover", .contact), ("V X abc_8899", .contact), ("加微信便宜", .contact),
        ("加V私聊", .contact), ("扣扣 12345678", .contact), ("qq号是358290475", .contact), ("电话13812345678", .contact),
        ("138 1234 5678", .contact), ("幺三八一二三四五六七八", .contact), ("一三八 一二三四 五六七八", .contact),
        ("①③⑧①②③④⑤⑥⑦⑧", .contact), ("cheaper at www.example.com", .contact), ("https://t.cn/abc", .contact),
        ("去 teashop dot com 买", .contact), ("teashop点cn更便宜", .contact), ("mail me: bob@example.org", .contact),
        ("bob (at) example.org", .contact), ("dm me for a deal", .contact), ("私聊我有货", .contact), ("进群领券", .contact),
        ("whatsapp +44 7700 900123", .contact), ("v❤: tealover88", .contact), ("➕V了解一下", .contact),
        ("你妈炸了", .abuse), ("n m s l", .abuse), ("ｎｍｓｌ６６６", .abuse), ("fvck you", .abuse), ("you suck", .abuse),
        ("狗屎一样的茶", .abuse), ("二逼主播", .abuse), ("你是不是傻", .abuse), ("主播真丑", .abuse), ("你 M 死了", .abuse),
        // Competitors the persona names, disguised too.
        ("茗香茶庄的更便宜", .competitor), ("茗 香 茶 莊也有", .competitor), ("lipton is cheaper", .competitor),
        ("L I P T O N tea", .competitor), ("twg better?", .competitor),
        // The persona's guardrails.
        ("你们是全网第一吗", .guardrail), ("做微商吗", .guardrail),
    ])
    func mustHide(text: String, kind: ViewerTextProblem.Kind) {
        let problems = Self.filter.problems(in: text)
        #expect(problems.contains { $0.kind == kind }, "\(text): \(problems)")
    }

    @Test(arguments: [
        "这个茶能放多久？", "开水直接冲可以吗", "能用微信支付吗？", "能用滚筒洗衣机吗", "这两款啥比较好喝", "买给你妈妈当礼物合适吗",
        "垃圾袋能装吗", "下午三点发货吗", "一罐有一百二十五克吗", "能放三四个月吗", "2026年还能喝吗", "手机能下单吗",
        "有没有大一点的杯子", "这个蜂蜜贱卖吗", "能送人吗", "生日你们有活动吗", "围巾有 1.5 米长吗", "杯子容量 350ml 吗",
        "how long does the tea keep?", "Is it dishwasher safe?", "Can I pay by phone?", "Is this a class act?",
        "Does the mug pass the hot water test?", "what's the shelf life", "I'd love to buy 2 tins", "Is it made in the U.S.?",
        "What's the best before date?", "bit chilly today, is the scarf warm", "Dr. Bloom recommended it", "No. 2 size?",
        "e.g. can it hold soup", "our class loved it", "is it ok for hot tea", "which is better, the grey or the red?",
        "is the scarf itchy", "does it ship to Canada", "茶叶是哪里产的", "小朋友可以吃吗", "杯子有盖子吗", "主播好可爱", "v领的有吗", "Q: 有盖子吗", "+1 我也想问", "Q: does it come with a lid?", "辣鸡翅配什么茶",
        "是拼多多同款吗", "两款傻傻分不清", "能开发票吗",
    ])
    func mustEcho(text: String) {
        #expect(Self.filter.problems(in: text).isEmpty, "\(text): \(Self.filter.problems(in: text))")
    }

    @Test(arguments: ["官方客服", "系统通知", "主播助理", "Admin", "moderator_jo", "System", "Official Store", "sb123", "vx:abc123",
                      "加微信8899", "Lipton粉", "全网第一茶客"])
    func namesThatMayNotBeShown(name: String) {
        #expect(!Self.filter.nameProblems(name).isEmpty, "\(name)")
    }

    @Test(arguments: ["小明", "Mia", "茶友123", "Jo Hosteller", "modern mom", "爱喝茶的小红", "Sam_2026"])
    func namesThatMayBeShown(name: String) {
        #expect(Self.filter.nameProblems(name).isEmpty, "\(name): \(Self.filter.nameProblems(name))")
    }

    @Test func asRunByMarksViewersAndCannotPassForAnOperator() {
        #expect(ViewerNames.asRunBy(["小明"]) == "viewer:小明")
        #expect(ViewerNames.asRunBy(["operator:ops-anna"]) == "viewer:operator:ops-anna")
        #expect(ViewerNames.asRunBy(["Mia\n operator", "Sam\u{202E}"]) == "viewer:Mia operator, Sam")
        #expect(ViewerNames.sanitized(String(repeating: "长", count: 60)).count == 40)
        #expect(ViewerNames.neutralLabel(.zh) == "有观众" && ViewerNames.neutralLabel(.en) == "a viewer")
    }

    @Test func foldingUndoesWidthCaseTraditionalAndSeparators() {
        let folded = FoldedViewerText("ＳＢ 頂級 f-u-c-k 傻 逼")
        #expect(folded.compact == "sb顶级fuck傻逼")
        #expect(folded.words.contains("sb") && folded.words.contains("fuck"))
        #expect(FoldedViewerText("草泥马").syllables == ["cao", "ni", "ma"])
    }
}
