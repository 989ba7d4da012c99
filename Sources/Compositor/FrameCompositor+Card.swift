import StandInCore

extension FrameCompositor {
    /// `card` drawn alone, where this scene puts a card (the card's rectangle and its shadow,
    /// on the scene's background): what `channel validate` and `persona validate` draw for
    /// every product, at a small fraction of a whole scene's cost.
    public func cardAlone(_ card: ProductCard) -> RGBAImage {
        let rect = layout.cardRect
        let shadow = max(3, rect.height / 14)
        var canvas = Canvas(bounds: PixelRect(x: rect.x, y: rect.y, width: rect.width, height: rect.height + shadow),
                            fill: scene.look.background)
        ProductCardPainter(layout: layout, look: scene.look, text: text).paint(card, on: &canvas)
        return canvas.image
    }
}
