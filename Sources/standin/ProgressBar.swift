import Foundation
import Playout

/// A one-line progress bar on a terminal; silent when stdout is not a terminal.
final class ProgressBar {
    private let fps: Int
    private let enabled = isatty(STDOUT_FILENO) == 1
    private var drawn = false

    init(fps: Int) { self.fps = fps }

    func update(_ progress: RenderProgress) {
        guard enabled, progress.framesTotal > 0 else { return }
        let width = 30
        let filled = progress.framesDone * width / progress.framesTotal
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        let line = String(format: "\r[%@] %d/%d frames  %.1fx real time ", bar, progress.framesDone,
                          progress.framesTotal, progress.speed(fps: fps))
        printOut(line, terminator: "")
        drawn = true
    }

    func finish() {
        if drawn { printOut("") }
    }
}
