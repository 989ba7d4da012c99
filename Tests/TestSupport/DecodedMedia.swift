import Foundation

/// Video frames decoded by the ffmpeg CLI to packed RGB24.
public struct DecodedVideo: Sendable {
    public var width: Int
    public var height: Int
    public var frames: [[UInt8]]

    /// Decodes every frame of `path` (expects the given size).
    public init(path: String, width: Int, height: Int) throws {
        let frameSize = width * height * 3
        let bytes = [UInt8](try FFprobe.decodeRGB24(path))
        self.width = width
        self.height = height
        frames = stride(from: 0, to: bytes.count - frameSize + 1, by: frameSize).map { Array(bytes[$0..<$0 + frameSize]) }
    }

    /// The RGB pixel at (x, y) of frame `index`.
    public func pixel(_ index: Int, x: Int, y: Int) -> (r: Int, g: Int, b: Int) {
        let offset = (y * width + x) * 3
        let frame = frames[index]
        return (Int(frame[offset]), Int(frame[offset + 1]), Int(frame[offset + 2]))
    }

    /// Pixels inside the rectangle whose colour differs from `other`'s by more than `threshold`
    /// (sum of absolute channel differences).
    public func differingPixels(_ a: Int, _ b: Int, x: Int, y: Int, width w: Int, height h: Int, threshold: Int = 60) -> Int {
        var count = 0
        for row in y..<min(y + h, height) {
            for column in x..<min(x + w, width) {
                let p = pixel(a, x: column, y: row), q = pixel(b, x: column, y: row)
                if abs(p.r - q.r) + abs(p.g - q.g) + abs(p.b - q.b) > threshold { count += 1 }
            }
        }
        return count
    }

    /// Pixels inside the rectangle of frame `index` that differ from `color` by more than `threshold`.
    public func pixelsUnlike(_ color: (r: Int, g: Int, b: Int), frame index: Int, x: Int, y: Int,
                             width w: Int, height h: Int, threshold: Int = 60) -> Int {
        var count = 0
        for row in y..<min(y + h, height) {
            for column in x..<min(x + w, width) {
                let p = pixel(index, x: column, y: row)
                if abs(p.r - color.r) + abs(p.g - color.g) + abs(p.b - color.b) > threshold { count += 1 }
            }
        }
        return count
    }
}

/// Audio decoded by the ffmpeg CLI to 48 kHz mono Float.
public struct DecodedAudio: Sendable {
    public var samples: [Float]
    public static let rate = 48_000

    public init(path: String) throws {
        let data = try FFprobe.run("ffmpeg", ["-v", "error", "-i", path, "-map", "0:a:0", "-f", "f32le", "-ac", "1", "-ar", "48000", "-"])
        samples = data.withUnsafeBytes { Array($0.bindMemory(to: Float.self)) }
    }

    /// Root mean square over `range` (clamped to the decoded length).
    public func rms(_ range: Range<Int>) -> Double {
        let lower = max(0, range.lowerBound), upper = min(samples.count, range.upperBound)
        guard upper > lower else { return 0 }
        var sum = 0.0
        for i in lower..<upper { sum += Double(samples[i]) * Double(samples[i]) }
        return (sum / Double(upper - lower)).squareRoot()
    }
}
