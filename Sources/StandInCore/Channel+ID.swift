import Foundation

extension Channel {
    /// The channel's name: its file's name without the extension (`tea-room.yaml` → `tea-room`).
    /// API tokens are scoped to it, and the default state folder is named after it.
    public var id: String { URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent }
}
