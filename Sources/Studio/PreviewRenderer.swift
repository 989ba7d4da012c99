import Dispatch
import Foundation
import Playout
import StandInCore

/// Renders previews through `PersonaPreview` (the real script, speech and compositor) one at a
/// time on its own thread, so synthesis and encoding never block the server's event loops.
struct PreviewRenderer: Sendable {
    enum Kind: String, Sendable {
        case still = "png", audio = "wav", clip = "mp4"

        var contentType: String {
            switch self {
            case .still: "image/png"
            case .audio: "audio/wav"
            case .clip: "video/mp4"
            }
        }
    }

    let catalog: Catalog
    let video: VideoSettings
    private let queue = DispatchQueue(label: "studio.preview")

    init(catalog: Catalog, video: VideoSettings) {
        self.catalog = catalog; self.video = video
    }

    /// The preview file's bytes. `line`, when given, is said instead of the script.
    func render(_ kind: Kind, persona: Persona, product: String, line: String?) async throws -> Data {
        let catalog = catalog, video = video
        return try await withCheckedThrowingContinuation { continuation in
            queue.async {
                let path = NSTemporaryDirectory() + "standin-preview-\(UUID().uuidString).\(kind.rawValue)"
                defer { try? FileManager.default.removeItem(atPath: path) }
                do {
                    let options = PreviewOptions(outputPath: path, video: video, preset: "ultrafast", line: line)
                    _ = try PersonaPreview().render(persona: persona, catalog: catalog, productID: product, options: options)
                    guard let data = FileManager.default.contents(atPath: path) else {
                        throw StudioError.preview("no output was written")
                    }
                    continuation.resume(returning: data)
                } catch let error as StudioError {
                    continuation.resume(throwing: error)
                } catch {
                    continuation.resume(throwing: StudioError.preview("\(error)"))
                }
            }
        }
    }
}
