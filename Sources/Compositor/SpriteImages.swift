import StandInCore

/// A sprite pack's layers, decoded: the body, one eyes layer per `EyeState` and one mouth
/// per `Viseme`, all the same size, drawn over each other by alpha.
public struct SpriteImages: Sendable, Equatable {
    public let base: RGBAImage
    public let eyes: [EyeState: RGBAImage]
    public let mouths: [Viseme: RGBAImage]

    /// Checks that every state has a layer and every layer has the base's size.
    public init(base: RGBAImage, eyes: [EyeState: RGBAImage], mouths: [Viseme: RGBAImage]) throws {
        for state in EyeState.allCases where eyes[state] == nil {
            throw CompositorError.invalidSprites(problem: "no eyes layer for \(state)")
        }
        for viseme in Viseme.allCases where mouths[viseme] == nil {
            throw CompositorError.invalidSprites(problem: "no mouth layer for \(viseme.rawValue)")
        }
        for (name, layer) in eyes.map({ ("eyes \($0.key)", $0.value) }) + mouths.map({ ("mouth \($0.key.rawValue)", $0.value) })
        where layer.width != base.width || layer.height != base.height {
            throw CompositorError.invalidSprites(
                problem: "\(name) is \(layer.width)x\(layer.height) but the base is \(base.width)x\(base.height)")
        }
        self.base = base; self.eyes = eyes; self.mouths = mouths
    }

    /// The smallest rectangle (in layer pixels) holding every non-transparent pixel of `layers`.
    static func opaqueBounds(of layers: [RGBAImage]) -> PixelRect {
        var minX = Int.max, minY = Int.max, maxX = -1, maxY = -1
        for layer in layers {
            for y in 0..<layer.height {
                let row = y * layer.width * 4
                for x in 0..<layer.width where layer.pixels[row + x * 4 + 3] != 0 {
                    minX = min(minX, x); maxX = max(maxX, x); minY = min(minY, y); maxY = max(maxY, y)
                }
            }
        }
        guard maxX >= 0 else { return PixelRect(x: 0, y: 0, width: 0, height: 0) }
        return PixelRect(x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1)
    }
}
