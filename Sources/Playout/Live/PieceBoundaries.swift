import Scheduler
import StandInCore

/// A place in a piece where the render thread stops to ask the desk for work.
struct Boundary: Equatable {
    enum Kind: Equatable {
        /// Between sentences (or every half second of music): commands and questions.
        case sentence
        /// After a clause's pause inside a sentence: a natural place for an answer.
        case clause
        /// Before a word inside a clause: an answer only when the next pause is far.
        case word
    }

    var kind: Kind
    /// Piece-local sample of the first frame drawn after the stop.
    var at: Int
    /// Lines of the piece spoken in full before it.
    var linesDone: Int
    /// Inside a sentence: where the broken-off line carries on after an answer (the start
    /// of the clause a word break cut; the break itself after a clause).
    var resumeAt: Int?
    /// Samples from here to the next pause in the sentence (word breaks only).
    var toNextPause = 0
}

/// The boundaries of a piece, passed in order as frames are drawn: the piece's start, the
/// end of each line but the last (a segment's end is the next one's start), every half
/// second of music, and inside the lines their clause ends and word starts, but none in the
/// piece's last `quietTailSeconds`: the render thread is that far ahead (and more) when the
/// next segment's script is spoken and its scene drawn.
///
/// A sentence boundary falls on the first frame at or after the line's end; one inside a
/// sentence on the frame at or before it, so no sound of the next word is drawn before
/// the break.
struct Boundaries {
    private var boundaries: [Boundary]
    private var next = 0
    private var musicEvery: Int?
    private var lastMusic = -1

    /// A segment's first piece has its first boundary after one frame: a segment ended
    /// there has aired (the planner moves on by at least a frame).
    private let first: Int

    /// No breaks inside a sentence this close to a piece's end.
    static let quietTailSeconds = 1.0

    init(piece: SpokenPiece, segment: Segment, video: VideoSettings) {
        let perFrame = video.samplesPerFrame
        let first = piece.start == segment.start ? perFrame : 0
        self.first = first
        let lines = piece.timeline.lines
        let lastBreak = (lines.last?.end ?? 0) - Int(Self.quietTailSeconds * Double(MediaClock.sampleRate))
        var all = [Boundary(kind: .sentence, at: first, linesDone: 0)]
        for (index, line) in lines.enumerated() {
            let breaks = line.clauseEnds.map { (Boundary.Kind.clause, $0) } + line.wordStarts.filter { !line.clauseEnds.contains($0) }
                .map { (Boundary.Kind.word, $0) }
            for (kind, sample) in breaks.sorted(by: { $0.1 < $1.1 }) where sample < lastBreak {
                let frame = sample - sample % perFrame
                all.append(Boundary(kind: kind, at: frame, linesDone: index,
                                    resumeAt: kind == .clause ? frame : line.clauseStart(containing: sample),
                                    toNextPause: kind == .word ? line.nextPause(after: sample) - sample : 0))
            }
            if index < lines.count - 1 {
                all.append(Boundary(kind: .sentence, at: video.frameCount(coveringSamples: line.end) * perFrame, linesDone: index + 1))
            }
        }
        // In frame order (a break rounded down may share a frame with the sentence end before it).
        boundaries = all.enumerated().filter { $0.element.at >= first }
            .sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
        if lines.isEmpty {
            musicEvery = video.frameCount(coveringSamples: Int(RenderStage.musicBoundarySeconds * Double(MediaClock.sampleRate)))
                * perFrame
        }
    }

    /// The boundary `local` (a frame's first sample) is the first frame at or after, when
    /// one not yet passed is; of several in one frame, the last. Nil between boundaries.
    mutating func passed(_ local: Int) -> Boundary? {
        if let musicEvery {
            guard local >= first else { return nil }
            let slot = (local - first) / musicEvery
            guard slot != lastMusic else { return nil }
            lastMusic = slot
            return Boundary(kind: .sentence, at: local, linesDone: 0)
        }
        var hit: Boundary?
        while next < boundaries.count, boundaries[next].at <= local {
            hit = boundaries[next]
            next += 1
        }
        return hit
    }
}
