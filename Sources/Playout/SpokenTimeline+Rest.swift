import StandInCore

extension SpokenTimeline {
    /// What is left of line `index` from `sample` on (its speech and pause), as a timeline of
    /// its own: where the host carries on after breaking off mid-sentence for a viewer.
    /// Not padded to whole frames; `SpokenTimelineBuilder.append(_:within:)` places it.
    public func rest(ofLine index: Int, from sample: Int) -> SpokenTimeline {
        let line = lines[index]
        let from = min(max(sample, line.start), line.end)
        let audioRange = min(from, audio.count)..<min(line.end, audio.count)
        let length = line.end - from
        return SpokenTimeline(audio: Array(audio[audioRange]),
                              lines: [line.moved(by: -from, cappedAt: line.end - from)],
                              visemes: visemes.slice(from: from, to: line.end), length: length, spokenLength: length)
    }
}

extension SpokenTimeline.TimedLine {
    /// The line `offset` samples later (earlier when negative), its marks before 0 dropped and
    /// its end no later than `cap`.
    func moved(by offset: Int, cappedAt cap: Int) -> Self {
        var line = self
        line.start = max(0, start + offset)
        line.speechEnd = min(cap, speechEnd + offset)
        line.end = min(cap, end + offset)
        line.wordStarts = wordStarts.map { $0 + offset }.filter { $0 > line.start && $0 < line.speechEnd }
        line.clauseEnds = clauseEnds.map { $0 + offset }.filter { $0 > line.start && $0 < line.speechEnd }
        return line
    }
}
