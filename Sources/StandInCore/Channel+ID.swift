import Foundation

extension Channel {
    /// The channel's name: the file's `id:`, or else its file's name without the extension
    /// (`tea-room.yaml` → `tea-room`). API tokens are scoped to it, `/status` reports it, and the
    /// default state folder is named after it.
    public var id: String { declaredID ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent }

    /// Whether `text` can be a channel id: 1–64 of a-z, 0-9, '-' and '_', starting with a letter
    /// or digit (it names a folder and appears in URLs and logs).
    public static func isValidID(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.unicodeScalars.count <= 64 else { return false }
        let allowed = { (c: Unicode.Scalar) in ("a"..."z").contains(c) || ("0"..."9").contains(c) }
        return allowed(first) && text.unicodeScalars.allSatisfy { allowed($0) || $0 == "-" || $0 == "_" }
    }
}
