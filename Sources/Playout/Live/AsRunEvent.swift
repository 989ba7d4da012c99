import Foundation

/// Something that changed a segment while it aired: an operator's command or a viewer's
/// question answered, with who asked, when and where on the channel clock.
public struct AsRunEvent: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case skip, inject, pause, resume, answer
    }

    public var kind: Kind
    /// Who caused it: `operator:<API token name>` for a command, `viewer:<names>` for an
    /// answer (sanitised display names, see `ViewerNames.asRunBy`). The prefix says which, so
    /// no display name can pass for an operator.
    public var by: String
    /// Channel position (samples since the epoch) where it took effect.
    public var position: Int
    public var time: Date
    /// What was injected, or the question and how it was answered.
    public var detail: String?

    /// `operator:<token name>`.
    public static func operatorBy(_ tokenName: String) -> String { "operator:" + tokenName }

    public init(kind: Kind, by: String, position: Int, time: Date, detail: String? = nil) {
        self.kind = kind; self.by = by; self.position = position; self.time = time; self.detail = detail
    }
}
