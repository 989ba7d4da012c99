import Foundation
@testable import Scheduler
import Scripting
import Speech
import StandInCore
import Testing
@testable import Playout

/// Breaking off inside a sentence for a viewer's answer: where the host may break (clause
/// pauses, word starts), and what is left of the line to say afterwards. Real espeak-ng.
@Suite("Breaking off inside a sentence")
struct SentenceBreakTests {
    static let voice = Persona.Voice(espeakVoice: "cmn-latn-pinyin", rate: 175, pitch: 55, pauseAfterSentenceMs: 300)
    static let video = VideoSettings(width: 160, height: 288, fps: 30)
    static let first = "欢迎来到直播间，今天给大家带来一款好杯子，可以放微波炉。"
    static let second = "喜欢的朋友点个关注。"

    static func line(_ text: String) -> ScriptLine {
        ScriptLine(kind: .intro, text: text, spoken: text, source: SourceLocation(file: "test.yaml", line: 1))
    }

    static func timeline() throws -> SpokenTimeline {
        var builder = SpokenTimelineBuilder(synthesizer: try .shared(), voice: voice)
        try builder.append([line(first), line(second)])
        return builder.timeline(video: video)
    }

    static func rms(_ samples: ArraySlice<Float>) -> Double {
        guard !samples.isEmpty else { return 0 }
        return (samples.reduce(0.0) { $0 + Double($1) * Double($1) } / Double(samples.count)).squareRoot()
    }

    @Test("a sentence's clause ends fall in its pauses, between its words")
    func clauseEndsAreQuietAndBetweenWords() throws {
        let timeline = try Self.timeline()
        let line = timeline.lines[0]
        try #require(line.clauseEnds.count == 2, "\(line.clauseEnds)")
        #expect(line.clauseEnds.allSatisfy { $0 > line.start && $0 < line.speechEnd })
        #expect(line.clauseEnds == line.clauseEnds.sorted())
        #expect(line.wordStarts.count >= 20, "one per Han character: \(line.wordStarts.count)")
        let speech = Self.rms(timeline.audio[line.start..<line.speechEnd])
        for end in line.clauseEnds {
            #expect(line.wordStarts.contains(end), "a clause ends where the next word starts")
            let before = Self.rms(timeline.audio[(end - 960)..<end])   // the 20 ms before it
            #expect(before < speech * 0.1, "not a pause: \(before) vs \(speech)")
        }
        #expect(timeline.lines[1].clauseEnds.isEmpty)
    }

    @Test("speech is kept mono; a frame's audio is it as stereo, silence past the speech")
    func framesOfAudioAreTheMonoSpeechAsStereo() throws {
        let timeline = try Self.timeline()
        let perFrame = Self.video.samplesPerFrame
        #expect(timeline.audio.count == timeline.spokenLength && timeline.length >= timeline.spokenLength)
        let frame = timeline.lines[0].start / perFrame + 20
        let stereo = timeline.audio(frame: frame, video: Self.video)
        #expect(stereo.count == perFrame * 2)
        let mono = timeline.audio[(frame * perFrame)..<((frame + 1) * perFrame)]
        #expect(Array(stereo) == mono.flatMap { [$0, $0] } && Self.rms(mono) > 0.01)
        let padded = timeline.paddedAudio
        #expect(padded.count == timeline.length * 2)
        #expect(padded[(timeline.audio.count * 2)...].allSatisfy { $0 == 0 })
        #expect(Array(padded[(frame * perFrame * 2)..<((frame + 1) * perFrame * 2)]) == Array(stereo))
    }

