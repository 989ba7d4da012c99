import Compositor
import Foundation
import MediaIO
import StandInCore
import Testing
import TestSupport
@testable import Playout

/// The contact sheet is readable: thumbnails at least 320 pixels wide, each with its time
/// in the clip written under it.
@Suite struct ContactSheetTests {
    @Test func timestampsAreMinutesSecondsAndTenths() {
        #expect(ContactSheet.timestamp(frame: 0, fps: 30) == "0:00.0")
        #expect(ContactSheet.timestamp(frame: 45, fps: 30) == "0:01.5")
        #expect(ContactSheet.timestamp(frame: 30 * 75 + 3, fps: 30) == "1:15.1")
        #expect(ContactSheet.timestamp(frame: 50, fps: 25) == "0:02.0")
    }

    /// Light pixels (the time's ink) in `rect` of `image`.
    static func light(_ image: RGBAImage, _ x: Int, _ y: Int, _ width: Int, _ height: Int) -> [Int] {
        var found: [Int] = []
        for row in y..<y + height { for column in x..<x + width {
            let p = image.pixel(x: column, y: row)
            if min(p.r, p.g, p.b) > 160 { found.append(row * image.width + column) }
        } }
        return found
    }

    @Test(arguments: [(720, 1280), (1080, 1920)])
    func theWrittenSheetHasLargeCellsAndATimeUnderEach(size: (Int, Int)) throws {
        let folder = try TemporaryFolder()
        let frames = 300, fps = 30
        var sheet = ContactSheet(totalFrames: frames, fps: fps)
        // A dark frame, so the sheet's light pixels are the times' ink.
        let dark = RGBAImage(width: size.0, height: size.1, fill: RGBA(90, 20, 60))
        for frame in 0..<frames { sheet.offer(dark, frame: frame) }
        let path = folder.path("sheet.png")
        try sheet.write(to: path, label: ContentLabel(producer: "t", personaID: "t", productID: "p"), text: TextRenderer())
        let image = try ImageDecoder.decode(path: path)
        let cellWidth = size.0 / max(1, size.0 / ContactSheet.targetWidth), cellHeight = size.1 / max(1, size.0 / ContactSheet.targetWidth)
        #expect(cellWidth >= 320)
        let gap = ContactSheet.gap, strip = ContactSheet.timeStripHeight
        #expect(image.width == 4 * cellWidth + 5 * gap && image.height == 3 * (cellHeight + strip) + 4 * gap)
        var inks: [[Int]] = []
        for cell in 0..<12 {
            let left = gap + (cell % 4) * (cellWidth + gap), top = gap + (cell / 4) * (cellHeight + strip + gap)
            #expect(Self.light(image, left, top, cellWidth, cellHeight).isEmpty, "cell \(cell) thumbnail")
            let ink = Self.light(image, left, top + cellHeight, cellWidth, strip).map { $0 - (top * image.width + left) }
            #expect(ink.count > 40, "cell \(cell) time")
            inks.append(ink)
        }
        // Twelve different times (0:00.0 … 0:09.9) draw twelve different inks.
        #expect(Set(inks).count == 12)
        let text = try TextRenderer()
        let expected = text.renderLine(ContactSheet.timestamp(frame: 299, fps: fps), pixelSize: ContactSheet.timeTextSize)
        #expect(abs(inks[11].count - expected.coverage.filter { $0 > 160 }.count) < expected.coverage.count / 20)
    }
}
