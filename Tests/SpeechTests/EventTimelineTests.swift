import Testing
@testable import Speech

/// Clean-up of raw espeak-ng events, with literal numbers.
@Suite("Event timeline")
struct EventTimelineTests {
    @Test("the exact sample is used while it agrees with audio_position, else the ms value", arguments: [
        (6546, 296, 6546),   // 296 ms = 6526.8 samples: the exact count is one ms later at most
        (6526, 296, 6526),
        (0, 296, 6526),      // an unpopulated sample field
        (99_999, 296, 6526), // a sample field from another counter
    ])
    func samplePosition(reported: Int, ms: Int, expected: Int) {
        #expect(EventTimeline.sample(reported: reported, audioPositionMs: ms, sampleRate: 22_050) == expected)
    }

    @Test("positions never go back and stay inside the audio")
    func clamping() {
        let events = [
            RawEvent(kind: .phoneme("h"), sample: 264),
            RawEvent(kind: .phoneme("@"), sample: 200),    // earlier than the one before
            RawEvent(kind: .word(textPosition: 1, length: 2), sample: -5),
            RawEvent(kind: .phoneme("oU"), sample: 5000),  // past the end
            RawEvent(kind: .end, sample: 5000),
        ]
        let marks = EventTimeline.marks(from: events, sampleCount: 4000, text: "hi")
        #expect(marks.phonemes.map(\.sample) == [264, 264, 4000, 4000])
        #expect(marks.words.map(\.sample) == [264])
    }

    @Test("the phonemes end with one pause at the audio length")
    func endMark() {
        let early = [RawEvent(kind: .phoneme("a"), sample: 10), RawEvent(kind: .phoneme("_"), sample: 90)]
        #expect(EventTimeline.marks(from: early, sampleCount: 100, text: "a").phonemes
            == [PhonemeMark(name: "a", sample: 10), PhonemeMark(name: "_", sample: 100)])
        let none = [RawEvent(kind: .phoneme("a"), sample: 10)]
        #expect(EventTimeline.marks(from: none, sampleCount: 100, text: "a").phonemes.last
            == PhonemeMark(name: "_", sample: 100))
    }

    @Test("word positions count Unicode scalars, 1-based")
    func textRanges() throws {
        let text = "👍 cafe\u{301} 89元"
        let events = [
            RawEvent(kind: .word(textPosition: 3, length: 5), sample: 0),   // "café", e + combining accent
            RawEvent(kind: .word(textPosition: 9, length: 2), sample: 10),  // "89"
            RawEvent(kind: .word(textPosition: 11, length: 1), sample: 20), // "元"
            RawEvent(kind: .word(textPosition: 11, length: 9), sample: 30), // runs past the end
            RawEvent(kind: .word(textPosition: 40, length: 1), sample: 40), // starts past the end
            RawEvent(kind: .word(textPosition: 0, length: 0), sample: 50),  // empty: dropped
        ]
        let words = EventTimeline.marks(from: events, sampleCount: 100, text: text).words
        let texts = words.map { $0.textRange.map { String(text[$0]) } }
        #expect(texts == ["cafe\u{301}", "89", "元", "元", nil])
    }
}
