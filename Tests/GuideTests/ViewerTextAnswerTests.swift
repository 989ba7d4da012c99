import Foundation
import Testing
import Scripting
import StandInCore
import TestSupport
@testable import Guide

/// The reply to a question whose text or asker may not be shown: the answer airs, the text
/// and the name do not.
@Suite("Answers without viewer text")
struct ViewerTextAnswerTests {
    static let zh = try! Demo(.zh)
    static let en = try! Demo(.en)

    func ask(_ demo: Demo, _ text: String, by name: String, onAir: String = "tea-01") -> PlannedAnswer {
        demo.answerer.answer(ViewerQuestion(id: "q", viewerName: name, text: text, receivedAt: 0), productOnAir: onAir)
    }

    @Test(arguments: ["傻X主播，这茶能放多久", "加我vx：tea8899，这个茶能放多久", "这个茶能放多久 138 1234 5678"])
    func anAbusiveOrContactQuestionIsAnsweredButNotShown(text: String) throws {
        let reply = ask(Self.zh, text, by: "小明")
        guard case .faq(let match) = reply.kind else { Issue.record("\(text): \(reply.kind)"); return }
        #expect(match.productID == "tea-01" && match.entryIndex == 0)
        #expect(reply.questionCaption == nil)
        #expect(!reply.withheld.isEmpty)
        #expect(!reply.text.contains("8899") && !reply.text.contains("傻"))
    }

    @Test func anAbusiveNameIsNeitherShownNorSaid() throws {
        let reply = ask(Self.zh, "这个茶能放多久？", by: "傻逼123")
        #expect(reply.questionCaption == "有观众问：这个茶能放多久？")
        #expect(!reply.text.contains("@") && !reply.text.contains("傻"))
        #expect(reply.lines.allSatisfy { !$0.spoken.contains("傻") })
        #expect(reply.withheld.contains { $0.kind == .abuse })
    }

    @Test func aNamePosingAsStaffGetsTheNeutralLabel() throws {
        let reply = ask(Self.en, "how long does the tea keep?", by: "Official Support")
        #expect(reply.questionCaption == "A viewer asks: how long does the tea keep?")
        #expect(reply.text.hasPrefix("Unopened"))
        #expect(reply.withheld.contains { $0.kind == .impersonation })
    }

    @Test func amongSeveralAskersOnlyTheShowableNamesAreUsed() throws {
        var queue = QuestionQueue()
        try queue.add(ViewerQuestion(id: "1", viewerName: "Mia", text: "How long is the scarf?", receivedAt: 0))
        try queue.add(ViewerQuestion(id: "2", viewerName: "idiot_host", text: "how long is the scarf", receivedAt: 1))
        let popped = queue.next(at: 2)
        let entry = try #require(popped)
        let reply = Self.en.answerer.answer(entry, productOnAir: "scarf-03")
        #expect(reply.text.hasPrefix("@Mia, Two meters"))
        #expect(reply.questionCaption == "Mia asks: How long is the scarf?")
    }
}
