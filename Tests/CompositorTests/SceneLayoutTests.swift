import Testing
@testable import Compositor
import StandInCore

@Suite struct SceneLayoutTests {
    static let sizes = [(160, 288), (180, 320), (360, 640), (720, 1280), (1080, 1920), (1280, 720), (720, 720), (144, 256), (1000, 1600)]

    @Test(arguments: sizes)
    func everyRectLiesInsideTheFrame(size: (Int, Int)) {
        let layout = SceneLayout(video: VideoSettings(width: size.0, height: size.1, fps: 30))
        for rect in [layout.avatarRect, layout.eyesRect, layout.mouthRect, layout.cardRect, layout.captionRect, layout.labelRect] {
            #expect(!rect.isEmpty, "\(rect) at \(size)")
            #expect(layout.frame.contains(rect), "\(rect) outside \(size)")
        }
    }

    @Test(arguments: sizes)
    func dynamicRegionsDoNotOverlapEachOtherOrTheCard(size: (Int, Int)) {
        let layout = SceneLayout(video: VideoSettings(width: size.0, height: size.1, fps: 30))
        let dynamic = [layout.eyesRect, layout.mouthRect, layout.captionRect]
        for (i, a) in dynamic.enumerated() {
            for b in dynamic[(i + 1)...] { #expect(a.intersection(b).isEmpty, "\(a) meets \(b) at \(size)") }
            #expect(a.intersection(layout.labelRect).isEmpty)
        }
        #expect(layout.captionRect.intersection(layout.cardRect).isEmpty)
        #expect(layout.avatarRect.contains(layout.eyesRect) && layout.avatarRect.contains(layout.mouthRect))
        #expect(layout.eyesRect.maxY <= layout.mouthRect.y)
    }

    @Test func portraitLayoutUsesTheFullWidthAndLandscapeACentredColumn() {
        let portrait = SceneLayout(video: VideoSettings(width: 720, height: 1280, fps: 30))
        #expect(portrait.cardRect.width == 720 - 2 * portrait.margin)
        let landscape = SceneLayout(video: VideoSettings(width: 1280, height: 720, fps: 30))
        #expect(landscape.cardRect.midX == 640)
        #expect(landscape.cardRect.width < 405)
    }
}
