import StandInCore

/// Where each layer of the live room sits in a frame; pure geometry from the frame size.
///
/// The room is laid out in a centred 9:16 column (the whole width for portrait frames):
/// AI label strip at the top (or at the very bottom, for the bottom label positions), the
/// avatar's head and shoulders, the product card over the avatar's torso, the caption band
/// at the bottom (above a bottom label strip). Dynamic layers (eyes, mouth,
/// caption) never overlap each other, so each can be redrawn alone per frame.
public struct SceneLayout: Sendable, Equatable {
    public var frame: PixelRect
    /// Head, hair and shoulders of the avatar (the torso continues behind the card).
    public var avatarRect: PixelRect
    /// The mouth; redrawn per frame per viseme.
    public var mouthRect: PixelRect
    /// Both eyes and their lids; redrawn per frame for blinks.
    public var eyesRect: PixelRect
    /// The product card panel.
    public var cardRect: PixelRect
    /// The caption band (at most three lines).
    public var captionRect: PixelRect
    /// The strip reserved for the AI-content label pill, at the top or bottom of the frame;
    /// the pill sits at its left or right end (`labelPosition`).
    public var labelRect: PixelRect
    public var labelPosition: Persona.LabelPosition

    /// Outer margin in pixels.
    var margin: Int
    /// Pixel size of caption text.
    var captionTextSize: Int
    /// Minimum ink height of the AI label's text: 5 % of the frame's shorter side, rounded up.
    var labelMinInkHeight: Int
    /// Head centre and radii, in frame pixels.
    var head: Ellipse

    /// The layout for frames of `video`'s size; meaningful from `minimumSize` up.
    public init(video: VideoSettings, labelPosition: Persona.LabelPosition = .topLeft) {
        self.labelPosition = labelPosition
        let width = max(2, video.width), height = max(2, video.height)
        frame = PixelRect(x: 0, y: 0, width: width, height: height)
        let shorter = min(width, height)
        // A 9:16 column, centred; all sizes below scale with its width.
        let column = min(width, height * 9 / 16) & ~1
        let left = (width - column) / 2
        let unit = Double(column)
        margin = max(2, Int((unit * 0.03).rounded()))

        labelMinInkHeight = (shorter * 5 + 99) / 100
        let labelHeight = max(8, Int((Double(shorter) * 0.1).rounded(.up)))
        let labelTop = labelPosition.isTop ? margin : height - margin - labelHeight
        labelRect = PixelRect(x: margin, y: labelTop, width: width - 2 * margin, height: labelHeight)
        let bottomReserve = labelPosition.isTop ? 0 : labelHeight + margin

        captionTextSize = max(8, Int((unit * 0.05).rounded()))
        let lineHeight = Self.lineHeight(forTextSize: captionTextSize)
        let captionPad = max(2, captionTextSize / 3)
        let captionHeight = 3 * lineHeight + 2 * captionPad
        captionRect = PixelRect(x: left + margin, y: height - margin - captionHeight - bottomReserve,
                                width: column - 2 * margin, height: captionHeight)

        let cardHeight = max(24, Int((unit * 0.3).rounded()))
        cardRect = PixelRect(x: left + margin, y: captionRect.y - margin - cardHeight,
                             width: column - 2 * margin, height: cardHeight)

        // The avatar fills what is left between the label and the card.
        let top = labelPosition.isTop ? labelRect.maxY + margin : margin
        let available = Double(max(16, cardRect.y - top))
        let ry = min(available * 0.21, unit * 0.24)
        let rx = ry * 0.8
        let cx = Double(width) / 2
        let cy = Double(top) + available * 0.1 + ry
        head = Ellipse(cx: cx, cy: cy, rx: rx, ry: ry)
        let avatarWidth = Int((unit * 0.84).rounded())
        avatarRect = PixelRect(x: Int(cx) - avatarWidth / 2, y: top,
                               width: avatarWidth, height: cardRect.y + cardHeight / 2 - top)

        // Features in head-relative positions (the avatar painter uses the same numbers).
        let eyesTop = Int((cy - ry * 0.12).rounded(.down)), eyesBottom = Int((cy + ry * 0.2).rounded(.up))
        let eyesHalfWidth = Int((rx * 0.72).rounded(.up))
        eyesRect = PixelRect(x: Int(cx) - eyesHalfWidth, y: eyesTop,
                             width: 2 * eyesHalfWidth, height: eyesBottom - eyesTop)
        let mouthTop = Int((cy + ry * 0.40).rounded(.down)), mouthBottom = Int((cy + ry * 0.78).rounded(.up))
        let mouthHalfWidth = Int((rx * 0.45).rounded(.up))
        mouthRect = PixelRect(x: Int(cx) - mouthHalfWidth, y: mouthTop,
                              width: 2 * mouthHalfWidth, height: mouthBottom - mouthTop)
    }

    /// The smallest frame the room is laid out for (labels and captions stay legible).
    public static let minimumSize = (width: 144, height: 256)

    /// Baseline-to-baseline distance for text of `size` pixels.
    static func lineHeight(forTextSize size: Int) -> Int { (size * 4 + 2) / 3 }
}
