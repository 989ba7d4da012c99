import Compositor
import Foundation
import MediaIO
import StandInCore

/// A grid of evenly spaced frames from a render, scaled down, for a quick look at a clip:
/// each thumbnail about 360 pixels wide (box-filtered, so text in the frame stays legible)
/// with its time in the clip (`m:ss.s`) written under it.
/// Frames are shrunk when offered, so the sheet holds only thumbnails.
struct ContactSheet {
    static let columns = 4
    static let rows = 3
    static let gap = 8
    /// Thumbnails are the frame shrunk by a whole factor to at least this width.
    static let targetWidth = 320
    static let timeTextSize = 24
    static let timeStripHeight = 36
    private let picks: [Int]
    private let fps: Int
    private var cells: [(frame: Int, image: RGBAImage)] = []

    init(totalFrames: Int, fps: Int) {
        let count = Self.columns * Self.rows
        self.fps = max(1, fps)
        picks = (0..<count).map { min(totalFrames - 1, $0 * max(totalFrames - 1, 1) / max(count - 1, 1)) }
    }

    /// Keeps a thumbnail of `image` if frame `frame` is one of the picks.
    mutating func offer(_ image: RGBAImage, frame: Int) {
        for pick in picks where pick == frame { cells.append((frame, Self.thumbnail(image))) }
    }

    /// `frame`'s time from the clip's start as `m:ss.s` (tenths truncated), in integers.
    static func timestamp(frame: Int, fps: Int) -> String {
        let tenths = frame * 10 / max(1, fps)
        let seconds = tenths / 10
        return "\(seconds / 60):\(seconds % 60 < 10 ? "0" : "")\(seconds % 60).\(tenths % 10)"
    }

    /// The frame shrunk by a whole factor, each pixel the average of the block it covers.
    static func thumbnail(_ frame: RGBAImage) -> RGBAImage {
        let scale = max(1, frame.width / targetWidth)
        let width = frame.width / scale, height = frame.height / scale, area = scale * scale
        var pixels = [UInt8](repeating: 0, count: width * height * 4)
        for y in 0..<height {
            for x in 0..<width {
                var sums = (0, 0, 0, 0)
                for dy in 0..<scale {
                    var source = ((y * scale + dy) * frame.width + x * scale) * 4
                    for _ in 0..<scale {
                        sums.0 += Int(frame.pixels[source]); sums.1 += Int(frame.pixels[source + 1])
                        sums.2 += Int(frame.pixels[source + 2]); sums.3 += Int(frame.pixels[source + 3])
                        source += 4
                    }
                }
                let target = (y * width + x) * 4
                pixels[target] = UInt8(sums.0 / area); pixels[target + 1] = UInt8(sums.1 / area)
                pixels[target + 2] = UInt8(sums.2 / area); pixels[target + 3] = UInt8(sums.3 / area)
            }
        }
        return RGBAImage(width: width, height: height, pixels: pixels)
    }

    /// The grid with each cell's time under it, as an image.
    func image(text: TextRenderer) -> RGBAImage? {
        guard let first = cells.first?.image else { return nil }
        let cellWidth = first.width, cellHeight = first.height, gap = Self.gap
        let rowHeight = cellHeight + Self.timeStripHeight
        let width = Self.columns * cellWidth + (Self.columns + 1) * gap
        let height = Self.rows * rowHeight + (Self.rows + 1) * gap
        var sheet = RGBAImage(width: width, height: height, fill: RGBA(32, 32, 32))
        for (index, cell) in cells.enumerated() {
            let left = gap + (index % Self.columns) * (cellWidth + gap)
            let top = gap + (index / Self.columns) * (rowHeight + gap)
            for y in 0..<cellHeight {
                let source = y * cellWidth * 4, target = ((top + y) * width + left) * 4
                sheet.pixels.replaceSubrange(target..<target + cellWidth * 4, with: cell.image.pixels[source..<source + cellWidth * 4])
            }
            let mask = text.renderLine(Self.timestamp(frame: cell.frame, fps: fps), pixelSize: Self.timeTextSize)
            let baseline = top + cellHeight + (Self.timeStripHeight + Self.timeTextSize * 3 / 4) / 2
            Self.drawWhite(mask, x: left + (cellWidth - mask.advance) / 2 - mask.penX, y: baseline - mask.baseline, on: &sheet)
        }
        return sheet
    }

    /// Writes the grid as PNG, labelled like the clip it comes from.
    func write(to path: String, label: ContentLabel, text: TextRenderer) throws {
        guard let sheet = image(text: text) else { return }
        try ImageEncoder.writePNG(sheet, to: path, text: label.pngText)
    }

    /// Blends white through `mask` with its top-left at (`x`, `y`), clipped to `image`.
    private static func drawWhite(_ mask: AlphaMask, x: Int, y: Int, on image: inout RGBAImage) {
        for row in 0..<mask.height where (0..<image.height).contains(y + row) {
            for column in 0..<mask.width where (0..<image.width).contains(x + column) {
                let alpha = Int(mask.coverage[row * mask.width + column])
                guard alpha > 0 else { continue }
                let index = ((y + row) * image.width + x + column) * 4
                for channel in 0..<3 {
                    let old = Int(image.pixels[index + channel])
                    image.pixels[index + channel] = UInt8((old * (255 - alpha) + 255 * alpha + 127) / 255)
                }
            }
        }
    }
}
