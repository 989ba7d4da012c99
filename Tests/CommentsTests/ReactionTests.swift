@testable import Comments
@testable import Guide
import Testing

@Suite struct ReactionTests {
    private func event(_ kind: CommentEvent.Kind, _ name: String = "Mia") -> CommentEvent {
        CommentEvent(source: "t", viewerID: name.lowercased(), viewerName: name, kind: kind)
    }

    @Test func rateLimitsMilestonesOnceAndWelcomesABurst() {
        var planner = ReactionPlanner(settings: .init(reactEvery: .seconds(30), milestones: [100, 1_000], welcomeBurst: 3,
                                                      welcomeWindow: .seconds(10), mute: ["spam"]))
        let t = Duration.seconds
        #expect(planner.consider(event(.gift(name: "rose", count: 2)), at: t(0))
                == .react(.init(kind: .gift, names: ["Mia"], fields: ["gift": "rose", "count": "2"])))
        #expect(planner.consider(event(.follow, "Lee"), at: t(5)) == .rateLimited)
        #expect(planner.consider(event(.follow, "spam"), at: t(40)) == .muted)
        #expect(planner.consider(event(.viewerCount(50)), at: t(40)) == .noted)
        #expect(planner.consider(event(.viewerCount(120)), at: t(40)) == .react(.init(kind: .milestone, names: [], fields: ["viewers": "100"])))
        #expect(planner.consider(event(.viewerCount(90)), at: t(80)) == .noted)
        #expect(planner.consider(event(.viewerCount(130)), at: t(80)) == .noted)   // 100 already celebrated
        #expect(planner.consider(event(.joined, "a"), at: t(100)) == .noted)
        #expect(planner.consider(event(.joined, "b"), at: t(101)) == .noted)
        #expect(planner.consider(event(.joined, "c"), at: t(102)) == .react(.init(kind: .welcome, names: ["a", "b", "c"], fields: ["count": "3"])))
        #expect(planner.consider(event(.comment("hi")), at: t(200)) == .ignored)
    }

    @Test func variantsDoNotRepeatInsideTheWindow() {
        var lines = ReactionLines(language: .zh)
        let gift = ReactionPlanner.Reaction(kind: .gift, names: ["小明"], fields: ["gift": "玫瑰"])
        let pool = ReactionLines.variants(.gift, .zh)
        let used = (0..<pool.count).map { lines.reaction(for: gift, at: .seconds(60 * $0)).template }
        #expect(Set(used).count == pool.count, "every variant once before any repeats: \(used)")
        // After the pool is used up, the least recently used comes back first.
        #expect(lines.reaction(for: gift, at: .seconds(600)).template == used[0])
    }

    @Test func reactionLinesCheckNamesAndGuardrails() throws {
        let demo = try DemoAnswerer.zh()
        let reaction = ViewerReaction(kind: "gift", template: "谢谢{name}送的{gift}！", fields: ["gift": "玫瑰"])
        let entry = QuestionQueue.Entry(question: ViewerQuestion(id: "r1", viewerName: "小明", text: "x", receivedAt: 0, reaction: reaction),
                                        viewerNames: ["小明", "官方客服"], count: 2, priority: -1)
        let reply = demo.answer(entry, productOnAir: nil)
        #expect(reply.kind == .reaction("gift"))
        #expect(reply.text == "谢谢小明送的玫瑰！")           // a name posing as staff is not said
        #expect(!reply.withheld.isEmpty)
        let rude = QuestionQueue.Entry(question: ViewerQuestion(id: "r2", viewerName: "官方客服", text: "y", receivedAt: 0, reaction: reaction),
                                       viewerNames: ["官方客服"], count: 1, priority: -1)
        #expect(demo.answer(rude, productOnAir: nil).text == "谢谢有观众送的玫瑰！")
    }

    @Test(arguments: [
        ("Mia\u{0}\u{7}<b>bold</b>{{x}}", "Mia bbold/bx"),
        ("  many   spaces\nnewline ", "many spaces newline"),
        ("\u{202E}reversed", "reversed"),
    ])
    func untrustedTextLosesControlsAndMarkup(raw: String, cleaned: String) {
        #expect(UntrustedText.name(raw) == cleaned)
        #expect(UntrustedText.comment(String(repeating: "长", count: 1_000)).count == UntrustedText.maxComment)
    }
}
