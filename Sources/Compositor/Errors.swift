/// What can go wrong building a compositor: a missing or unreadable font, or an unusable frame size.
public enum CompositorError: Error, Equatable, CustomStringConvertible {
    /// No readable file at `path`.
    case fontNotFound(path: String)
    /// FreeType could not open the face (`code` is FreeType's error number).
    case fontFailed(path: String, faceIndex: Int, code: Int32)
    /// The frame size or rate cannot be rendered; `problems` are sentences for the user.
    case invalidVideo(problems: [String])
    /// The sprite layers cannot be used as given (sizes, missing states, overlapping parts).
    case invalidSprites(problem: String)

    public var description: String {
        switch self {
        case .fontNotFound(let path):
            "font not found: \(path) (install fonts-noto-cjk or pass another font file)"
        case .fontFailed(let path, let faceIndex, let code):
            "font \(path) face \(faceIndex) cannot be opened (FreeType error \(code))"
        case .invalidVideo(let problems):
            "video settings cannot be rendered: " + problems.joined(separator: "; ")
        case .invalidSprites(let problem):
            "sprite pack cannot be drawn: \(problem)"
        }
    }
}
