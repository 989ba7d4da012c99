import Logging

/// A part of one segment left out because building it failed; the segment aired without it.
///
/// Written in the as-run entry (`degraded: [{part, reason}]`), logged as a warning
/// (`segment degraded part=picture reason=…`) and counted
/// (`standin_segments_degraded_total{part="picture"}`).
public struct Degradation: Sendable, Codable, Equatable, Hashable {
    public enum Part: String, Sendable, Codable, CaseIterable {
        /// The product picture: the card shows without it.
        case picture
        /// The whole product card: the scene shows without it.
        case card
        /// The persona's sprite pack: the built-in avatar stands in.
        case sprites
        /// The music bed: the segment airs without music.
        case music
        /// One spoken line: it is skipped.
        case line
    }

    public var part: Part
    /// What failed, as the error said it (names the file).
    public var reason: String

    public init(part: Part, reason: String) {
        self.part = part; self.reason = reason
    }
}

/// What went wrong while building the segment on the render thread so far: each stage that
/// degrades notes it here, and the segment's as-run entry takes the notes when it is logged.
/// A class so stages that see the run read-only can still note; the render thread owns it.
final class SegmentFaults {
    private(set) var notes: [Degradation] = []
    /// Spoken text of lines whose synthesis failed in this segment (left out of what remains).
    private(set) var skippedLines: Set<String> = []

    func note(_ part: Degradation.Part, _ error: Error) {
        note(Degradation(part: part, reason: "\(error)"))
    }

    func note(_ degradation: Degradation) {
        if !notes.contains(degradation) { notes.append(degradation) }
    }

    func skipped(line spoken: String, _ error: Error) {
        skippedLines.insert(spoken)
        note(.line, error)
    }

    /// The notes of the segment ending now; starts the next one empty.
    func take() -> [Degradation] {
        defer { notes = []; skippedLines = [] }
        return notes
    }
}

extension RenderStage {
    /// A warning per loss and one count per part for the segment `index` being logged.
    func reportDegraded(_ degraded: [Degradation], index: Int) {
        for degradation in degraded {
            logger.warning("segment degraded part=\(degradation.part.rawValue) reason=\(degradation.reason)",
                           metadata: ["index": "\(index)"])
        }
        for part in Set(degraded.map(\.part)) { desk.metrics.segmentDegraded(part: part.rawValue) }
    }
}
