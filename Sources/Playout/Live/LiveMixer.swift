import Foundation
import StandInCore

/// The music bed under the whole stream: one bed and one ducker across segments, so the
/// music flows through segment boundaries and holds, ducking under every spoken span.
struct LiveMixer {
    private let bed: MusicBed?
    private var ducker: Ducker

    /// `gainDB` is the bed's level in silence; it ducks 12 dB under speech.
    init(musicBed: String?, gainDB: Int) throws {
        let level = Float(pow(10, Double(gainDB) / 20))
        ducker = Ducker(level: level, duckedLevel: level / 4)
        bed = try musicBed.map {
            try MusicBed(MusicBedSettings(source: $0 == "builtin" ? .builtin : .file(path: $0), level: level, duckedLevel: level / 4))
        }
    }

    /// `speech` (interleaved stereo at channel position `start`) with the bed mixed in;
    /// `spans` are the speech ranges on the channel clock near this chunk.
    mutating func mix(_ speech: ArraySlice<Float>, at start: Int, spans: [Range<Int>]) throws -> [Float] {
        guard let bed else { return Array(speech) }
        let count = speech.count / 2
        let gains = ducker.gains(start: start, count: count, speech: spans)
        return AudioMixer.mix(speech: speech, music: try bed.read(count), gains: gains)
    }
}
