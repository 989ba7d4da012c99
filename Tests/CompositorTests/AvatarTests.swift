import Testing
@testable import Compositor
import StandInCore

@Suite struct AvatarTests {
    @Test(arguments: [(180, 320), (720, 1280)])
    func mouthDiffersBetweenRestAndOpen(size: (Int, Int)) throws {
        let compositor = try Fixtures.compositor(Fixtures.scene(width: size.0, height: size.1))
        let rest = compositor.render(FrameState(viseme: .rest, eyes: .open, caption: nil))
        let open = compositor.render(FrameState(viseme: .open, eyes: .open, caption: nil))
        let mouth = compositor.layout.mouthRect
        let changed = Fixtures.differingPixels(rest, open, in: mouth)
        // The open mouth is a large shape: a good share of the mouth box changes.
        #expect(changed > mouth.width * mouth.height / 8, "only \(changed) of \(mouth.width * mouth.height) pixels changed")
        // And nothing outside the mouth box does.
        #expect(Fixtures.differingPixels(rest, open, in: compositor.layout.frame) == changed)
    }

    @Test(arguments: [(180, 320), (720, 1280)])
    func everyVisemeDrawsADistinctMouth(size: (Int, Int)) throws {
        let compositor = try Fixtures.compositor(Fixtures.scene(width: size.0, height: size.1))
        let mouth = compositor.layout.mouthRect
        let frames = Viseme.allCases.map { compositor.render(FrameState(viseme: $0, eyes: .open, caption: nil)) }
        for i in frames.indices {
            for j in frames.indices where j > i {
                let changed = Fixtures.differingPixels(frames[i], frames[j], in: mouth)
                #expect(changed >= 4, "\(Viseme.allCases[i]) and \(Viseme.allCases[j]) differ in \(changed) pixels")
            }
        }
    }

    @Test(arguments: [(180, 320), (720, 1280)])
    func eyesDifferBetweenOpenHalfAndClosed(size: (Int, Int)) throws {
        let compositor = try Fixtures.compositor(Fixtures.scene(width: size.0, height: size.1))
        let frames = EyeState.allCases.map { compositor.render(FrameState(viseme: .rest, eyes: $0, caption: nil)) }
        let eyes = compositor.layout.eyesRect
        let openVsClosed = Fixtures.differingPixels(frames[0], frames[2], in: eyes)
        #expect(openVsClosed > eyes.width * eyes.height / 10)
        #expect(Fixtures.differingPixels(frames[0], frames[1], in: eyes) > 0)
        #expect(Fixtures.differingPixels(frames[1], frames[2], in: eyes) > 0)
        #expect(Fixtures.differingPixels(frames[0], frames[2], in: compositor.layout.frame) == openVsClosed)
    }

    @Test func avatarUsesThePersonaColours() throws {
        let compositor = try Fixtures.compositor(Fixtures.scene(width: 360, height: 640))
        let look = Fixtures.look, avatar = compositor.layout.avatarRect
        for color in [look.skin, look.hair, look.outfit] {
            let found = Fixtures.count(in: avatar, of: compositor.base) { compositor.base.pixel(x: $0, y: $1) == color }
            #expect(found > 100, "\(color) painted on \(found) pixels")
        }
    }
}
