import Foundation
import Hummingbird
import HummingbirdTesting
import MediaIO
import Studio
import Testing
import TestSupport

/// Decompression bombs and heavy previews: sizes are read from the header before decoding,
/// only PNG, JPEG and WebP are decoded, and preview lines and speech are bounded.
@Suite struct StudioHeavyWorkTests {
    /// A PNG signature and an IHDR chunk claiming `width` x `height`, then a little data.
    static func pngHeader(width: UInt32, height: UInt32) -> Data {
        func be(_ value: UInt32) -> [UInt8] { [24, 16, 8, 0].map { UInt8(value >> $0 & 0xFF) } }
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
            + be(width) + be(height) + [8, 6, 0, 0, 0, 0, 0, 0, 0]
        return Data(bytes + Array(repeating: 0, count: 200))
    }

    /// A JPEG start, a comment, and a baseline frame header claiming `width` x `height`.
    static func jpegHeader(width: UInt16, height: UInt16) -> Data {
        let comment: [UInt8] = [0xFF, 0xFE, 0, 6] + Array("bomb".utf8)
        let frame: [UInt8] = [0xFF, 0xC0, 0, 17, 8, UInt8(height >> 8), UInt8(height & 0xFF), UInt8(width >> 8), UInt8(width & 0xFF),
                              3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]
        return Data([0xFF, 0xD8] + comment + frame + Array(repeating: 0, count: 200))
    }

    @Test(arguments: [(pngHeader(width: 16_000, height: 16_000), "16000x16000"), (pngHeader(width: 5_000, height: 5_000), "5000x5000"),
                      (jpegHeader(width: 20_000, height: 20_000), "20000x20000")])
    func aPictureTooLargeToDecodeIsRefusedByItsHeader(data: Data, size: String) async throws {
        let harness = try StudioHarness()
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin")
            let response = try await client.execute(uri: "/studio/api/brands/hillside/images/big.png", method: .put, headers: lin,
                                                    body: ByteBuffer(bytes: data))
            #expect(response.status == .contentTooLarge, "\(response.text)")
            #expect((response.json["error"] as? String)?.contains(size) == true, "\(response.text)")
        }
        #expect(!FileManager.default.fileExists(atPath: harness.folder.path("personas/hillside/images/big.png")))
    }

    /// A text file libav would open as a playlist of other files (ffconcat) is not a picture,
    /// whatever its name says.
    @Test func aPlaylistNamedPNGIsNotDecoded() async throws {
        let harness = try StudioHarness()
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin")
            let picture = try Data(contentsOf: URL(fileURLWithPath: repositoryPath("assets/demo/images/mug.png")))
            let stored = try await client.execute(uri: "/studio/api/brands/hillside/images/mug.png", method: .put, headers: lin,
                                                  body: ByteBuffer(bytes: picture))
            #expect(stored.status == .created)
            let playlist = "ffconcat version 1.0\nfile mug.png\n"
            let response = try await client.execute(uri: "/studio/api/brands/hillside/images/list.png", method: .put, headers: lin,
                                                    body: ByteBuffer(string: playlist))
            #expect(response.status == .unsupportedMediaType, "\(response.text)")
        }
        #expect(!FileManager.default.fileExists(atPath: harness.folder.path("personas/hillside/images/list.png")))
        // The decoder itself refuses it too, for every caller (catalog pictures, sprite layers).
        let list = try harness.folder.write("list.png", "ffconcat version 1.0\nfile personas/hillside/images/mug.png\n")
        #expect { try ImageDecoder.decode(path: list) } throws: { "\($0)".contains("not a PNG, JPEG or WebP") }
    }

    /// The size of a WAV file's `data` chunk (48 kHz 16-bit stereo here: 4 bytes a sample).
    static func wavDataBytes(_ wav: Data) -> Int? {
        let bytes = [UInt8](wav)
        var offset = 12
        while offset + 8 <= bytes.count {
            let size = (0..<4).reduce(0) { $0 | Int(bytes[offset + 4 + $1]) << (8 * $1) }
            if String(decoding: bytes[offset..<offset + 4], as: UTF8.self) == "data" { return size }
            offset += 8 + size + size % 2
        }
        return nil
    }

    @Test func aPreviewLineIsBounded() async throws {
        let harness = try StudioHarness()
        let fields = try StudioHarness.avaFields()
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin")
            let line = String(repeating: "Lovely tea. ", count: 50)
            let response = try await client.execute(uri: "/studio/api/brands/hillside/personas/ava/preview/wav", method: .post,
                                                    headers: lin, body: jsonBody(fields: fields, product: "mug-02", line: line))
            #expect(response.status == .badRequest && (response.json["error"] as? String)?.contains("at most 500") == true)
        }
    }

    /// The spoken preview stops at the speech limit, at a sentence boundary.
    @Test func previewSpeechIsBounded() async throws {
        let harness = try StudioHarness(adjust: { $0.maxPreviewSpeech = .seconds(6) })
        let fields = try StudioHarness.avaFields()
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin")
            let audio = try await client.execute(uri: "/studio/api/brands/hillside/personas/ava/preview/wav", method: .post,
                                                 headers: lin, body: jsonBody(fields: fields, product: "mug-02"))
            #expect(audio.status == .ok)
            let seconds = Double(try #require(Self.wavDataBytes(Data(audio.body.readableBytesView)))) / 4 / 48_000
            #expect(seconds > 0.5 && seconds <= 6.05, "\(seconds) s")
            // One line longer than the limit is refused with a reason.
            let long = try await client.execute(uri: "/studio/api/brands/hillside/personas/ava/preview/wav", method: .post, headers: lin,
                                                body: jsonBody(fields: fields, product: "mug-02",
                                                               line: String(repeating: "Our tea is lovely and warm, ", count: 12)))
            #expect(long.status == .badRequest)
            #expect((long.json["error"] as? String)?.contains("shorten it") == true, "\(long.text)")
        }
    }
}
