import CEspeakNG

/// Collects the samples and events espeak-ng hands to its synth callback during one
/// `espeak_Synth` call.
///
/// Not Sendable: one recorder lives on the stack of one `synthesize` call, and with
/// `AUDIO_OUTPUT_SYNCHRONOUS` the callback runs on that same thread. It reaches the callback
/// through `user_data` (see `synthCallback`), never through a global.
final class SynthesisRecorder {
    let sampleRate: Int
    private(set) var samples: [Int16] = []
    private(set) var events: [RawEvent] = []

    init(sampleRate: Int) { self.sampleRate = sampleRate }

    /// Appends one chunk of audio and the events that come with it.
    func record(wav: UnsafePointer<Int16>?, count: Int, events list: UnsafePointer<espeak_EVENT>) {
        var event = list
        while event.pointee.type != espeakEVENT_LIST_TERMINATED {
            if let kind = Self.kind(of: event.pointee) {
                let sample = EventTimeline.sample(reported: Int(event.pointee.sample),
                                                  audioPositionMs: Int(event.pointee.audio_position),
                                                  sampleRate: sampleRate)
                events.append(RawEvent(kind: kind, sample: sample))
            }
            event += 1
        }
        if let wav, count > 0 {
            samples.append(contentsOf: UnsafeBufferPointer(start: wav, count: count))
        }
    }

    /// The events a timeline needs; SENTENCE, MARK, PLAY and SAMPLERATE are dropped.
    private static func kind(of event: espeak_EVENT) -> RawEvent.Kind? {
        switch event.type {
        case espeakEVENT_WORD:
            .word(textPosition: Int(event.text_position), length: Int(event.length))
        case espeakEVENT_PHONEME:
            .phoneme(phonemeName(event.id.string))
        case espeakEVENT_END:
            .end
        default:
            nil
        }
    }

    /// The UTF-8 name in an event's `id.string`: up to 8 bytes, NUL-terminated when shorter.
    private static func phonemeName(_ bytes: (CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar)) -> String {
        withUnsafeBytes(of: bytes) { raw in
            let used = raw.prefix { $0 != 0 }
            return String(decoding: used, as: UTF8.self)
        }
    }
}

/// espeak-ng's synth callback: hands each chunk to the `SynthesisRecorder` passed as
/// `user_data` to `espeak_Synth` (every event, including the list terminator, carries it).
/// Returns 0 to continue, 1 to abort when no recorder is attached.
let synthCallback: @convention(c) (UnsafeMutablePointer<Int16>?, Int32, UnsafeMutablePointer<espeak_EVENT>?) -> Int32 = {
    wav, count, events in
    guard let events, let context = events.pointee.user_data else { return 1 }
    let recorder = Unmanaged<SynthesisRecorder>.fromOpaque(context).takeUnretainedValue()
    recorder.record(wav: UnsafePointer(wav), count: Int(count), events: UnsafePointer(events))
    return 0
}
