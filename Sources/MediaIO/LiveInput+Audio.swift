import StandInCore

extension LiveInput {
    /// Puts a decoded chunk on the gapless sample line (silence before it, or its front cut).
    func place(_ samples: [Float], start: Int64) {
        let placed = audioLine.place(start: start, count: samples.count / 2)
        var chunk = placed.silence > 0 ? [Float](repeating: 0, count: placed.silence * 2) : []
        chunk += samples[(placed.drop * 2)...]
        if !chunk.isEmpty { pending.append(.audio(chunk, sample: placed.position)) }
    }

    /// Adds silence so audio reaches the start of output frame `frame` (less the slack while
    /// the stream runs: real audio may still come for that time).
    func fillSilence(upTo frame: Int64, slack: Bool) {
        let samplesPerFrame = Int64(settings.video.samplesPerFrame)
        let lag = slack ? Int64(settings.audioSlack.components.seconds) * Int64(MediaClock.sampleRate)
            + settings.audioSlack.components.attoseconds / (1_000_000_000_000_000_000 / Int64(MediaClock.sampleRate)) : 0
        let gap = audioLine.fill(upTo: frame * samplesPerFrame - lag)
        if gap.count > 0 { pending.append(.audio([Float](repeating: 0, count: gap.count * 2), sample: gap.position)) }
    }
}
