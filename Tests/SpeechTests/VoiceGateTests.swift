import StandInCore
import Testing
@testable import Speech

/// Only names of installed voices reach espeak-ng: 1.51 reads a voice name as a path under
/// its voices folder and crashes (SIGSEGV) on `.`, `/`, `..` and `./`.
@Suite("Voice gate")
struct VoiceGateTests {
    @Test("path-like and empty names are refused before espeak-ng sees them, with the unknownVoice error",
          arguments: [".", "/", "..", "./", "../", "", " ", "gmw", "gmw/", "/en-us", "./en-us", "../voices/en", "en-us/", "en us"])
    func refused(name: String) throws {
        let speech = try SpeechSynthesizer.shared()
        #expect(throws: SpeechError.unknownVoice(name)) { try speech.checkVoice(name) }
        var voice = Fixtures.english
        voice.espeakVoice = name
        #expect(throws: SpeechError.unknownVoice(name)) { try speech.synthesize("hello", voice: voice) }
    }

    @Test("installed languages and voice files are accepted, without regard to case",
          arguments: ["en-us", "EN-US", "en", "cmn-latn-pinyin", "yue", "gmw/en-US", "en-US"])
    func accepted(name: String) throws {
        let speech = try SpeechSynthesizer.shared()
        let passed = try speech.checkVoice(name)
        #expect(passed.lowercased() == name.lowercased())
        var voice = Fixtures.english
        voice.espeakVoice = name
        #expect(try speech.synthesize("hello", voice: voice).length > 0)
    }

    @Test("every installed voice listed passes the gate")
    func everyListedVoicePasses() throws {
        let speech = try SpeechSynthesizer.shared()
        #expect(speech.installedVoices().count > 50)
        for name in speech.installedVoices() { #expect(throws: Never.self) { try speech.checkVoice(name) } }
    }

    @Test("a refused name says which installed voices are close")
    func closeMatches() {
        #expect(SpeechError.unknownVoice("en_us").description.contains("did you mean: en-us"))
    }
}
