/// Puts a timeline's speech over a music bed, ducking the music around every spoken span.
struct SpeechOverMusic {
    private let bed: MusicBed
    private var ducker: Ducker
    private let speech: [Range<Int>]

    init(settings: MusicBedSettings, timeline: SpokenTimeline) throws {
        bed = try MusicBed(settings)
        ducker = Ducker(level: settings.level, duckedLevel: settings.duckedLevel)
        speech = timeline.lines.map { $0.start..<$0.speechEnd }
    }

    /// `speechChunk` (interleaved stereo, starting at sample `start`) with the music under it.
    mutating func mix(_ speechChunk: ArraySlice<Float>, at start: Int) throws -> [Float] {
        let count = speechChunk.count / 2
        let nearby = speech.filter { $0.upperBound + ducker.hold > start && $0.lowerBound - ducker.lead < start + count }
        let gains = ducker.gains(start: start, count: count, speech: nearby)
        return AudioMixer.mix(speech: speechChunk, music: try bed.read(count), gains: gains)
    }
}
