@testable import Comments
import Testing

@Suite struct CommentSelectorTests {
    /// Literal comments and what QuestionSense makes of them.
    @Test(arguments: [
        ("这个茶能放多久？", "question"),
        ("茶叶能保存多长时间", "question"),          // no question mark: 多长
        ("马克杯可以放微波炉吗", "question"),
        ("How long does the tea keep?", "question"),
        ("does the mug go in the microwave", "question"),
        ("主播好漂亮", "chit_chat"),
        ("哈哈哈哈", "chit_chat"),
        ("love this stream", "chit_chat"),
        ("666", "chit_chat"),
        ("主播今天吃饭了吗？", "off_catalog"),
        ("有优惠券吗？", "off_catalog"),
        ("蜂蜜结晶了还能吃吗？", "question"),
        ("what's your favourite movie?", "off_catalog"),
    ])
    func judgesQuestionsAboutTheCatalog(text: String, expected: String) {
        let verdict = CommentSelector.Comment.judged("v", text).verdict
        let name = switch verdict {
        case .question: "question"
        case .chitChat: "chit_chat"
        case .offCatalog: "off_catalog"
        }
        #expect(name == expected, "\(text)")
    }

    @Test func choosesAtTheConfiguredRateMergesAndCoolsViewersDown() {
        var selector = CommentSelector(settings: .init(answerEvery: .seconds(10), perViewer: .seconds(300), maxWaiting: 5,
                                                       mute: ["Troll"]))
        let t = Duration.seconds
        #expect(selector.consider(.judged("a", "这个茶能放多久？"), at: t(0)) == .queued(1))
        #expect(selector.consider(.judged("b", "这茶能放多久"), at: t(1)) == .merged(into: 1))
        #expect(selector.consider(.judged("a", "杯子能装多少毫升？"), at: t(1)) == .viewerWaiting)
        #expect(selector.consider(.judged("troll", "杯子能装多少毫升？"), at: t(1)) == .muted)
        #expect(selector.consider(.judged("c", "主播好漂亮"), at: t(1)) == .chitChat)
        #expect(selector.consider(.judged("d", "杯子能装多少毫升？"), at: t(2)) == .queued(2))
        let first = selector.release(at: t(2))
        #expect(first.chosen?.id == 1)
        #expect(first.chosen?.askers.map(\.name) == ["a", "b"])
        #expect(selector.release(at: t(5)).chosen == nil)       // 10 s between answers
        #expect(selector.nextRelease(at: t(5)) == t(7))
        #expect(selector.consider(.judged("a", "围巾能用洗衣机洗吗？"), at: t(6)) == .viewerCooldown)
        #expect(selector.release(at: t(12)).chosen?.id == 2)
        #expect(selector.consider(.judged("a", "围巾能用洗衣机洗吗？"), at: t(303)) == .queued(3))  // cooldown over
    }

    @Test func dropsTheOldestPastTheMaximumAndExpiresStaleQuestions() {
        var selector = CommentSelector(settings: .init(answerEvery: .seconds(10), perViewer: .zero, maxWaiting: 2, maxAge: .seconds(60)))
        let t = Duration.seconds
        #expect(selector.consider(.judged("a", "这个茶能放多久？"), at: t(0)) == .queued(1))
        #expect(selector.consider(.judged("b", "杯子能装多少毫升？"), at: t(1)) == .queued(2))
        #expect(selector.consider(.judged("c", "围巾能用洗衣机洗吗？"), at: t(2)) == .queuedDropping(3, dropped: 1))
        #expect(selector.waiting.map(\.id) == [2, 3])
        let late = selector.release(at: t(61.5))
        #expect(late.expired.map(\.id) == [2])
        #expect(late.chosen?.id == 3)
    }

    /// 200 comments in 10 s from 50 viewers, most of them questions: the host gets one per
    /// `answerEvery` and never two from one viewer inside `perViewer`.
    @Test func floodOf200CommentsIsAnsweredAtTheConfiguredRate() {
        var selector = CommentSelector(settings: .init(answerEvery: .seconds(4), perViewer: .seconds(120), maxWaiting: 20))
        let questions = ["这个茶能放多久？", "杯子能装多少毫升？", "围巾能用洗衣机洗吗？", "蜂蜜结晶了还能吃吗？", "可以冷泡吗？",
                         "主播好漂亮", "666", "How long does the tea keep?"]
        var chosen: [(Duration, CommentSelector.Waiting)] = []
        var tally: [String: Int] = [:]
        for i in 0..<200 {
            let at = Duration.milliseconds(i * 50)   // 200 in 10 s
            let choice = selector.consider(.judged("v\(i % 50)", questions[i % questions.count]), at: at)
            tally[choice.name, default: 0] += 1
            if let question = selector.release(at: at).chosen { chosen.append((at, question)) }
        }
        var at = Duration.seconds(10)
        while at <= .seconds(60) {
            if let question = selector.release(at: at).chosen { chosen.append((at, question)) }
            at += .milliseconds(100)
        }
        let gaps = zip(chosen, chosen.dropFirst()).map { $1.0 - $0.0 }
        #expect(gaps.allSatisfy { $0 >= .seconds(4) }, "\(gaps)")
        #expect(chosen.count >= 3 && chosen.count <= 16, "\(chosen.count) chosen in 60 s at one per 4 s")
        let askers = chosen.flatMap { $0.1.askers.map(\.viewerID) }
        #expect(Set(askers).count == askers.count, "a viewer answered twice inside 120 s")
        #expect(chosen.first!.0 == .zero, "the first question goes at once")
        #expect(chosen.dropFirst().allSatisfy { $0.1.askers.count > 1 }, "later answers merge everyone who asked the same")
        #expect(tally["chit_chat"] == 50 && (tally["merged"] ?? 0) > 0, "\(tally)")
    }
}
