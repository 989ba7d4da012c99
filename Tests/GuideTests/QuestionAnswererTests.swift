import Foundation
import Testing
import Scripting
import StandInCore
import TestSupport
@testable import Guide

@Suite("Answering questions")
struct QuestionAnswererTests {
    func ask(_ demo: Demo, _ text: String, by name: String, onAir: String?) -> PlannedAnswer {
        demo.answerer.answer(ViewerQuestion(id: "q", viewerName: name, text: text, receivedAt: 0), productOnAir: onAir)
    }

    @Test func aConfidentMatchIsSaidToTheViewerWithItsCatalogOrigin() throws {
        let demo = try Demo(.zh)
        let reply = ask(demo, "这个茶能放多久？", by: "小明", onAir: "tea-01")
        guard case .faq(let match) = reply.kind else { Issue.record("\(reply.kind)"); return }
        #expect(match.productID == "tea-01" && match.entryIndex == 0)
        #expect(reply.text == "@小明，" + match.entry.answer)
        #expect(reply.questionCaption == "小明问：这个茶能放多久？")
        #expect(reply.blocked.isEmpty)
        let first = try #require(reply.lines.first)
        #expect(first.kind == .questions)
        #expect(!first.spoken.contains("@"))
        #expect(first.origin == .catalog(product: "tea-01", field: "faq[0].a", location: match.entry.answerSource))
        #expect(reply.lines.last?.endsSegment == true)
    }

    @Test func englishAnswersAreAddressedWithAComma() throws {
        let demo = try Demo(.en)
        let reply = ask(demo, "how long does the tea keep?", by: "Mia", onAir: "tea-01")
        #expect(reply.text.hasPrefix("@Mia, Unopened"))
        #expect(reply.questionCaption == "Mia asks: how long does the tea keep?")
    }

    @Test(arguments: [("喝这个茶能治高血压吗？", Persona.Language.zh), ("蜂蜜能降血糖吗？", .zh), ("买茶叶理财靠谱吗？", .zh),
                      ("should I invest in tea stocks?", .en), ("does the honey lower blood sugar?", .en), ("can I sue the courier?", .en)])
    func declinedTopicsGetTheDeclineLine(question: String, language: Persona.Language) throws {
        let demo = try Demo(language)
        let reply = ask(demo, question, by: "viewer", onAir: "tea-01")
        guard case .declined = reply.kind else { Issue.record("\(question): \(reply.kind)"); return }
        #expect(reply.text.hasSuffix(demo.answerer.builder.guardrails.declineLine))
        #expect(reply.questionCaption != nil)
    }

    @Test func lowConfidenceGetsTheCheckLaterLine() throws {
        let demo = try Demo(.zh)
        let reply = ask(demo, "主播几岁了？", by: "小红", onAir: "mug-02")
        #expect(reply.kind == .checkLater)
        #expect(reply.text == "@小红，" + Persona.defaultCheckLater(.zh))
        #expect(reply.lines.first?.origin.description == "check_later variant 1")
    }

    @Test func aBlockedFAQAnswerIsNotAiredAndIsReported() throws {
        let folder = try TemporaryFolder()
        let text = try demoCatalogText("catalog.yaml")
            .replacingOccurrences(of: "可以保存十八个月", with: "可以保存十八个月，是全网最好的龙井")
        let catalog = try Catalog.load(from: folder.write("c.yaml", text))
        let persona = try Persona.load(from: repositoryPath("personas/xiaolin.yaml"))
        let answerer = QuestionAnswerer(builder: try ScriptBuilder(persona: persona, catalog: catalog), index: FAQIndex(catalog: catalog))
        let reply = answerer.answer(ViewerQuestion(id: "1", viewerName: "小明", text: "这个茶能放多久？", receivedAt: 0), productOnAir: "tea-01")
        #expect(reply.kind == .checkLater)
        #expect(!reply.text.contains("最好"))
        let violation = try #require(reply.blocked.first)
        #expect(violation.rule == .absoluteClaim)
        #expect(violation.source.description == "product 'tea-01' faq[0].a")
        #expect(violation.source.location?.line == text.components(separatedBy: "\n").firstIndex { $0.contains("全网最好") }! + 1)
    }

    @Test func aNameThatBreaksAGuardrailIsLeftOut() throws {
        let demo = try Demo(.zh)
        let reply = ask(demo, "这个茶能放多久？", by: "全网第一茶客", onAir: "tea-01")
        guard case .faq = reply.kind else { Issue.record("\(reply.kind)"); return }
        #expect(!reply.text.contains("全网第一") && !reply.text.contains("@"))
        #expect(reply.questionCaption == "有观众问：这个茶能放多久？")
        #expect(reply.withheld.contains { $0.kind == .guardrail })
    }

    @Test func aMergedQuestionIsAddressedToEveryAsker() throws {
        let demo = try Demo(.en)
        var queue = QuestionQueue()
        try queue.add(ViewerQuestion(id: "1", viewerName: "Mia", text: "How long is the scarf?", receivedAt: 0))
        try queue.add(ViewerQuestion(id: "2", viewerName: "Sam", text: "how long is the scarf", receivedAt: 1))
        let popped = queue.next(at: 2)
        let entry = try #require(popped)
        let reply = demo.answerer.answer(entry, productOnAir: "scarf-03")
        #expect(reply.text.hasPrefix("@Mia @Sam, Two meters"))
        #expect(reply.questionCaption == "Mia and 1 other ask: How long is the scarf?")
    }

    @Test func aPersonaCheckLaterLineIsUsed() throws {
        let folder = try TemporaryFolder()
        let text = try String(contentsOfFile: repositoryPath("personas/ava.yaml"), encoding: .utf8) + "\ncheck_later: Let me find out for you.\n"
        let persona = try Persona.load(from: folder.write("p.yaml", text))
        let demo = try Demo(.en)
        let answerer = QuestionAnswerer(builder: try ScriptBuilder(persona: persona, catalog: demo.catalog), index: demo.index)
        let reply = answerer.answer(ViewerQuestion(id: "1", viewerName: "Mia", text: "do you like football?", receivedAt: 0), productOnAir: nil)
        #expect(reply.text == "@Mia, Let me find out for you.")
        #expect(reply.lines.first?.origin.location?.line == text.components(separatedBy: "\n").count - 1)
    }
}
