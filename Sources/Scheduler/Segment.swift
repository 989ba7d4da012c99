import StandInCore

/// One planned piece of airtime on the channel's sample clock.
///
/// Times are audio samples (48 kHz) since the channel's epoch and always fall on whole
/// video frames. A segment with `mustEndBy` must be cut at a sentence boundary so it ends
/// no later than that sample: the planner sets it whenever a human shift, a promo or the
/// end of a promo follows.
public struct Segment: Sendable, Equatable, Codable {
    /// What airs. Product steps, fillers and the lines around human shifts are spoken by
    /// the virtual host; `hold` is music; `human` is a human host's shift.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case intro, sellingPoint = "selling_point", offer, questions, callToAction = "call_to_action"
        case brandStory = "brand_story", engagement, comingUp = "coming_up"
        case flashDeal = "flash_deal"
        case disclosure, handoff
        case welcomeBack = "welcome_back"
        case hold, human

        public init(_ kind: SegmentKind) {
            switch kind {
            case .intro: self = .intro
            case .sellingPoint: self = .sellingPoint
            case .offer: self = .offer
            case .questions: self = .questions
            case .callToAction: self = .callToAction
            }
        }

        public init(_ kind: FillerKind) {
            switch kind {
            case .brandStory: self = .brandStory
            case .engagement: self = .engagement
            case .comingUp: self = .comingUp
            }
        }

        /// The persona's product step this segment speaks (a flash deal speaks the offer); nil
        /// for segments that present no product.
        public var productStep: SegmentKind? {
            switch self {
            case .intro: .intro
            case .sellingPoint: .sellingPoint
            case .offer, .flashDeal: .offer
            case .questions: .questions
            case .callToAction: .callToAction
            default: nil
            }
        }

        /// The filler this segment is, if it is one.
        public var filler: FillerKind? {
            switch self {
            case .brandStory: .brandStory
            case .engagement: .engagement
            case .comingUp: .comingUp
            default: nil
            }
        }

        /// Whether the segment presents a product (and carries its id).
        public var isProductBound: Bool {
            switch self {
            case .intro, .sellingPoint, .offer, .questions, .callToAction, .flashDeal: true
            default: false
            }
        }
    }

    /// Who is on air.
    public enum Block: String, Sendable, Codable { case virtual, human }

    /// Position in the plan since the epoch: 0, 1, 2, …
    public var index: Int
    public var kind: Kind
    public var productID: String?
    /// The human host: on `human` segments and on the `handoff` that announces them.
    public var host: String?
    /// First sample.
    public var start: Int
    /// Expected length in samples (a human or hold segment: exactly its length).
    public var estimatedLength: Int
    /// The sample by which the segment must have ended (cut at a sentence boundary).
    public var mustEndBy: Int?
    /// What a countdown counts to: a flash deal's end, or a handoff's human start.
    public var countdownTo: Int?
    /// Units left of the product when the catalog tracks stock ("only N left").
    public var stockLeft: Int?
    /// How a `human` segment reaches viewers: yielded or relayed (nil on virtual segments).
    public var shiftMode: ShiftMode? = nil

    public var block: Block { kind == .human ? .human : .virtual }

    /// Where the segment ends if it runs as estimated (and is cut at `mustEndBy`).
    public var estimatedEnd: Int { min(start + estimatedLength, mustEndBy ?? .max) }

    /// Whether the estimate does not fit before `mustEndBy`: the segment will be cut.
    public var isCut: Bool { mustEndBy.map { $0 < start + estimatedLength } ?? false }

    /// The segment ending at `sample` at the latest (a run that stops inside it).
    public func cut(at sample: Int) -> Segment {
        guard sample < start + estimatedLength else { return self }
        var cut = self
        cut.estimatedLength = max(0, sample - start)
        cut.mustEndBy = min(mustEndBy ?? .max, sample)
        return cut
    }
}
