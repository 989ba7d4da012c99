import Foundation
import StandInCore

/// Draws the always-visible AI-content label: text on a pill that contrasts with the
/// background, at the end of `labelRect` the persona's label position names. The text's ink is at least 5 % of the
/// frame's shorter side tall (China's 2025 labelling measures ask for a visible label).
struct LabelPainter {
    let layout: SceneLayout
    let look: Persona.Look
    let text: TextRenderer

    var pillColor: RGBA { look.background.isLight ? RGBA(0x1A, 0x1A, 0x1A, 235) : RGBA(0xFF, 0xFF, 0xFF, 240) }
    var textColor: RGBA { look.background.isLight ? RGBA(0xFF, 0xFF, 0xFF) : RGBA(0x1A, 0x1A, 0x1A) }

    /// The smallest pixel size whose rendered `label` has the required ink height.
    func pixelSize(for label: String) -> Int {
        let target = layout.labelMinInkHeight
        // Han ink is ~0.85 em; start a little below and grow until the measured ink is enough.
        var size = max(6, target * 100 / 92)
        for _ in 0..<64 {
            if text.renderLine(label, pixelSize: size).inkHeight >= target { return size }
            size += max(1, size / 16)
        }
        return size
    }

    func paint(_ label: String, on canvas: inout Canvas) {
        let trimmed = label.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        let rect = layout.labelRect
        let size = pixelSize(for: trimmed)
        let padX = max(3, size / 2)
        let lines = text.wrap(trimmed, pixelSize: size, maxWidth: rect.width - 2 * padX)
        let masks = lines.map { text.renderLine($0, pixelSize: size) }
        let lineHeight = SceneLayout.lineHeight(forTextSize: size)
        // Centre by ink, not by font metrics: CJK fonts reserve much more room above than below.
        let inkTop = masks.first?.inkRows.map { $0.lowerBound - masks[0].baseline } ?? -size
        let inkBottom = (lines.count - 1) * lineHeight
            + (masks.last?.inkRows.map { $0.upperBound + 1 - masks[masks.count - 1].baseline } ?? 0)
        let inkSpan = inkBottom - inkTop
        let pillHeight = max(rect.height, inkSpan + 2 * max(2, size / 4))
        let pillWidth = min(rect.width, (masks.map(\.advance).max() ?? 0) + 2 * padX)
        let pill = pillRect(width: pillWidth, height: pillHeight)
        canvas.fillRoundedRect(pill, radius: Double(pillHeight) / 2, color: pillColor)
        var baseline = pill.y + (pillHeight - inkSpan) / 2 - inkTop
        for mask in masks {
            canvas.draw(mask, penX: pill.x + (pillWidth - mask.advance) / 2, baseline: baseline, color: textColor)
            baseline += lineHeight
        }
    }

    /// The pill in its corner of `labelRect`; a pill taller than the strip grows away from the frame edge.
    func pillRect(width: Int, height: Int) -> PixelRect {
        let rect = layout.labelRect, position = layout.labelPosition
        return PixelRect(x: position.isLeft ? rect.x : rect.maxX - width,
                         y: position.isTop ? rect.y : rect.maxY - height, width: width, height: height)
    }
}
