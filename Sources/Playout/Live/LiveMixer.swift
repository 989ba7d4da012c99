import Foundation
import StandInCore

/// The music bed under the whole stream: one bed and one ducker across segments, so the
/// music flows through segment boundaries and holds, ducking under every spoken span.
///
/// A bed that does not open or stops decoding is dropped, never a reason to stop: the
/// stream goes on without music and `failure` says why (each segment notes it).
struct LiveMixer {
    private var bed: MusicBed?
    private var ducker: Ducker
    /// Why the stream has no music though the channel asks for it.
    private(set) var failure: Degradation?

    /// `gainDB` is the bed's level in silence; it ducks 12 dB under speech.
    init(musicBed: String?, gainDB: Int) {
        let level = Float(pow(10, Double(gainDB) / 20))
        ducker = Ducker(level: level, duckedLevel: level / 4)
        do {
            bed = try musicBed.map {
                try MusicBed(MusicBedSettings(source: $0 == "builtin" ? .builtin : .file(path: $0), level: level, duckedLevel: level / 4))
            }
        } catch {
            failure = Degradation(part: .music, reason: "\(error)")
        }
    }

    /// `speech` (interleaved stereo at channel position `start`) with the bed mixed in;
    /// `spans` are the speech ranges on the channel clock near this chunk.
    mutating func mix(_ speech: ArraySlice<Float>, at start: Int, spans: [Range<Int>]) -> [Float] {
        guard let bed else { return Array(speech) }
        let count = speech.count / 2
        let gains = ducker.gains(start: start, count: count, speech: spans)
        do {
            return AudioMixer.mix(speech: speech, music: try bed.read(count), gains: gains)
        } catch {
            self.bed = nil
            failure = Degradation(part: .music, reason: "\(error)")
            return Array(speech)
        }
    }
}
