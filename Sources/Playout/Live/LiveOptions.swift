import Foundation
import MediaIO
import StandInCore

/// How `standin stream` runs a channel, beyond what the channel file says.
public struct LiveOptions: Sendable {
    /// Where the channel's clock (`stream-state.json`) and as-run log (`asrun/`) live.
    public var stateFolder: String
    /// How the state folder's files are written (a test makes the disk fail through it).
    public var stateFiles: StateFileSystem = LocalStateFileSystem()
    /// How far rendering may run ahead of the wall clock, in seconds of stream.
    public var lookaheadSeconds: Double = 2
    /// Start the channel's clock at this simulated instant (tests, soak runs); nil: real time.
    public var simulatedStart: Date?
    /// Simulated seconds per real second with `simulatedStart` (0: unpaced).
    public var speed: Double = 1
    /// Stop after this many seconds of stream (virtual and human blocks); nil: run until stopped.
    public var maxStreamSeconds: Int?
    /// At a sentence boundary the render thread waits until the boundary is this close to air
    /// (seconds), so an operator's command or a viewer's question that arrives meanwhile is
    /// applied there rather than after the next sentence. Between boundaries it still renders
    /// up to `lookaheadSeconds` ahead.
    public var boundaryMarginSeconds: Double = 0.5
    /// Where a viewer's answer may break into what the host is saying.
    public var answerBreaks: AnswerBreaks = .word
    /// Frame size and rate; nil: the channel's.
    public var video: VideoSettings?
    public var preset: String = "veryfast"
    /// x264 threads; 0 lets x264 choose (1.5 × cores). Fewer threads use less memory.
    public var encoderThreads: Int = 0
    public var seed: UInt64 = 1
    /// Seconds of stream between two status lines in the log.
    public var statusEverySeconds: Int = 60
    /// Asked before every virtual segment with the persona on air: a persona to air from that
    /// segment on (a newly published version from the studio), or nil to keep it. The new
    /// persona must present the same catalog; its version is in every later as-run entry.
    public var personaUpdates: (@Sendable (_ onAir: Persona) -> Persona?)?
    /// Where the engine's counters go (`GET /metrics`); by default nowhere.
    public var metrics = EngineMetrics()
    /// The monotonic clock that paces the output and the wall clock that places the plan and
    /// dates the as-run log (tests inject a `ManualClock`, which jumps and can step).
    public var clock: any EngineClock = SystemClock()
    /// A wall-clock step larger than this (seconds) is an event the plan reacts to (forward:
    /// the plan jumps; backward: it is rebuilt from the earlier time); a smaller difference
    /// is slewed away without one.
    public var clockStepToleranceSeconds: Double = 2
    /// Where each publishing session's packets go: by default an `OutputFanOut` (one RTMP/FLV
    /// muxer per destination); tests pass `RecordingSinks().make` to keep them in memory.
    public var makeSink: PacketSinkFactory = { OutputFanOut(video: $0, audio: $1, destinations: $2, settings: $3) }
    /// Where a relayed shift's feed comes from; nil: a `LiveFeed` reading `relay.ingest` (tests
    /// pass a scripted feed on the manual clock).
    public var makeRelayFeed: RelayFeedFactory?

    public init(stateFolder: String) { self.stateFolder = stateFolder }

    /// Where an answer may interrupt the host's lines (commands always wait for a sentence's end).
    public enum AnswerBreaks: String, Sendable, CaseIterable {
        /// The next clause pause, or before a word when that pause is more than 0.6 s away
        /// (the broken clause is said again after the answer): the quickest.
        case word
        /// The next clause pause (a comma) or sentence end.
        case clause
        /// The next sentence end only.
        case sentence
    }

    var lookaheadSamples: Int { Int(lookaheadSeconds * Double(MediaClock.sampleRate)) }
    var clockStepToleranceSamples: Int { Int(clockStepToleranceSeconds * Double(MediaClock.sampleRate)) }
    var boundaryMarginSamples: Int { Int(boundaryMarginSeconds * Double(MediaClock.sampleRate)) }
}
