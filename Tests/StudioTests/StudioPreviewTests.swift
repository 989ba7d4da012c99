import Foundation
import Hummingbird
import HummingbirdTesting
import MediaIO
import Studio
import Testing
import TestSupport

@Suite struct StudioPreviewTests {
    @Test func stillIsARealFrameOfTheHostAndAudioIsSpeech() async throws {
        let harness = try StudioHarness()
        let fields = try StudioHarness.avaFields()
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin")
            let base = "/studio/api/brands/hillside/personas/ava/preview"
            let still = try await client.execute(uri: base + "/png", method: .post, headers: lin,
                                                 body: jsonBody(fields: fields, product: "mug-02"))
            #expect(still.status == .ok && still.headers[.contentType] == "image/png")
            let png = harness.folder.path("still.png")
            try Data(still.body.readableBytesView).write(to: URL(fileURLWithPath: png))
            let image = try ImageDecoder.decode(path: png)
            #expect(image.width == 360 && image.height == 640)
            // The drawn host's outfit colour (#2F5D8A) and the background (#E7EEF5) are both in the frame.
            var outfit = 0, background = 0
            for offset in stride(from: 0, to: image.pixels.count, by: 4) {
                let rgb = (image.pixels[offset], image.pixels[offset + 1], image.pixels[offset + 2])
                if rgb == (0x2F, 0x5D, 0x8A) { outfit += 1 }
                if rgb == (0xE7, 0xEE, 0xF5) { background += 1 }
            }
            #expect(outfit > 1_000 && background > 10_000)

            let audio = try await client.execute(uri: base + "/wav", method: .post, headers: lin,
                                                 body: jsonBody(fields: fields, product: "mug-02", line: "Hello from the studio."))
            #expect(audio.status == .ok && audio.headers[.contentType] == "audio/wav")
            let wav = Data(audio.body.readableBytesView)
            #expect(wav.prefix(4) == Data("RIFF".utf8) && wav.count > 48_000)  // more than an eighth of a second of 48 kHz stereo

            let unknown = try await client.execute(uri: base + "/gif", method: .post, headers: lin, body: jsonBody(fields: fields))
            #expect(unknown.status == .notFound)
        }
    }

    @Test func aPersonaThatDoesNotLoadGetsAReasonNotAPreview() async throws {
        let harness = try StudioHarness()
        var edited = try StudioHarness.avaFields()
        edited["voice.espeak"] = ""
        let fields = edited
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin")
            let response = try await client.execute(uri: "/studio/api/brands/hillside/personas/ava/preview/png", method: .post,
                                                    headers: lin, body: jsonBody(fields: fields))
            #expect(response.status == .badRequest)
            #expect((response.json["error"] as? String)?.lowercased().contains("voice") == true)
        }
    }
}
