import MediaIO
import StandInCore

/// Where the music under the host comes from: a looping audio file, or StandIn's own
/// generated bed (`builtin`), at a level.
public struct MusicBedSettings: Sendable, Equatable {
    public enum Source: Sendable, Equatable {
        case builtin
        case file(path: String)
    }
    public var source: Source
    /// Music gain while the host is silent (0–1).
    public var level: Float
    /// Music gain while the host speaks (0–1).
    public var duckedLevel: Float

    public init(source: Source, level: Float = 0.5, duckedLevel: Float = 0.12) {
        self.source = source; self.level = level; self.duckedLevel = duckedLevel
    }
}

/// A running music bed: reads the source chunk by chunk (never the whole file).
public final class MusicBed {
    private enum Reader {
        case generated(GeneratedMusic)
        case file(AudioFileReader)
    }
    private var reader: Reader
    public let settings: MusicBedSettings

    public init(_ settings: MusicBedSettings) throws {
        self.settings = settings
        switch settings.source {
        case .builtin: reader = .generated(GeneratedMusic())
        case .file(let path): reader = .file(try AudioFileReader(path: path, loop: true))
        }
    }

    /// The next `count` stereo samples of music, at full level (interleaved).
    public func read(_ count: Int) throws -> [Float] {
        switch reader {
        case .generated(var music):
            let chunk = music.read(count)
            reader = .generated(music)
            return chunk
        case .file(let file):
            return try file.read(count)
        }
    }
}
