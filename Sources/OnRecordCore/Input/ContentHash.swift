import Crypto
public import Foundation

/// SHA-256 digests of what OnRecord stores, as lowercase hex: the original file's bytes
/// (`documents.source_sha256`), the stored text (`documents.content_sha256`, used to skip unchanged
/// articles), and a statement's text in `show`.
///
/// The hashing is swift-crypto's (BoringSSL's assembly on Linux, using the CPU's SHA instructions where
/// there are any), not code of ours.
///
/// ```swift
/// ContentHash.sha256Hex(of: "abc")
/// // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// ```
public enum ContentHash {
    /// The SHA-256 of `data`, as 64 lowercase hex digits.
    public static func sha256Hex(of data: Data) -> String {
        hex(SHA256.hash(data: data))
    }

    /// The SHA-256 of `text`'s UTF-8 bytes, as 64 lowercase hex digits.
    public static func sha256Hex(of text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in hex(SHA256.hash(data: UnsafeRawBufferPointer(bytes))) }
    }

    private static let digits = Array("0123456789abcdef".utf8)

    private static func hex(_ digest: SHA256.Digest) -> String {
        var characters: [UInt8] = []
        characters.reserveCapacity(64)
        for byte in digest {
            characters.append(digits[Int(byte >> 4)])
            characters.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: characters, as: UTF8.self)
    }
}
