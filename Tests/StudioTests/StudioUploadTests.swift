import Foundation
import Hummingbird
import HummingbirdTesting
import Studio
import Testing
import TestSupport

@Suite struct StudioUploadTests {
    static func file(_ path: String) throws -> ByteBuffer {
        ByteBuffer(bytes: try Data(contentsOf: URL(fileURLWithPath: repositoryPath(path))))
    }

    @Test func storesDecodedPicturesUnderTheBrandsFolder() async throws {
        let harness = try StudioHarness()
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin")
            let layer = try await client.execute(uri: "/studio/api/brands/hillside/sprites/momo/base.png", method: .put,
                                                 headers: lin, body: Self.file("personas/examples/sprites/momo/base.png"))
            #expect(layer.status == .created)
            #expect(layer.json["path"] as? String == "sprites/momo/base.png")
            #expect(FileManager.default.fileExists(atPath: harness.folder.path("personas/hillside/sprites/momo/base.png")))
            let image = try await client.execute(uri: "/studio/api/brands/hillside/images/tea-tin.png", method: .put,
                                                 headers: lin, body: Self.file("assets/demo/images/tea-tin.png"))
            #expect(image.status == .created && (image.json["width"] as? Int ?? 0) > 0)
            #expect(FileManager.default.fileExists(atPath: harness.folder.path("personas/hillside/images/tea-tin.png")))
        }
    }

    @Test func refusesWhatIsNotAPictureOrTooLarge() async throws {
        let harness = try StudioHarness(maxUploadBytes: 4_096)
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin")
            let big = try await client.execute(uri: "/studio/api/brands/hillside/images/big.png", method: .put, headers: lin,
                                               body: ByteBuffer(bytes: Data(repeating: 7, count: 5_000)))
            #expect(big.status == .contentTooLarge)
            let text = try await client.execute(uri: "/studio/api/brands/hillside/images/text.png", method: .put, headers: lin,
                                                body: ByteBuffer(string: "<?php echo 'hello'; ?>"))
            #expect(text.status == .unsupportedMediaType)
            // A PNG signature and header with alpha, then garbage: refused by decoding, not by the name.
            var fake = try Data(contentsOf: URL(fileURLWithPath: repositoryPath("personas/examples/sprites/momo/base.png")))
            fake.replaceSubrange(60..<fake.count, with: Data(repeating: 0xAB, count: fake.count - 60))
            let corrupt = try await client.execute(uri: "/studio/api/brands/hillside/sprites/p/base.png", method: .put,
                                                   headers: lin, body: ByteBuffer(bytes: fake))
            #expect(corrupt.status == .unsupportedMediaType)
            let opaque = try await client.execute(uri: "/studio/api/brands/hillside/sprites/p/base.png", method: .put,
                                                  headers: lin, body: StudioUploadTests.file("assets/demo/images/mug.png"))
            #expect(opaque.status == .unsupportedMediaType && (opaque.json["error"] as? String)?.contains("alpha") == true)
            let notALayer = try await client.execute(uri: "/studio/api/brands/hillside/sprites/p/face.png", method: .put,
                                                     headers: lin, body: StudioUploadTests.file("personas/examples/sprites/momo/base.png"))
            #expect(notALayer.status == .badRequest)
            let hillside = harness.folder.path("personas/hillside")
            let stored = FileManager.default.subpaths(atPath: hillside) ?? []
            #expect(!stored.contains { $0.hasSuffix(".png") })
        }
    }

    @Test(arguments: [
        "/studio/api/brands/hillside/images/..%2F..%2Fevil.png",
        "/studio/api/brands/hillside/images/..%2Frival%2Fevil.png",
        "/studio/api/brands/hillside/images/evil.png%00.txt",
        "/studio/api/brands/hillside/images/.evil.png",
        "/studio/api/brands/hillside/images/evil.sh",
        "/studio/api/brands/hillside/sprites/..%2F..%2Frival/base.png",
        "/studio/api/brands/..%2Frival/images/evil.png",
        "/studio/api/brands/hillside/images/../../rival/images/evil.png",
    ])
    func traversalAttemptsWriteNothing(uri: String) async throws {
        let harness = try StudioHarness()
        try await harness.withClient { client in
            let lin = try await signIn(client, "lin")
            let response = try await client.execute(uri: uri, method: .put, headers: lin,
                                                    body: StudioUploadTests.file("personas/examples/sprites/momo/base.png"))
            #expect([.badRequest, .notFound, .forbidden].contains(response.status), "\(response.status)")
        }
        let everything = FileManager.default.subpaths(atPath: harness.folder.url.path) ?? []
        #expect(!everything.contains { $0.hasSuffix(".png") || $0.contains("evil") })
    }
}
