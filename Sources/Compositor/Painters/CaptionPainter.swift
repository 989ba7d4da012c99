import Foundation
import StandInCore

/// Draws the sentence being spoken: up to three centred lines of white text on a
/// semi-transparent band anchored to the bottom of `captionRect`.
struct CaptionPainter {
    let layout: SceneLayout
    let text: TextRenderer
    static let maxLines = 3
    static let bandColor = RGBA(0, 0, 0, 150)
    static let textColor = RGBA(255, 255, 255)

    /// Lays out and draws `caption`; long captions shrink a little, then end in "…".
    func paint(_ caption: String, on canvas: inout Canvas) {
        let rect = layout.captionRect
        let pad = max(2, layout.captionTextSize / 3)
        let maxWidth = rect.width - 2 * pad
        let trimmed = caption.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, maxWidth > 0 else { return }

        // Full size, then two smaller sizes, before cutting the text.
        var size = layout.captionTextSize
        var lines: [String] = []
        for scale in [100, 88, 76] {
            size = max(6, layout.captionTextSize * scale / 100)
            lines = text.wrap(trimmed, pixelSize: size, maxWidth: maxWidth)
            if lines.count <= Self.maxLines { break }
        }
        lines = TextLayout.truncate(lines, maxLines: Self.maxLines, maxWidth: maxWidth) {
            text.width(of: $0, pixelSize: size)
        }

        let lineHeight = SceneLayout.lineHeight(forTextSize: size)
        let bandHeight = min(rect.height, lines.count * lineHeight + 2 * pad)
        let bandTop = rect.maxY - bandHeight
        canvas.fillRoundedRect(PixelRect(x: rect.x, y: bandTop, width: rect.width, height: bandHeight),
                               radius: Double(pad), color: Self.bandColor)
        for (index, line) in lines.enumerated() {
            let mask = text.renderLine(line, pixelSize: size)
            let lineTop = bandTop + pad + index * lineHeight
            // Han ink sits ~0.84 em above the baseline and a little below: centre that.
            let baseline = lineTop + (lineHeight + size * 4 / 5) / 2
            canvas.draw(mask, penX: rect.x + (rect.width - mask.advance) / 2, baseline: baseline, color: Self.textColor)
        }
    }
}
