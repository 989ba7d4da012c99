import Foundation
import StandInCore

extension RenderStage {
    /// Encodes the feed's frames, held to the channel clock, until a switch or the block's end:
    /// the render stays up to the lookahead ahead of the clock, a feed slower than real time
    /// has a frame repeated now and then, a faster one a frame dropped (`FeedPacing`).
    func airFeed(_ block: inout RelayBlockProgress, _ ingest: RelayIngest) throws {
        guard let session = self.session else { return }
        let actions = ingest.poll(timeout: .milliseconds(40))
        let counted = ingest.pacingCounts
        while block.position < block.end, !stopRequested {
            let frames = ingest.nextFrames(lead: clock.lead(of: block.position - origin))
            if frames.isEmpty { break }
            for frame in frames where block.position < block.end {
                let packets = switch frame.picture {
                case .new(let image): try session.encode(image, frame: self.frames.next(), changed: nil, audio: frame.audio)
                case .repeatLast: try session.encodeAgain(frame: self.frames.next(), audio: frame.audio)
                }
                for packet in packets { emit(.packet(packet, session.outputs), at: block.position) }
                block.position += video.samplesPerFrame
            }
        }
        block.feedFrames += ingest.pacingCounts - counted
        logPacing(&block, ingest)
        carryOut(actions, ingest, &block)
    }

    /// Once per status period of stream, when frames were repeated or dropped since the last
    /// line: how many, and where the render stands against the clock.
    private func logPacing(_ block: inout RelayBlockProgress, _ ingest: RelayIngest) {
        let since = block.feedFramesLoggedAt ?? block.segment.start
        guard block.position - since >= options.statusEverySeconds * MediaClock.sampleRate else { return }
        let new = block.feedFrames - block.feedFramesLogged
        block.feedFramesLoggedAt = block.position
        guard new != FeedPacing.Counts() else { return }
        block.feedFramesLogged = block.feedFrames
        let lead = clock.lead(of: block.position - origin).map { "\($0 / 48)" } ?? "-"
        logger.info("relay feed paced", metadata: [
            "repeated": "\(new.repeated)", "dropped": "\(new.dropped)", "seconds": "\((block.position - since) / MediaClock.sampleRate)",
            "repeated_total": "\(block.feedFrames.repeated)", "dropped_total": "\(block.feedFrames.dropped)",
            "lead_ms": "\(lead)", "backlog": "\(ingest.backlog)", "pts_ms": "\((block.position - origin) / 48)",
        ])
    }
}
