import Foundation

extension LiveEngine {
    /// Opens the publishing session if none is open (the first virtual segment, the first
    /// after a yielded shift, or a relayed shift the process started in); its pts continue
    /// the one output timeline from `position`.
    ///
    /// Opening connects to every destination and publishes, so it waits until `position`
    /// is the lookahead from air: after a yielded shift the room stays free for the human
    /// host's own encoder until then. A stop during the wait leaves no session.
    func openSessionIfNeeded(at position: Int, run: inout RenderRun) throws {
        guard run.session == nil else { return }
        guard clock.wait(until: position - run.origin - options.lookaheadSamples, stopped: { stopRequested }) else { return }
        run.session = try EncodeSession(video: video, preset: options.preset, threads: options.encoderThreads,
                                        destinations: try sessionDestinations(startingAt: position),
                                        ptsOrigin: position - run.origin, metadata: streamMetadata,
                                        unpaced: !clock.isPaced)
        run.frames.restart()
    }
}
