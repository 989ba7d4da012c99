/// Recently synthesized utterances, so the same text and voice give the same samples.
///
/// espeak-ng 1.51 is not history-free: its pitch flutter phase (a function-static counter in
/// the wave generator) and some intonation state carry over from one `espeak_Synth` to the
/// next, so repeating a request gives audio that differs slightly (a few ms per clause) from
/// the first. Only a fresh process resets them, and re-initializing hangs. Remembering results
/// makes repeats identical and free; a livestream repeats its greetings and calls to action.
///
/// Not Sendable on purpose: `SpeechSynthesizer` keeps it behind its lock.
struct UtteranceCache {
    /// What decides the audio: the text and the voice settings espeak-ng sees.
    struct Key: Hashable {
        var text: String
        var voice: String
        var rate: Int
        var pitch: Int
        var pitchRange: Int = 50
        var volume: Int = 100
    }

    /// Most samples kept in total; about 68 s of audio, 3 MB, at 22050 Hz (a live channel's
    /// greetings, disclosures and calls to action come round within that; more only costs
    /// resident memory, which a 24-hour stream on a small machine counts).
    let sampleBudget: Int
    private var entries: [Key: Utterance] = [:]
    /// Keys from least to most recently used.
    private var order: [Key] = []
    private var storedSamples = 0

    init(sampleBudget: Int = 1_500_000) { self.sampleBudget = sampleBudget }

    /// The stored utterance for `key`, marked as just used.
    mutating func utterance(for key: Key) -> Utterance? {
        guard let found = entries[key] else { return nil }
        touch(key)
        return found
    }

    /// Stores `utterance`, dropping the least recently used ones beyond the budget.
    mutating func insert(_ utterance: Utterance, for key: Key) {
        guard utterance.length <= sampleBudget else { return }
        if let old = entries.updateValue(utterance, forKey: key) {
            storedSamples -= old.length
        }
        storedSamples += utterance.length
        touch(key)
        while storedSamples > sampleBudget, let oldest = order.first {
            order.removeFirst()
            storedSamples -= entries.removeValue(forKey: oldest)?.length ?? 0
        }
    }

    private mutating func touch(_ key: Key) {
        order.removeAll { $0 == key }
        order.append(key)
    }
}
