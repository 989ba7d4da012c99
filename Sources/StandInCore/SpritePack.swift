import Foundation

/// A folder of same-size PNG layers with alpha that replaces the drawn avatar:
/// `base.png`, `eyes-open.png`, `eyes-half.png`, `eyes-closed.png` and one
/// `mouth-<viseme>.png` per `Viseme` (`mouth-rest.png`, `mouth-open.png`, …).
///
/// The loader checks that every file is there, is a PNG with alpha and has the base's size;
/// Playout decodes the layers when it renders.
public struct SpritePack: Sendable, Equatable {
    /// One picture of the pack.
    public enum Layer: Sendable, Hashable, CustomStringConvertible {
        case base
        case eyesOpen, eyesHalf, eyesClosed
        case mouth(Viseme)

        /// Every layer a pack must hold, base first.
        public static let all: [Layer] = [.base, .eyesOpen, .eyesHalf, .eyesClosed] + Viseme.allCases.map { .mouth($0) }

        public var fileName: String {
            switch self {
            case .base: "base.png"
            case .eyesOpen: "eyes-open.png"
            case .eyesHalf: "eyes-half.png"
            case .eyesClosed: "eyes-closed.png"
            case .mouth(let viseme): "mouth-\(viseme.rawValue).png"
            }
        }

        public var description: String { fileName }
    }

    /// The folder, resolved against the persona file's folder.
    public var folder: String
    /// Size shared by every layer.
    public var width: Int
    public var height: Int
    /// Where `sprite_pack` is written in the persona file, for errors found later (decoding).
    public var source: SourceLocation

    public init(folder: String, width: Int, height: Int, source: SourceLocation) {
        self.folder = folder; self.width = width; self.height = height; self.source = source
    }

    /// The path of `layer`'s file.
    public func path(of layer: Layer) -> String {
        URL(fileURLWithPath: folder).appendingPathComponent(layer.fileName).path
    }

    /// An error about `layer`, located at the `sprite_pack` line of the persona file; it names
    /// the layer's file, not the server's path to it.
    public func error(_ layer: Layer, _ problem: String) -> FileError {
        FileError(file: source.file, line: source.line, field: "look.sprite_pack", problem: "\(layer.fileName) \(problem)")
    }
}
