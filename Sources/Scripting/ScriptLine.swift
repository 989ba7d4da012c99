import StandInCore

/// One sentence the host says: what is shown as the caption and what espeak-ng is given.
public struct ScriptLine: Sendable, Equatable {
    /// The part of the segment this line belongs to (`nil` for the greeting).
    public var kind: SegmentKind?
    /// Caption text, exactly as the viewer reads it.
    public var text: String
    /// Text sent to the synthesizer: `text` with the persona's pronunciation fixes applied.
    public var spoken: String
    /// The template or field it came from.
    public var source: SourceLocation
    /// True for the last sentence of a segment (greeting, intro, one selling point …): the
    /// persona's pause between segments follows it instead of the sentence pause.
    public var endsSegment: Bool
    /// Which template variant, catalog field or operator input the line came from, for
    /// guardrail reports. Lines made outside `ScriptBuilder` default to operator text.
    public var origin: LineSource

    public init(kind: SegmentKind?, text: String, spoken: String, source: SourceLocation, endsSegment: Bool = false,
                origin: LineSource = .operatorText) {
        self.kind = kind; self.text = text; self.spoken = spoken; self.source = source; self.endsSegment = endsSegment
        self.origin = origin
    }
}
