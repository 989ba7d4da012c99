extension Persona {
    /// How the host sounds, fixed per persona. Every number reaches espeak-ng unchanged
    /// (clamped to its ranges); nothing in a catalog or template can alter it.
    public struct Voice: Sendable, Equatable {
        /// espeak-ng voice name, e.g. `cmn-latn-pinyin`, `en-us`.
        public var espeakVoice: String
        /// Words per minute (espeak-ng: 80–450).
        public var rate: Int
        /// Base pitch, 0–100.
        public var pitch: Int
        /// Pitch range (espeak-ng `espeakRANGE`): 0 is a monotone, 50 normal, 100 lively.
        public var pitchRange: Int
        /// Loudness (espeak-ng `espeakVOLUME`), 0–200; 100 is normal.
        public var volume: Int
        /// Silence after each sentence, in milliseconds.
        public var pauseAfterSentenceMs: Int
        /// How to say brand and product names: applied to the spoken text of every line
        /// (longest match first) before synthesis; captions keep the written form.
        public var pronunciations: [Pronunciation]
        /// Silence after the last sentence of a segment (greeting, intro, offer …), in milliseconds.
        public var pauseBetweenSegmentsMs: Int

        /// `pauseBetweenSegmentsMs` defaults to the sentence pause.
        public init(espeakVoice: String, rate: Int, pitch: Int, pauseAfterSentenceMs: Int,
                    pitchRange: Int = 50, volume: Int = 100, pauseBetweenSegmentsMs: Int? = nil, pronunciations: [Pronunciation] = []) {
            self.espeakVoice = espeakVoice; self.rate = rate; self.pitch = pitch
            self.pauseAfterSentenceMs = pauseAfterSentenceMs
            self.pitchRange = pitchRange; self.volume = volume
            self.pauseBetweenSegmentsMs = pauseBetweenSegmentsMs ?? pauseAfterSentenceMs
            self.pronunciations = pronunciations
        }
    }
}
