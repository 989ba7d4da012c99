@testable import Comments
import Testing

@Suite struct WebhookVerifierTests {
    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// RFC 4231 test cases 1, 2 and 6 (a key longer than the block).
    @Test(arguments: [
        ([UInt8](repeating: 0x0b, count: 20), "Hi There", "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
        (Array("Jefe".utf8), "what do ya want for nothing?", "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
        ([UInt8](repeating: 0xaa, count: 131), "Test Using Larger Than Block-Size Key - Hash Key First",
         "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
    ])
    func hmacMatchesRFC4231(key: [UInt8], message: String, expected: String) {
        #expect(HMACSHA256.hex(HMACSHA256.mac(key: key, message: bytes(message))) == expected)
    }

    @Test func sha256OfEmptyAndLongInput() {
        #expect(HMACSHA256.hex(SHA256.hash([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        // 56 bytes: the padding spills into a second block.
        #expect(HMACSHA256.hex(SHA256.hash(bytes("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func acceptsASignedFreshRequestOnceAndRefusesTheRest() {
        let secret = bytes("s3cret-for-tests-only")
        var verifier = WebhookVerifier(secret: secret, replayWindow: 300)
        let body = bytes(#"{"events":[]}"#)
        let signature = "sha256=" + WebhookVerifier.sign(secret: secret, timestamp: "1000", body: body)
        #expect(verifier.check(body: body, timestamp: "1000", signature: signature, now: 1_010) == .accepted)
        #expect(verifier.check(body: body, timestamp: "1000", signature: signature, now: 1_020) == .replayed)
        #expect(verifier.check(body: bytes(#"{"events":[1]}"#), timestamp: "1000", signature: signature, now: 1_010) == .badSignature)
        #expect(verifier.check(body: body, timestamp: "1001", signature: signature, now: 1_010) == .badSignature)
        #expect(verifier.check(body: body, timestamp: nil, signature: signature, now: 1_010) == .missingHeaders)
        let old = "sha256=" + WebhookVerifier.sign(secret: secret, timestamp: "500", body: body)
        #expect(verifier.check(body: body, timestamp: "500", signature: old, now: 1_010) == .stale(secondsOff: 510))
        let wrongKey = "sha256=" + WebhookVerifier.sign(secret: bytes("another"), timestamp: "1000", body: body)
        #expect(verifier.check(body: body, timestamp: "1000", signature: wrongKey, now: 1_010) == .badSignature)
    }
}
