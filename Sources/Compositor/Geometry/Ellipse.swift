import StandInCore

/// An ellipse in frame coordinates: centre and radii in (fractional) pixels.
struct Ellipse: Sendable, Equatable {
    var cx: Double, cy: Double, rx: Double, ry: Double
}
