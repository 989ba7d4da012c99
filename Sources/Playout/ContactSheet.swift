import MediaIO
import StandInCore

/// A grid of evenly spaced frames from a render, scaled down, for a quick look at a clip.
struct ContactSheet {
    static let columns = 4
    static let rows = 3
    private let picks: [Int]
    private var frames: [RGBAImage] = []

    init(totalFrames: Int) {
        let count = Self.columns * Self.rows
        picks = (0..<count).map { min(totalFrames - 1, $0 * max(totalFrames - 1, 1) / max(count - 1, 1)) }
    }

    /// Keeps `image` if frame `frame` is one of the picks.
    mutating func offer(_ image: RGBAImage, frame: Int) {
        for pick in picks where pick == frame { frames.append(image) }
    }

    /// Writes the grid as PNG; each cell is a frame at a quarter of its size (at least 90 px wide).
    func write(to path: String) throws {
        guard let first = frames.first else { return }
        let scale = max(1, first.width / 180)
        let cellWidth = first.width / scale, cellHeight = first.height / scale
        let gap = 4
        let width = Self.columns * cellWidth + (Self.columns + 1) * gap
        let height = Self.rows * cellHeight + (Self.rows + 1) * gap
        var sheet = RGBAImage(width: width, height: height, fill: RGBA(32, 32, 32))
        for (index, frame) in frames.enumerated() {
            let left = gap + (index % Self.columns) * (cellWidth + gap)
            let top = gap + (index / Self.columns) * (cellHeight + gap)
            for y in 0..<cellHeight {
                for x in 0..<cellWidth {
                    let source = ((y * scale) * frame.width + x * scale) * 4
                    let target = ((top + y) * width + left + x) * 4
                    for channel in 0..<4 { sheet.pixels[target + channel] = frame.pixels[source + channel] }
                }
            }
        }
        try ImageEncoder.writePNG(sheet, to: path)
    }
}
