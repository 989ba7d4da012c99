import StandInCore

extension PlanSettings {
    /// A warning when the catalog cannot fill the rotation: the products that may air take
    /// less time per round (at the estimated lengths) than the minimum gap before a product
    /// may return, so the rest of each round is fillers, or music when there is nothing to say.
    public func rotationWarnings() -> [FileError] {
        let rate = MediaClock.sampleRate
        let rotating = products.filter { $0.weight > 0 && ($0.stock ?? 1) > 0 }
        let line = channel.textLines["rotation.min_gap_minutes"] ?? channel.source.line
        guard !rotating.isEmpty else {
            return [FileError(file: channel.file, line: line, field: "rotation",
                              problem: "leaves no product to present (every weight is 0 or every product is out of stock)")]
        }
        let block = channel.flow.product.map { lengths.estimate(Segment.Kind($0)) }.reduce(0, +)
        let gap = channel.rotation.minGapMinutes * 60 * rate
        let idle = gap - (rotating.count - 1) * block
        guard idle > 0, block > 0 else { return [] }
        let share = 100 * idle / (idle + rotating.count * block)
        let filling = fillers.isEmpty
            ? "music with no host (the channel has no filler lines and the persona no catchphrases, transitions or disclosure)"
            : "fillers (\(channel.fillerLines.isEmpty ? "the persona's catchphrases, transitions and disclosure" : "the channel's filler lines"))"
        return [FileError(file: channel.file, line: line, field: "rotation.min_gap_minutes",
                          problem: "(\(channel.rotation.minGapMinutes)) is longer than a round of the \(rotating.count) product(s) in "
                          + "rotation (about \(rotating.count * block / rate / 60) min), so about \(share)% of the virtual host's "
                          + "air time is \(filling); add products or lower min_gap_minutes")]
    }
}
