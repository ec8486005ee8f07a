import Foundation
import Testing

@testable import OnRecordCore

struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func knownVectors(message: String, expected: String) {
        #expect(SHA256.hexDigest(of: message) == expected)
        #expect(SHA256.hexDigest(of: Data(message.utf8)) == expected)
    }

    @Test func stringIsHashedAsUTF8() {
        let message = "Jérôme said “peace”"
        #expect(SHA256.hexDigest(of: message) == SHA256.hexDigest(of: Data(message.utf8)))
        // Checked with `printf 'J\xc3\xa9r\xc3\xb4me' | sha256sum`.
        #expect(SHA256.hexDigest(of: "Jérôme") == "c3c6f9435df1e61c39c967b4c33d49d830a5d8be417e1ff5d396a38ace9902b2")
    }

    @Test func millionAs() {
        let data = Data(repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hexDigest(of: data) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func incrementalUpdatesMatchOneShot() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let expected = SHA256.digest(of: Data(bytes))
        for split in [0, 1, 55, 56, 63, 64, 65, 127, 128, 999, 1000] {
            var hasher = SHA256()
            hasher.update(Array(bytes[..<split]))
            hasher.update(Array(bytes[split...]))
            #expect(hasher.finalize() == expected, "split at \(split)")
        }
    }

    @Test(arguments: [55, 56, 57, 63, 64, 65, 119, 120])
    func paddingBoundaries(length: Int) {
        // Lengths around the 56-byte padding boundary; compare byte-wise feeding with one-shot hashing.
        let data = Data(repeating: 0x61, count: length)
        var hasher = SHA256()
        for byte in data { hasher.update([byte]) }
        #expect(hasher.finalize() == SHA256.digest(of: data))
    }

    @Test func paddingBoundaryKnownVector() {
        // 64 × "a", a published vector (one block of message, one block of padding).
        let data = Data(repeating: UInt8(ascii: "a"), count: 64)
        #expect(SHA256.hexDigest(of: data) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    }
}
