import Foundation

extension RenderStage {
    /// Opens the publishing session if none is open (the first virtual segment, the first
    /// after a yielded shift, or a relayed shift the process started in); its pts continue
    /// the one output timeline from `position`.
    ///
    /// Opening connects to every destination and publishes, so it waits until `position`
    /// is the lookahead from air: after a yielded shift the room stays free for the human
    /// host's own encoder until then. A stop during the wait leaves no session.
    func openSessionIfNeeded(at position: Int) throws {
        guard session == nil else { return }
        guard clock.wait(until: position - origin - options.lookaheadSamples, stopped: { stopRequested }) else { return }
        session = try EncodeSession(video: video, preset: options.preset, threads: options.encoderThreads,
                                        destinations: try sessionDestinations(startingAt: position),
                                        ptsOrigin: position - origin, metadata: streamMetadata,
                                        unpaced: !clock.isPaced, makeSink: options.makeSink)
        frames.restart()
    }
}
