import MediaIO
import StandInCore

/// A grid of evenly spaced frames from a render, scaled down, for a quick look at a clip.
/// Frames are shrunk when offered, so the sheet holds only thumbnails.
struct ContactSheet {
    static let columns = 4
    static let rows = 3
    static let gap = 4
    private let picks: [Int]
    private var cells: [RGBAImage] = []

    init(totalFrames: Int) {
        let count = Self.columns * Self.rows
        picks = (0..<count).map { min(totalFrames - 1, $0 * max(totalFrames - 1, 1) / max(count - 1, 1)) }
    }

    /// Keeps a thumbnail of `image` if frame `frame` is one of the picks.
    mutating func offer(_ image: RGBAImage, frame: Int) {
        for pick in picks where pick == frame { cells.append(Self.thumbnail(image)) }
    }

    /// Every `scale`-th pixel, so a cell is about 180 pixels wide.
    private static func thumbnail(_ frame: RGBAImage) -> RGBAImage {
        let scale = max(1, frame.width / 180)
        let width = frame.width / scale, height = frame.height / scale
        var pixels = [UInt8](repeating: 0, count: width * height * 4)
        for y in 0..<height {
            for x in 0..<width {
                let source = ((y * scale) * frame.width + x * scale) * 4, target = (y * width + x) * 4
                for channel in 0..<4 { pixels[target + channel] = frame.pixels[source + channel] }
            }
        }
        return RGBAImage(width: width, height: height, pixels: pixels)
    }

    /// Writes the grid as PNG, labelled like the clip it comes from.
    func write(to path: String, label: ContentLabel) throws {
        guard let first = cells.first else { return }
        let cellWidth = first.width, cellHeight = first.height, gap = Self.gap
        let width = Self.columns * cellWidth + (Self.columns + 1) * gap
        let height = Self.rows * cellHeight + (Self.rows + 1) * gap
        var sheet = RGBAImage(width: width, height: height, fill: RGBA(32, 32, 32))
        for (index, cell) in cells.enumerated() {
            let left = gap + (index % Self.columns) * (cellWidth + gap)
            let top = gap + (index / Self.columns) * (cellHeight + gap)
            for y in 0..<cellHeight {
                let source = y * cellWidth * 4, target = ((top + y) * width + left) * 4
                sheet.pixels.replaceSubrange(target..<target + cellWidth * 4, with: cell.pixels[source..<source + cellWidth * 4])
            }
        }
        try ImageEncoder.writePNG(sheet, to: path, text: label.pngText)
    }
}
