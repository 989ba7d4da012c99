import Foundation
import Playout
import StandInCore

/// Renders previews through `PersonaPreview` (the real script, speech and compositor) on the
/// studio's work queue, so synthesis and encoding never block the server's event loops and
/// never pile up.
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
    /// The most speech an audio or clip preview holds.
    let maxSpeech: Duration
    let work: WorkQueue

    /// The preview file's bytes. `line`, when given, is said instead of the script.
    func render(_ kind: Kind, persona: Persona, product: String, line: String?, for user: String) async throws -> Data {
        let catalog = catalog, video = video
        let samples = Int(maxSpeech.components.seconds) * MediaClock.sampleRate
        return try await work.run(for: user) {
            let path = NSTemporaryDirectory() + "standin-preview-\(UUID().uuidString).\(kind.rawValue)"
            defer { try? FileManager.default.removeItem(atPath: path) }
            do {
                var options = PreviewOptions(outputPath: path, video: video, preset: "ultrafast", line: line)
                options.maxSpeechSamples = samples
                _ = try PersonaPreview().render(persona: persona, catalog: catalog, productID: product, options: options)
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw StudioError.preview("no output was written")
                }
                return data
            } catch let error as StudioError {
                throw error
            } catch let error as PlayoutError {
                if case .previewTooLong = error { throw StudioError.badRequest(error.description) }
                throw StudioError.preview("\(error)")
            } catch {
                throw StudioError.preview("\(error)")
            }
        }
    }
}
