import Foundation
import Testing
import StandInCore
import TestSupport
@testable import Scripting

@Suite("Lexicon, pronunciations and cadences")
struct LexiconTests {
    static func lexicon(_ pairs: [(String, String)]) -> PronunciationLexicon {
        PronunciationLexicon(pairs.map { Persona.Pronunciation(written: $0.0, spoken: $0.1, source: SourceLocation(file: "p", line: 1)) })
    }

    @Test(arguments: [
        ("欢迎来到山间茶舍", "欢迎来到山间cha2 she4"),
        ("茶舍的茶", "cha2 she4的茶"),
        ("Hillside Tea is tea", "Hillside Tea is cha"),
        ("A teapot of tea.", "A teapot of cha."),
        ("DRAGON WELL tea", "dragon well cha"),
        ("Dragon Wellness", "Dragon Wellness"),
        ("龙井和西湖龙井", "long jing和xi hu long jing"),
    ])
    func longestMatchFirstWholeWordsForLatin(input: String, expected: String) {
        let lexicon = Self.lexicon([("茶舍", "cha2 she4"), ("tea", "cha"), ("Hillside Tea", "Hillside Tea"),
                                    ("Dragon Well", "dragon well"), ("龙井", "long jing"), ("西湖龙井", "xi hu long jing")])
        #expect(lexicon.apply(input) == expected)
    }

    @Test func spokenDiffersFromTextOnlyWhereTheLexiconSaysSo() throws {
        let builder = try demo("xiaolin.yaml", "catalog.yaml")
        let lines = builder.clipScript(for: builder.catalog.products[0], seed: 1)
        let greeting = try #require(lines.first)
        #expect(greeting.text.contains("山间茶舍"))
        #expect(greeting.spoken.contains("山间cha2 she4") && !greeting.spoken.contains("茶舍"))
        for line in lines where !line.text.contains("茶舍") && !line.text.contains("小黄车") {
            #expect(line.spoken == line.text)
        }
        #expect(builder.customLines("来山间茶舍看看", source: SourceLocation(file: "--line", line: nil)).first?.spoken == "来山间cha2 she4看看")
    }

    @Test func theLastSentenceOfEachSegmentEndsIt() throws {
        let builder = try demo("ava.yaml", "catalog-en.yaml")
        let lines = builder.clipScript(for: builder.catalog.products[0], seed: 1)
        #expect(lines.last?.endsSegment == true)
        #expect(lines.filter(\.endsSegment).count == 1 + ScriptBuilder.clipFlow.count)
    }

    @Test func signOffTransitionsCatchphrasesAndDisclosureRender() throws {
        let builder = try demo("ava.yaml", "catalog-en.yaml")
        #expect(builder.signOff().map(\.text).joined(separator: " ").contains("Hillside Tea House"))
        #expect(builder.disclosure().first?.text.contains("AI-generated host for Hillside Tea House") == true)
        #expect(builder.catchphrase(0).first?.text == "Good tea is worth the wait.")
        #expect(builder.catchphrase(9).isEmpty)
        let mug = try #require(builder.catalog.product(id: "mug-02"))
        #expect(builder.transition(to: mug, seed: 4).first?.text.contains("White Porcelain Mug") == true)
        #expect(builder.transition(to: mug, seed: 4) == builder.transition(to: mug, seed: 4))
    }

    /// Voice and look are the persona's: templates cannot read them, catalogs cannot set them.
    @Test(arguments: ["{{voice}}", "{{#look}}x{{/look}}", "{{pitch}}", "{{espeak}}", "{{background}}"])
    func templatesHaveNoAccessToVoiceOrLook(tag: String) throws {
        let folder = try TemporaryFolder()
        let source = try String(contentsOfFile: repositoryPath("personas/ava.yaml"), encoding: .utf8)
        let persona = try Persona.load(from: folder.write("p.yaml", source.replacingOccurrences(
            of: "Tap the link below to order yours.", with: "Tap below \(tag).")))
        let catalog = try Catalog.load(from: repositoryPath("assets/demo/catalog-en.yaml"))
        let error = try #require(throws: FileError.self) { try ScriptBuilder(persona: persona, catalog: catalog) }
        #expect(error.field == "templates.call_to_action" && error.problem.contains("unknown field"))
    }

    @Test func aSignOffMayNotUseProductFields() throws {
        let folder = try TemporaryFolder()
        let source = try String(contentsOfFile: repositoryPath("personas/ava.yaml"), encoding: .utf8)
        let text = source.replacingOccurrences(of: "That's all for today.", with: "Bye from {{name}}.")
        let persona = try Persona.load(from: folder.write("p.yaml", text))
        let catalog = try Catalog.load(from: repositoryPath("assets/demo/catalog-en.yaml"))
        let error = try #require(throws: FileError.self) { try ScriptBuilder(persona: persona, catalog: catalog) }
        #expect(error.field == "sign_off")
        #expect(error.line == text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("sign_off:") }! + 1)
    }

    @Test(arguments: ["voice: {espeak: en}", "look: {hair: \"#000000\"}", "pitch: 90", "ai_label: none"])
    func aCatalogCannotCarryVoiceOrLookFields(field: String) throws {
        let folder = try TemporaryFolder()
        let catalog = try demoCatalogText("catalog-en.yaml")
            .replacingOccurrences(of: "    price: 24.99\n", with: "    price: 24.99\n    \(field)\n")
        let error = try #require(throws: FileError.self) { try Catalog.load(from: folder.write("c.yaml", catalog)) }
        #expect(error.problem.contains("not a known field"))
        #expect(error.context == "product 'tea-01'")
    }

    // MARK: cadences

    @Test(arguments: [
        // (since last disclosure, since block start, due)
        (nil as Int?, 0, true),          // never said: due at once
        (nil, 600, true),
        (100, 50, true),                 // said before this block began: due at its start
        (0, 0, false),                   // just said at the block's start
        (1_799, 3_600, false),           // 29:59 since: not yet (every 30 min)
        (1_800, 3_600, true),            // 30:00 since: due
        (2_400, 2_400, true),            // said exactly at block start 40 min ago
        (300, 301, false),
    ])
    func disclosureCadence(testCase: (Int?, Int, Bool)) {
        let cadence = DisclosureCadence(everyMinutes: 30)
        #expect(cadence.isDue(secondsSinceLastDisclosure: testCase.0, secondsSinceBlockStart: testCase.1) == testCase.2)
    }

    @Test func catchphrasesWaitTheirOwnGaps() {
        let phrases = [10, 20].map {
            Persona.Catchphrase(template: .init(text: "x", source: SourceLocation(file: "p", line: nil)), atMostEveryMinutes: $0)
        }
        var schedule = CatchphraseSchedule(phrases)
        #expect(schedule.available(atSecond: 0) == [0, 1])
        schedule.record(0, atSecond: 0)
        schedule.record(1, atSecond: 60)
        #expect(schedule.available(atSecond: 599) == [])
        #expect(schedule.available(atSecond: 600) == [0])
        #expect(schedule.available(atSecond: 1_260) == [0, 1])
        var random = SeededRandom(seed: 1)
        var copy = schedule
        let picked = schedule.pick(atSecond: 600, random: &random)
        #expect(picked == 0)
        #expect(schedule.pick(atSecond: 601, random: &random) == nil)
        var random2 = SeededRandom(seed: 1)
        #expect(copy.pick(atSecond: 600, random: &random2) == picked)
    }
}
