import Testing
import StandInCore
@testable import Scripting

/// Sentences end where a reader ends them: not after "No.", "Dr.", "e.g." or inside numbers.
@Suite("Sentence splitter and whole-line checks")
struct SentenceSplitterTests {
    @Test(arguments: [
        ("Ask Mrs. Chen about the lid. She knows.", ["Ask Mrs. Chen about the lid.", "She knows."]),
        ("Brewed at St. Ives, e.g. in spring. Then dried.", ["Brewed at St. Ives, e.g. in spring.", "Then dried."]),
        ("Made in the U.S. since 1990.", ["Made in the U.S. since 1990."]),
        ("Item No. 7 ships today. Enjoy!", ["Item No. 7 ships today.", "Enjoy!"]),
        ("Green vs. black tea, i.e. two styles. Try both.", ["Green vs. black tea, i.e. two styles.", "Try both."]),
        ("It weighs 1.5 kg. Light enough.", ["It weighs 1.5 kg.", "Light enough."]),
        ("Mugs, pots, etc. are on the left.", ["Mugs, pots, etc. are on the left."]),
        ("J. Smith designed it. Nice.", ["J. Smith designed it.", "Nice."]),
        ("今天讲三点。第一，水温。", ["今天讲三点。", "第一，水温。"]),
    ])
    func splitsOnlyAtSentenceEnds(text: String, expected: [String]) {
        #expect(SentenceSplitter.split(text) == expected)
    }

    @Test func aClaimCutInTwoIsStillFound() {
        let checker = GuardrailChecker(Guardrails(), language: .en)
        let here = SourceLocation(file: "p.yaml", line: 1)
        // Even when a caller splits oddly, the whole text is checked as well as its parts.
        let lines = ["We sell the number", "one kettle."].map { ScriptLine(kind: nil, text: $0, spoken: $0, source: here) }
        #expect(checker.check(lines: lines).contains { $0.rule == .absoluteClaim }, "\(checker.check(lines: lines))")
        let clean = ["We sell kettles.", "One is blue."].map { ScriptLine(kind: nil, text: $0, spoken: $0, source: here) }
        #expect(checker.check(lines: clean).isEmpty)
    }

    @Test func pronunciationsApplyAfterAnAbbreviation() {
        let here = SourceLocation(file: "p.yaml", line: 1)
        let lexicon = PronunciationLexicon([Persona.Pronunciation(written: "Dr. Bloom", spoken: "Doctor Blume", source: here)])
        let sentences = SentenceSplitter.split("Dr. Bloom designed it. Try it.")
        #expect(sentences.count == 2)
        #expect(lexicon.apply(sentences[0]).contains("Doctor Blume"))
    }
}
