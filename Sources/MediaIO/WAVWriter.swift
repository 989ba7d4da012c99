import Foundation

/// Writes PCM audio as a RIFF/WAVE file (16-bit little-endian), with an optional comment in
/// a LIST/INFO chunk. Pure Swift: a WAV needs no codec.
///
/// ```swift
/// try WAVWriter.write(interleaved: stereo48k, channels: 2, sampleRate: 48_000,
///                     comment: "AI-generated content", to: "preview.wav")
/// ```
public enum WAVWriter {
    /// Writes `samples` (interleaved Float in -1...1, clipped) to `<path>.partial`, then
    /// renames it to `path`, so the file appears only when complete.
    public static func write(interleaved samples: [Float], channels: Int, sampleRate: Int, comment: String? = nil,
                             to path: String) throws {
        guard channels > 0, sampleRate > 0, samples.count % channels == 0 else {
            throw MediaIOError.invalidInput("WAV needs whole frames of \(channels) channels at a positive rate")
        }
        var pcm = Data(capacity: samples.count * 2)
        for sample in samples {
            let value = Int16(max(-1, min(1, sample)) * 32_767)
            withUnsafeBytes(of: value.littleEndian) { pcm.append(contentsOf: $0) }
        }
        var info = Data()
        if let comment {
            var text = Data(comment.utf8) + [0]
            if text.count % 2 == 1 { text.append(0) }
            info = Data("INFO".utf8) + chunk("ICMT", text)
        }
        var body = Data("WAVE".utf8)
        body += chunk("fmt ", uint16(1) + uint16(channels) + uint32(sampleRate)
                      + uint32(sampleRate * channels * 2) + uint16(channels * 2) + uint16(16))
        if !info.isEmpty { body += chunk("LIST", info) }
        body += chunk("data", pcm)
        let file = chunk("RIFF", body)
        let partial = path + ".partial"
        do {
            try file.write(to: URL(fileURLWithPath: partial))
        } catch {
            throw MediaIOError.file(operation: "write WAV", path: partial, reason: error.localizedDescription)
        }
        guard rename(partial, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(partial)
            throw MediaIOError.file(operation: "rename '\(partial)' to", path: path, reason: reason)
        }
    }

    private static func chunk(_ tag: String, _ payload: Data) -> Data {
        var data = Data(tag.utf8) + uint32(payload.count) + payload
        if payload.count % 2 == 1 { data.append(0) }
        return data
    }

    private static func uint32(_ value: Int) -> Data { withUnsafeBytes(of: UInt32(value).littleEndian) { Data($0) } }
    private static func uint16(_ value: Int) -> Data { withUnsafeBytes(of: UInt16(value).littleEndian) { Data($0) } }
}
