import Foundation
import Scheduler

/// What an operator asks of a running channel. Applied by the render thread at the next
/// sentence boundary of the virtual host, and recorded in the as-run log with who asked.
public enum ControlCommand: Sendable, Equatable {
    /// End the segment on air and go on with the plan.
    case skip
    /// Put `kind` (a product step such as a flash deal, or a filler) on air next.
    case inject(Segment.Kind, productID: String?)
    /// Hold a brand card with music; the host stops talking until `resume`.
    case pause
    case resume

    public var name: String {
        switch self {
        case .skip: "skip"
        case .inject: "inject"
        case .pause: "pause"
        case .resume: "resume"
        }
    }
}

/// A command waiting for its boundary.
public struct ControlRequest: Sendable, Equatable {
    public var id: Int
    public var command: ControlCommand
    /// The name of the API token that asked.
    public var requestedBy: String
    /// The channel position it may apply from (nil: the next boundary).
    public var notBefore: Int?
    public var receivedAt: Date
}

/// Why the control desk refused a request (the API answers 409 or 422 with this text).
public enum ControlError: Error, Sendable, Equatable, CustomStringConvertible {
    case humanOnAir
    case unknownProduct(String)
    case productNeeded(String)
    case notInjectable(String)
    case alreadyPaused
    case notPaused
    case paused
    case tooManyWaiting(limit: Int)

    public var description: String {
        switch self {
        case .humanOnAir: "a human host is on air; commands to the virtual host wait until the shift ends"
        case .unknownProduct(let id): "product '\(id)' is not in this channel's catalog"
        case .productNeeded(let kind): "'\(kind)' presents a product: give \"product\": \"<id>\""
        case .notInjectable(let kind):
            "'\(kind)' cannot be injected; use a product step (intro, selling_point, offer, questions, "
                + "call_to_action, flash_deal) with a product, or a filler (brand_story, engagement, coming_up)"
        case .alreadyPaused: "the virtual host is already paused (or a pause is waiting for its boundary)"
        case .notPaused: "the virtual host is not paused"
        case .paused: "the virtual host is paused; resume it first"
        case .tooManyWaiting(let limit): "\(limit) commands are already waiting for the next sentence boundary"
        }
    }

    /// Whether the request conflicts with the channel's state (409) rather than being invalid (422).
    public var isConflict: Bool {
        switch self {
        case .humanOnAir, .alreadyPaused, .notPaused, .paused, .tooManyWaiting: true
        case .unknownProduct, .productNeeded, .notInjectable: false
        }
    }
}
