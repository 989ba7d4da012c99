import StandInCore

/// One sentence the host says: what is shown as the caption and what espeak-ng is given.
public struct ScriptLine: Sendable, Equatable {
    /// The part of the segment this line belongs to (`nil` for the greeting).
    public var kind: SegmentKind?
    /// Caption text, exactly as the viewer reads it.
    public var text: String
    /// Text sent to the synthesizer (differs from `text` once pronunciation fixes apply).
    public var spoken: String
    /// The template or field it came from.
    public var source: SourceLocation
    /// Which template variant, catalog field or operator input the line came from, for
    /// guardrail reports. Lines made outside `ScriptBuilder` default to operator text.
    public var origin: LineSource

    public init(kind: SegmentKind?, text: String, spoken: String, source: SourceLocation,
                origin: LineSource = .operatorText) {
        self.kind = kind; self.text = text; self.spoken = spoken; self.source = source; self.origin = origin
    }
}
