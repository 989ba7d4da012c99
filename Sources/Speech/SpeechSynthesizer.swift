import CEspeakNG
import Foundation
import StandInCore

/// One owner of espeak-ng's process-global state.
///
/// espeak-ng keeps its voice, parameters and callback in globals, and in 1.51 a second
/// `espeak_Initialize` after `espeak_Terminate` makes a later call hang. So the process has
/// one synthesizer, initialized on first use and never terminated.
///
/// ```swift
/// let speech = try SpeechSynthesizer.shared()
/// let utterance = try speech.synthesize("欢迎来到直播间", voice: persona.voice)
/// let mouth = utterance.visemes(atSampleRate: MediaClock.sampleRate)
/// ```
///
/// `@unchecked Sendable`: every espeak-ng call after initialization, and every use of `cache`,
/// happens while holding `lock`, so calls from any thread are serialized. `voices` is immutable.
public final class SpeechSynthesizer: @unchecked Sendable {
    /// Serializes all espeak-ng calls (voice, parameters, synthesis).
    private let lock = NSLock()
    /// espeak-ng's output rate, from `espeak_Initialize` (22050).
    private let sampleRate: Int
    private let voices: [String]
    /// Every name espeak-ng may be given, lowercased, to the name passed on: each voice's
    /// languages and file identifier. Nothing else reaches `espeak_SetVoiceByName`.
    private let acceptedNames: [String: String]
    /// Finished utterances by request; guarded by `lock`.
    private var cache = UtteranceCache()
    /// The voice espeak-ng has loaded (its voice file and dictionary); guarded by `lock`.
    /// Selecting it again would read both files again, which fails once the process is out
    /// of file handles: so a voice is loaded when it changes, not for every line.
    private var loadedVoice: String?

    private static let instance = Result { try SpeechSynthesizer() }

    /// The process's synthesizer; the first call initializes espeak-ng (once per process).
    public static func shared() throws -> SpeechSynthesizer {
        try instance.get()
    }

