import StandInCore

/// Colour arithmetic for deriving shades (shadows, highlights, contrasting text) from a persona's look.
extension RGBA {
    /// This colour moved `amount` (0...1) of the way towards `other`; alpha from `self`.
    func mixed(with other: RGBA, _ amount: Double) -> RGBA {
        func channel(_ a: UInt8, _ b: UInt8) -> UInt8 {
            UInt8((Double(a) + (Double(b) - Double(a)) * amount).rounded())
        }
        return RGBA(channel(r, other.r), channel(g, other.g), channel(b, other.b), a)
    }

    /// Darker by `amount` (0...1).
    func darker(_ amount: Double) -> RGBA { mixed(with: RGBA(0, 0, 0, a), amount) }

    /// Lighter by `amount` (0...1).
    func lighter(_ amount: Double) -> RGBA { mixed(with: RGBA(255, 255, 255, a), amount) }

    /// The same colour with alpha `alpha`.
    func withAlpha(_ alpha: UInt8) -> RGBA { RGBA(r, g, b, alpha) }

    /// Relative luminance, 0 (black) ... 1 (white), Rec. 709 weights on gamma-encoded values.
    var luminance: Double { (0.2126 * Double(r) + 0.7152 * Double(g) + 0.0722 * Double(b)) / 255 }

    /// True for colours on which dark text reads better than white text.
    var isLight: Bool { luminance > 0.55 }
}
