import StandInCore

/// Problems the engine itself finds (stage errors pass through as they are).
public enum PlayoutError: Error, CustomStringConvertible {
    case unknownProduct(id: String, catalog: String, known: [String])
    case invalidVideo(problems: [String])
    case emptyScript(product: String)
    case unsupportedPreview(path: String)
    /// Lines an operator or a preview asked for that the persona's guardrails block.
    case blockedLines([String])
    /// A preview's first line alone speaks longer than the preview may (`PreviewOptions.maxSpeechSamples`).
    case previewTooLong(seconds: Int)

    public var description: String {
        switch self {
        case let .unknownProduct(id, catalog, known):
            "\(catalog): no product with id '\(id)' (known: \(known.joined(separator: ", ")))"
        case let .invalidVideo(problems):
            "video settings: " + problems.joined(separator: "; ")
        case let .emptyScript(product):
            "the persona's templates produced no lines for product '\(product)'"
        case let .unsupportedPreview(path):
            "\(path): a preview is written as .png (a frame), .wav (the speech) or .mp4 (a short clip)"
        case let .blockedLines(violations):
            "the guardrails block this text, so it is never aired:\n  " + violations.joined(separator: "\n  ")
        case let .previewTooLong(seconds):
            "the line takes longer to say than a preview may last (\(seconds) s); shorten it"
        }
    }
}
