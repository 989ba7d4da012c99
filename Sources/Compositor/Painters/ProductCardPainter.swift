import StandInCore

/// Draws the product card: a light rounded panel with the picture on the left, the name
/// (up to two lines), the price large in the accent colour and the list price struck through.
struct ProductCardPainter {
    let layout: SceneLayout
    let look: Persona.Look
    let text: TextRenderer
    static let panelColor = RGBA(0xFA, 0xFA, 0xFA)
    static let nameColor = RGBA(0x22, 0x22, 0x22)
    static let listPriceColor = RGBA(0x8A, 0x8A, 0x8A)

    func paint(_ card: ProductCard, on canvas: inout Canvas) {
        let rect = layout.cardRect
        let pad = max(3, rect.height / 14)
        let radius = Double(rect.height) * 0.09
        canvas.fillRoundedRect(minX: Double(rect.x), minY: Double(rect.y + pad / 3), maxX: Double(rect.maxX),
                               maxY: Double(rect.maxY + pad / 3), radius: radius, color: RGBA(0, 0, 0, 48))
        canvas.fillRoundedRect(rect, radius: radius, color: Self.panelColor)

        var textLeft = rect.x + pad
        if let image = card.image {
            let side = rect.height - 2 * pad
            let frame = PixelRect(x: rect.x + pad, y: rect.y + pad, width: side, height: side)
            canvas.fillRoundedRect(frame, radius: Double(pad) / 2, color: RGBA(0xF1, 0xF1, 0xF1))
            canvas.draw(image, fitting: frame)
            textLeft = frame.maxX + pad
        }
        let textWidth = rect.maxX - pad - textLeft
        guard textWidth > 0 else { return }

        let nameSize = max(6, rect.height * 13 / 100)
        let nameLineHeight = SceneLayout.lineHeight(forTextSize: nameSize)
        let nameLines = TextLayout.truncate(text.wrap(card.name, pixelSize: nameSize, maxWidth: textWidth),
                                            maxLines: 2, maxWidth: textWidth) { text.width(of: $0, pixelSize: nameSize) }
        for (index, line) in nameLines.enumerated() {
            canvas.draw(text.renderLine(line, pixelSize: nameSize), penX: textLeft,
                        baseline: rect.y + pad + nameSize + index * nameLineHeight, color: Self.nameColor)
        }
        paintPrices(card, left: textLeft, width: textWidth, bottom: rect.maxY - pad, on: &canvas)
    }

    /// Price on the bottom row; the list price follows it, or sits above it when there is no room.
    private func paintPrices(_ card: ProductCard, left: Int, width: Int, bottom: Int, on canvas: inout Canvas) {
        let rect = layout.cardRect
        var priceSize = max(8, rect.height * 30 / 100)
        while priceSize > 8, text.width(of: card.priceText, pixelSize: priceSize) > width { priceSize -= 1 }
        let priceBaseline = bottom - priceSize / 8
        let price = text.renderLine(card.priceText, pixelSize: priceSize)
        // A second pass one pixel to the right thickens the regular face for the price.
        for dx in priceSize >= 20 ? [0, 1] : [0] {
            canvas.draw(price, penX: left + dx, baseline: priceBaseline, color: look.accent)
        }
        guard let listText = card.listPriceText, !listText.isEmpty else { return }
        let listSize = max(6, rect.height * 12 / 100)
        let list = text.renderLine(listText, pixelSize: listSize)
        let gap = listSize / 2
        let fitsBeside = price.advance + gap + list.advance <= width
        let listX = fitsBeside ? left + price.advance + gap : left
        let listBaseline = fitsBeside ? priceBaseline : priceBaseline - priceSize - listSize / 3
        canvas.draw(list, penX: listX, baseline: listBaseline, color: Self.listPriceColor)
        let strikeY = listBaseline - listSize * 3 / 10
        canvas.fill(PixelRect(x: listX, y: strikeY, width: list.advance, height: max(1, listSize / 12)),
                    color: Self.listPriceColor)
    }
}
