import Foundation

/// Something that changed a segment while it aired: an operator's command, a viewer's
/// question answered, or the wall clock stepping, with who asked, when and where on the
/// channel clock.
public struct AsRunEvent: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case skip, inject, pause, resume, answer
        /// The wall clock stepped beyond the tolerance (`stepMilliseconds`); `by` is "wall clock".
        case clockStep
    }

    public var kind: Kind
    /// Who caused it: `operator:<API token name>` for a command, `viewer:<names>` for an
    /// answer (sanitised display names, see `ViewerNames.asRunBy`), `wall clock` for a clock
    /// step. The prefix says which, so no display name can pass for an operator.
    public var by: String
    /// Channel position (samples since the epoch) where it took effect.
    public var position: Int
    public var time: Date
    /// What was injected, or the question and how it was answered.
    public var detail: String?
    /// A clock step's size (positive: forward); absent for other events.
    public var stepMilliseconds: Int?

    /// `operator:<token name>`.
    public static func operatorBy(_ tokenName: String) -> String { "operator:" + tokenName }

    public init(kind: Kind, by: String, position: Int, time: Date, detail: String? = nil, stepMilliseconds: Int? = nil) {
        self.kind = kind; self.by = by; self.position = position; self.time = time; self.detail = detail
        self.stepMilliseconds = stepMilliseconds
    }
}
