import Foundation
import Testing

@testable import OnRecordCore

/// Digests are provenance: a stored hash must be the standard SHA-256 of the bytes, byte for byte.
struct ContentHashTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func knownVectors(message: String, expected: String) {
        #expect(ContentHash.sha256Hex(of: message) == expected)
        #expect(ContentHash.sha256Hex(of: Data(message.utf8)) == expected)
    }

    @Test func textIsHashedAsUTF8() {
        let message = "Jérôme said “peace”"
        #expect(ContentHash.sha256Hex(of: message) == ContentHash.sha256Hex(of: Data(message.utf8)))
        // Checked with `printf 'J\xc3\xa9r\xc3\xb4me' | sha256sum`.
        #expect(
            ContentHash.sha256Hex(of: "Jérôme") == "c3c6f9435df1e61c39c967b4c33d49d830a5d8be417e1ff5d396a38ace9902b2")
    }

    @Test func millionAs() {
        let data = Data(repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(ContentHash.sha256Hex(of: data) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func textThatIsNotContiguousUTF8HashesTheSame() {
        // A string built piece by piece hashes as the bytes of the joined text.
        let pieces = ["Pe", "ace ", "talks", " — ", "mír"]
        let built = pieces.reduce(into: "") { $0 += $1 }
        #expect(ContentHash.sha256Hex(of: built) == ContentHash.sha256Hex(of: Data(pieces.joined().utf8)))
    }
}