    @Test("the rest of a line is its audio and marks from the break on; the builder places it first")
    func restOfALine() throws {
        let timeline = try Self.timeline()
        let line = timeline.lines[0]
        let from = line.clauseEnds[0]
        let rest = timeline.rest(ofLine: 0, from: from)
        #expect(rest.length == line.end - from && rest.spokenLength == rest.length)
        #expect(rest.audio.count == rest.length)   // mono
        #expect(rest.audio.elementsEqual(timeline.audio[from..<line.end]))
        let moved = try #require(rest.lines.first)
        #expect(moved.line == line.line && moved.start == 0 && moved.speechEnd == line.speechEnd - from)
        #expect(moved.clauseEnds == [line.clauseEnds[1] - from])
        #expect(moved.wordStarts.first.map { $0 > 0 } == true)
        #expect(rest.visemes.viseme(at: 0) == timeline.visemes.viseme(at: from))

        var builder = SpokenTimelineBuilder(synthesizer: try .shared(), voice: Self.voice)
        let placed = builder.append(rest, within: nil)
        #expect(placed)
        try builder.append([Self.line(Self.second)])
        let again = builder.timeline(video: Self.video)
        #expect(again.lines.map(\.line.text) == [Self.first, Self.second])
        #expect(again.lines[1].start == rest.length)
        #expect(again.audio[rest.length...].elementsEqual(timeline.audio[line.end..<timeline.lines[1].end]))
        // A deadline before the rest's speech ends: it is not placed.
        var tight = SpokenTimelineBuilder(synthesizer: try .shared(), voice: Self.voice)
        let fits = tight.append(rest, within: moved.speechEnd - 1)
        #expect(!fits)
        #expect(tight.spokenLength == 0)
    }

    @Test("boundaries: sentence ends, clause ends and word starts, none in the piece's last second")
    func boundariesInOrder() throws {
        let timeline = try Self.timeline()
        let segment = Segment(index: 0, kind: .intro, productID: "mug-02", start: 0, estimatedLength: timeline.length)
        var boundaries = Boundaries(piece: SpokenPiece(timeline: timeline, start: 0), segment: segment, video: Self.video)
        let perFrame = Self.video.samplesPerFrame
        var seen: [Boundary] = []
        for frame in 0..<(timeline.length / perFrame) {
            if let boundary = boundaries.passed(frame * perFrame) {
                #expect(boundary.at <= frame * perFrame && boundary.at % perFrame == 0)
                seen.append(boundary)
            }
        }
        let line = timeline.lines[0], last = timeline.lines[1]
        #expect(seen.first?.kind == .sentence && seen.first?.at == perFrame)
        let sentenceEnd = Boundary(kind: .sentence, at: Self.video.frameCount(coveringSamples: line.end) * perFrame, linesDone: 1)
        #expect(seen.filter { $0.kind == .sentence } == [seen[0], sentenceEnd])
        #expect(seen.allSatisfy { $0.at <= last.end - 48_000 })
        #expect(seen.contains { $0.linesDone == 1 && $0.kind == .word }, "the last line has breaks before its last second")
        let inside = seen.filter { $0.linesDone == 0 && $0.kind != .sentence }
        #expect(inside.count >= 15, "about one per word (several in one frame count once): \(inside.count)")
        let clauses = inside.filter { $0.kind == .clause }
        #expect(clauses.map(\.at) == line.clauseEnds.map { $0 - $0 % perFrame })
        #expect(clauses.allSatisfy { $0.resumeAt == $0.at })
        for word in inside where word.kind == .word {
            // A word break resumes at its clause's start, and knows how far the next pause is.
            #expect(word.resumeAt == line.clauseStart(containing: word.at + perFrame - 1) || word.resumeAt == line.clauseStart(containing: word.at))
            #expect(word.toNextPause > 0)
        }
    }

    @Test("--answer-at: where an answer may break in", arguments: [
        (Boundary.Kind.sentence, 0, LiveOptions.AnswerBreaks.sentence, true),
        (.clause, 0, .sentence, false), (.word, 48_000, .sentence, false),
        (.clause, 0, .clause, true), (.word, 48_000, .clause, false),
        (.clause, 0, .word, true), (.word, 48_000, .word, true),
        (.word, 24_000, .word, false),   // the next pause is 0.5 s away: wait for it
    ])
    func answerBreaks(kind: Boundary.Kind, toNextPause: Int, breaks: LiveOptions.AnswerBreaks, expected: Bool) {
        let boundary = Boundary(kind: kind, at: 0, linesDone: 0, toNextPause: toNextPause)
        #expect(RenderStage.answerMayBreak(at: boundary, breaks) == expected)
    }
}
