import StandInCore

/// Draws the frames of one scene (a persona presenting one product).
///
/// `init` paints every static layer once into a base image (the drawn avatar's body or a
/// sprite pack's base layer) and pre-renders each mouth and eye state as a small patch; a frame is then a copy of the base plus three row-copied
/// patches (eyes, mouth, caption band). Captions are rendered once per distinct text and
/// kept in a small LRU cache.
///
/// ```swift
/// let compositor = try FrameCompositor(scene: scene, text: try TextRenderer())
/// var frame = compositor.render(FrameState(viseme: .rest, eyes: .open, caption: nil))
/// compositor.render(FrameState(viseme: .open, eyes: .open, caption: "大家好"), into: &frame)
/// ```
/// A live stream shows one frame at a time: `advance` draws it into the base itself (every
/// changing region is always drawn whole, so the base's own pixels there are never needed
/// again), sparing a second full frame (3.7 MB at 720x1280).
///
/// Not thread-safe (it owns a caption cache and uses a FreeType face): one per render thread.
public final class FrameCompositor {
    public let scene: SceneSpec
    public let layout: SceneLayout
    /// Background, avatar without eyes and mouth, product card and AI label. After `advance`
    /// the changing regions (eyes, mouth, caption band) show what it drew last.
    public private(set) var base: RGBAImage
    let text: TextRenderer
    private let mouths: [Viseme: Canvas]
    private let eyes: [EyeState: Canvas]
    private var captions: CaptionCache
    /// The caption area of the base, to clear a caption in `update`.
    private let emptyCaption: Canvas

    public init(scene: SceneSpec, text: TextRenderer) throws {
        var problems = scene.video.problems()
        let minimum = SceneLayout.minimumSize
        if min(scene.video.width, scene.video.height) < minimum.width || max(scene.video.width, scene.video.height) < minimum.height {
            problems.append("frame size \(scene.video.width)x\(scene.video.height) is below the compositor's minimum of \(minimum.width)x\(minimum.height)")
        }
        guard problems.isEmpty else { throw CompositorError.invalidVideo(problems: problems) }
        self.scene = scene
        self.text = text
        var layout = SceneLayout(video: scene.video, labelPosition: scene.look.labelPosition)
        let avatar: any AvatarArt = try scene.sprites.map { try SpritePainter(layout: layout, sprites: $0) }
            ?? AvatarPainter(layout: layout, look: scene.look)
        layout.eyesRect = avatar.eyesRect
        layout.mouthRect = avatar.mouthRect
        self.layout = layout

        var canvas = Canvas(bounds: layout.frame, fill: scene.look.background)
        avatar.paintBody(on: &canvas)
        if let card = scene.card {
            ProductCardPainter(layout: layout, look: scene.look, text: text).paint(card, on: &canvas)
        }
        LabelPainter(layout: layout, look: scene.look, text: text).paint(scene.aiLabel, on: &canvas)
        base = canvas.image

        var mouths: [Viseme: Canvas] = [:]
        for viseme in Viseme.allCases {
            var patch = Canvas(copying: layout.mouthRect, of: base)
            avatar.paintMouth(viseme, on: &patch)
            mouths[viseme] = patch
        }
        var eyes: [EyeState: Canvas] = [:]
        for state in EyeState.allCases {
            var patch = Canvas(copying: layout.eyesRect, of: base)
            avatar.paintEyes(state, on: &patch)
            eyes[state] = patch
        }
        self.mouths = mouths
        self.eyes = eyes
        // A caption band is ~470 KB at 720x1280 and captions follow the script forward, so a
        // few bands are all a repeat can hit; 8 kept ~3.8 MB per scene resident for nothing.
        captions = CaptionCache(capacity: 3)
        emptyCaption = Canvas(copying: layout.captionRect, of: base)
    }

    /// A new frame for `state`.
    public func render(_ state: FrameState) -> RGBAImage {
        var frame = base
        drawDynamicLayers(state, into: &frame)
        return frame
    }

    /// Draws `state` into `frame`, reusing its storage when it already has the scene's size
    /// (no allocation per frame).
    public func render(_ state: FrameState, into frame: inout RGBAImage) {
        if frame.width == base.width, frame.height == base.height {
            base.pixels.withUnsafeBufferPointer { source in
                frame.pixels.withUnsafeMutableBufferPointer { target in
                    target.baseAddress!.update(from: source.baseAddress!, count: source.count)
                }
            }
        } else {
            frame = base
        }
        drawDynamicLayers(state, into: &frame)
    }

    /// The only areas that differ between two frames of this scene: eyes, mouth and caption.
    public var changingRegions: [PixelRect] { [layout.eyesRect, layout.mouthRect, layout.captionRect] }

    /// Moves `frame` from the state `previous` (which it shows, drawn by this compositor) to
    /// `state`, redrawing only what differs, and returns the areas it redrew. With
    /// `previous` nil every changing region is redrawn.
    @discardableResult
    public func update(_ frame: inout RGBAImage, from previous: FrameState?, to state: FrameState) -> [PixelRect] {
        precondition(frame.width == base.width && frame.height == base.height, "frame is not from this compositor")
        return redraw(&frame, from: previous, to: state)
    }

    /// `update` on the base itself: the frame is then `base`. With `previous` nil (a new
    /// scene on screen, or coming back to it) every changing region is drawn.
    @discardableResult
    public func advance(from previous: FrameState?, to state: FrameState) -> [PixelRect] {
        redraw(&base, from: previous, to: state)
    }

    private func redraw(_ frame: inout RGBAImage, from previous: FrameState?, to state: FrameState) -> [PixelRect] {
        var redrawn: [PixelRect] = []
        if previous?.eyes != state.eyes {
            eyes[state.eyes]?.paste(into: &frame)
            redrawn.append(layout.eyesRect)
        }
        if previous?.viseme != state.viseme {
            mouths[state.viseme]?.paste(into: &frame)
            redrawn.append(layout.mouthRect)
        }
        if previous == nil || previous?.caption != state.caption {
            if let caption = state.caption, !caption.isEmpty {
                captionPatch(caption).paste(into: &frame)
            } else {
                emptyCaption.paste(into: &frame)
            }
            redrawn.append(layout.captionRect)
        }
        return redrawn
    }

    private func drawDynamicLayers(_ state: FrameState, into frame: inout RGBAImage) {
        eyes[state.eyes]?.paste(into: &frame)
        mouths[state.viseme]?.paste(into: &frame)
        if let caption = state.caption, !caption.isEmpty {
            captionPatch(caption).paste(into: &frame)
        } else {
            emptyCaption.paste(into: &frame)   // the base's band may hold what `advance` drew
        }
    }

    private func captionPatch(_ caption: String) -> Canvas {
        if let cached = captions.value(for: caption) { return cached }
        var patch = emptyCaption   // not the base: its band may hold another caption
        CaptionPainter(layout: layout, text: text).paint(caption, on: &patch)
        captions.insert(patch, for: caption)
        return patch
    }
}
