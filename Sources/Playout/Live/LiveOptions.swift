import Foundation
import StandInCore

/// How `standin stream` runs a channel, beyond what the channel file says.
public struct LiveOptions: Sendable {
    /// Where the channel's clock (`stream-state.json`) and as-run log (`asrun/`) live.
    public var stateFolder: String
    /// How far rendering may run ahead of the wall clock, in seconds of stream.
    public var lookaheadSeconds: Double = 2
    /// Start the channel's clock at this simulated instant (tests, soak runs); nil: real time.
    public var simulatedStart: Date?
    /// Simulated seconds per real second with `simulatedStart` (0: unpaced).
    public var speed: Double = 1
    /// Stop after this many seconds of stream (virtual and human blocks); nil: run until stopped.
    public var maxStreamSeconds: Int?
    /// Frame size and rate; nil: the channel's.
    public var video: VideoSettings?
    public var preset: String = "veryfast"
    /// x264 threads; 0 lets x264 choose (1.5 × cores). Fewer threads use less memory.
    public var encoderThreads: Int = 0
    public var seed: UInt64 = 1
    /// Seconds of stream between two status lines in the log.
    public var statusEverySeconds: Int = 60
    /// Where the engine's counters go (`GET /metrics`); by default nowhere.
    public var metrics = EngineMetrics()

    public init(stateFolder: String) { self.stateFolder = stateFolder }

    var lookaheadSamples: Int { Int(lookaheadSeconds * Double(MediaClock.sampleRate)) }
}
