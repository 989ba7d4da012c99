import Testing
@testable import Compositor
import StandInCore

/// Writes sample frames as PPM when `STANDIN_DUMP_DIR` is set; otherwise only renders them.
@Suite struct VisualDumpTests {
    @Test(arguments: [(180, 320), (720, 1280), (1080, 1920), (160, 288), (1280, 720)])
    func sampleFrames(size: (Int, Int)) throws {
        let compositor = try Fixtures.compositor(Fixtures.scene(width: size.0, height: size.1))
        let caption = "今天给大家带来的是明前龙井，手工炒制，香气清高，现在下单立减四十元！"
        let frame = compositor.render(FrameState(viseme: .open, eyes: .open, caption: caption))
        Fixtures.dump(frame, name: "frame-\(size.0)x\(size.1)")
        #expect(frame.width == size.0 && frame.height == size.1)
    }

    @Test func visemeStrip() throws {
        let compositor = try Fixtures.compositor(Fixtures.scene(width: 720, height: 1280, look: Fixtures.lightLook,
                                                                label: "AI-generated host"))
        for viseme in Viseme.allCases {
            for eyes in EyeState.allCases where viseme == .rest || eyes == .open {
                let frame = compositor.render(FrameState(viseme: viseme, eyes: eyes,
                                                         caption: "Today's pick: hand-roasted Longjing tea, 89 yuan."))
                Fixtures.dump(frame, name: "light-\(viseme)-\(eyes)")
            }
        }
    }
}