    private init() throws(SpeechError) {
        // DONT_EXIT: without it espeak-ng calls exit() when its data files are missing.
        let options = espeakINITIALIZE_PHONEME_EVENTS | espeakINITIALIZE_DONT_EXIT
        let rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nil, Int32(options))
        guard rate > 0 else { throw .initializationFailed }
        espeak_SetSynthCallback(synthCallback)
        sampleRate = Int(rate)
        let listed = Self.listVoices()
        voices = listed.languages
        acceptedNames = listed.accepted
    }

    /// Speaks `text` with `voice` and returns the audio with word and phoneme positions.
    ///
    /// Blocks until synthesis is done (about 1 ms per second of audio) and waits for other
    /// callers first: run it off the cooperative thread pool. Rate is clamped to 80...450
    /// words per minute, pitch and pitch range to 0...100 and volume to 0...200, espeak-ng's
    /// ranges. `text` is spoken as given: pronunciation fixes are applied before (Scripting). Adds no silence of its own:
    /// `voice.pauseAfterSentenceMs` is for whoever joins utterances. Repeating a request returns
    /// the identical utterance from a cache (see `UtteranceCache` for why).
    public func synthesize(_ text: String, voice: Persona.Voice) throws -> Utterance {
        let settings = Settings(voice)
        let key = UtteranceCache.Key(text: text, voice: settings.name, rate: settings.rate, pitch: settings.pitch,
                                     pitchRange: settings.pitchRange, volume: settings.volume)
        return try lock.withLock {
            if let cached = cache.utterance(for: key) { return cached }
            let recorder = try recordLocked(text, settings: settings)
            let marks = EventTimeline.marks(from: recorder.events, sampleCount: recorder.samples.count, text: text)
            let utterance = Utterance(text: text, samples: recorder.samples, sampleRate: sampleRate,
                                      words: marks.words, phonemes: marks.phonemes, clauseEnds: marks.clauseEnds)
            cache.insert(utterance, for: key)
            return utterance
        }
    }

    /// Runs one `espeak_Synth`, bypassing the cache, and returns what its callback collected
    /// before any clean-up of the event positions.
    func record(_ text: String, voice: Persona.Voice) throws -> SynthesisRecorder {
        try lock.withLock { try recordLocked(text, settings: Settings(voice)) }
    }

    /// Loads `voice`'s files (voice and dictionary) now, so that speaking later opens no file:
    /// called when a stream starts and when it airs a new persona.
    public func load(_ voice: Persona.Voice) throws {
        try lock.withLock { try select(Settings(voice)) }
    }

    /// `record` for a caller that holds `lock`.
    private func recordLocked(_ text: String, settings: Settings) throws -> SynthesisRecorder {
        try select(settings)
        let recorder = SynthesisRecorder(sampleRate: sampleRate)
        let bytes = Array(text.utf8CString)
        let context = Unmanaged.passUnretained(recorder).toOpaque()
        let result = withExtendedLifetime(recorder) {
            bytes.withUnsafeBytes { buffer in
                espeak_Synth(buffer.baseAddress, buffer.count, 0, POS_CHARACTER, 0,
                             UInt32(espeakCHARS_UTF8), nil, context)
            }
        }
        guard result == EE_OK else {
            throw SpeechError.synthesisFailed(reason: "espeak_Synth returned \(espeakErrorName(result.rawValue))")
        }
        return recorder
    }

    /// espeak-ng voice names, e.g. "en-us", "cmn-latn-pinyin": each voice's main language.
    public func installedVoices() -> [String] { voices }

    /// The name to hand espeak-ng for `name`, when it is one of the installed voices: a
    /// language any installed voice lists (`en`, `en-us`, `cmn-latn-pinyin`) or a voice file's
    /// identifier (`gmw/en-US`, `en-US`), compared without case. Anything else (`.`, `/`, `..`, a
    /// path, a typo) throws `SpeechError.unknownVoice` with close matches: espeak-ng 1.51
    /// reads a name as a path under its voices folder and crashes on some (`.` is a folder).
    /// `channel validate`, `persona validate` and every synthesis use this one check.
    public func checkVoice(_ name: String) throws(SpeechError) -> String {
        guard let accepted = acceptedNames[name.lowercased()] else { throw .unknownVoice(name) }
        return accepted
    }

    /// The voice as espeak-ng gets it: every number clamped to its range.
    private struct Settings {
        var name: String
        var rate: Int
        var pitch: Int
        var pitchRange: Int
        var volume: Int

        init(_ voice: Persona.Voice) {
            name = voice.espeakVoice
            rate = min(max(voice.rate, 80), 450)
            pitch = min(max(voice.pitch, 0), 100)
            pitchRange = min(max(voice.pitchRange, 0), 100)
            volume = min(max(voice.volume, 0), 200)
        }
    }

    /// Sets voice, rate, pitch, pitch range and volume for the next `espeak_Synth`.
    /// Caller holds `lock`. The voice is loaded only when it changes (see `loadedVoice`);
    /// every parameter is set each time: they are espeak-ng globals.
    private func select(_ settings: Settings) throws {
        let name = try checkVoice(settings.name)
        if loadedVoice != name {
            loadedVoice = nil
            errno = 0
            let status = espeak_SetVoiceByName(name)
            guard status == EE_OK else {
                let cause = errno == 0 ? "" : ", \(String(cString: strerror(errno)))"
                throw SpeechError.synthesisFailed(
                    reason: "voice '\(settings.name)' could not be loaded (espeak-ng: \(espeakErrorName(status.rawValue))\(cause))")
            }
            loadedVoice = name
        }
        let parameters = [(espeakRATE, settings.rate), (espeakPITCH, settings.pitch),
                          (espeakRANGE, settings.pitchRange), (espeakVOLUME, settings.volume)]
        for (parameter, value) in parameters {
            let result = espeak_SetParameter(parameter, Int32(value), 0)
            guard result == EE_OK else {
                throw SpeechError.synthesisFailed(
                    reason: "setting parameter \(parameter.rawValue) to \(value) returned \(espeakErrorName(result.rawValue))")
            }
        }
    }

    /// The first language of every voice espeak-ng lists, sorted, and every name a voice
    /// answers to (all its languages and its file identifier). Called during `init`.
    private static func listVoices() -> (languages: [String], accepted: [String: String]) {
        guard var entry = espeak_ListVoices(nil) else { return ([], [:]) }
        var names: Set<String> = []
        var accepted: [String: String] = [:]
        while let voice = entry.pointee {
            // `languages` is a list of (priority byte, NUL-terminated name), ended by a 0 byte.
            if var language = voice.pointee.languages, language.pointee != 0 {
                names.insert(String(cString: language + 1))
                while language.pointee != 0 {
                    let name = String(cString: language + 1)
                    if !name.isEmpty { accepted[name.lowercased()] = accepted[name.lowercased()] ?? name }
                    language += 1 + strlen(language + 1) + 1
                }
            }
            if let identifier = voice.pointee.identifier {
                // The file identifier (`gmw/en-US`) and its file name (`en-US`), which espeak-ng also matches.
                let path = String(cString: identifier)
                for name in [path, String(path.split(separator: "/").last ?? "")] where !name.isEmpty {
                    accepted[name.lowercased()] = accepted[name.lowercased()] ?? name
                }
            }
            entry += 1
        }
        return (names.sorted(), accepted)
    }
}
