import Foundation
import Testing

@testable import OnRecordCore

struct ArticleReaderTests {
    let reader = ArticleReader()

    @Test func readsMarkdownWithFrontMatter() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let raw =
            "\u{FEFF}---\r\ntitle: Talks\r\npublished: Mar. 20, 2022\r\nsection: World\r\n---\r\n\r\nBody line.\r\n"
        let path = try folder.write(raw, to: "talks.md")

        let loaded = try reader.load(fileAt: path)

        #expect(loaded.article.text == "Body line.\n")
        #expect(loaded.article.format == "markdown")
        #expect(loaded.article.sourcePath == path)
        #expect(loaded.article.metadata.title == "Talks")
        #expect(loaded.article.metadata.publishedRaw == "Mar. 20, 2022")
        #expect(loaded.article.publishedAt == "2022-03-20")
        #expect(loaded.extra == ["section": "World"])
        #expect(loaded.sourceSHA256 == ContentHash.sha256Hex(of: Data(raw.utf8)))
        #expect(loaded.textSHA256 == ContentHash.sha256Hex(of: "Body line.\n"))
        #expect(try reader.read(fileAt: path) == loaded.article)
    }

    @Test(arguments: [("a.txt", "text"), ("a.TEXT", "text"), ("a.md", "markdown"), ("a.Markdown", "markdown")])
    func formatFromExtension(name: String, format: String) throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = try folder.write("Plain text, no front matter.", to: name)
        let article = try reader.read(fileAt: path)
        #expect(article.format == format)
        #expect(article.metadata == ArticleMetadata())
        #expect(article.publishedAt == nil)
    }

    @Test func unparseableDateKeepsRawAndLeavesPublishedAtEmpty() throws {
        let article = try reader.read(data: Data("---\ndate: last Tuesday\n---\nBody".utf8), path: "-")
        #expect(article.metadata.publishedRaw == "last Tuesday")
        #expect(article.publishedAt == nil)
        #expect(article.sourcePath == "-")
        #expect(article.format == "text")
    }

    @Test func readsFromDataWithFormat() throws {
        let article = try reader.read(data: Data("# Heading\n\nText".utf8), path: "<stdin>", format: .markdown)
        #expect(article.format == "markdown")
        #expect(article.text == "# Heading\n\nText")
    }

    // MARK: - Failure paths, one fixture each

    @Test func missingFile() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.path + "/nope.md"
        #expect(throws: ArticleInputError.fileNotFound(path: path)) { try reader.read(fileAt: path) }
    }

    @Test func folderIsUnreadable() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = try folder.makeFolder("articles.md")
        #expect(throws: ArticleInputError.unreadable(path: path, reason: "it is a folder, not a file")) {
            try reader.read(fileAt: path)
        }
    }

    /// Root can read anything, so this only runs as an ordinary user.
    @Test(.enabled(if: geteuid() != 0, "root ignores file permissions"))
    func unreadableWithoutPermission() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = try folder.write("Body", to: "secret.txt")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
        #expect(throws: ArticleInputError.unreadable(path: path, reason: "permission denied")) {
            try reader.read(fileAt: path)
        }
    }

    @Test func unsupportedExtension() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        for name in ["a.html", "a.pdf", "noextension"] {
            let path = try folder.write("<p>hi</p>", to: name)
            #expect(throws: ArticleInputError.unsupportedFormat(path: path)) { try reader.read(fileAt: path) }
        }
    }

    @Test func tooLargeFileIsRejectedBeforeReading() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = try folder.write(String(repeating: "word ", count: 300), to: "big.txt")
        #expect(throws: ArticleInputError.tooLarge(path: path, bytes: 1500, limit: 1000)) {
            try reader.read(fileAt: path, sizeLimit: 1000)
        }
        #expect(throws: ArticleInputError.tooLarge(path: "-", bytes: 1500, limit: 1000)) {
            try reader.read(data: Data(String(repeating: "word ", count: 300).utf8), path: "-", sizeLimit: 1000)
        }
    }

    @Test func sizeLimitAppliesThroughSymbolicLinks() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let target = try folder.write(String(repeating: "word ", count: 300), to: "big.txt")
        let link = folder.path + "/link.txt"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(throws: ArticleInputError.tooLarge(path: link, bytes: 1500, limit: 1000)) {
            try reader.read(fileAt: link, sizeLimit: 1000)
        }
    }

    @Test(arguments: ["", "\u{FEFF}", " \n\t\r\n ", "---\ntitle: Only metadata\n---\n\n   \n"])
    func emptyFile(content: String) throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = try folder.write(content, to: "empty.txt")
        #expect(throws: ArticleInputError.emptyFile(path: path)) { try reader.read(fileAt: path) }
    }

    @Test(arguments: [
        Data([0x48, 0x69, 0x00, 0x21]),
        Data([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A, 0x00, 0xFF, 0xD8]),
        Data((0..<200).map { UInt8($0 % 8 + 1) }),
    ])
    func binaryFile(bytes: Data) throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = try folder.write(bytes, to: "scan.txt")
        #expect(throws: ArticleInputError.binaryFile(path: path)) { try reader.read(fileAt: path) }
    }

    @Test func fewStrayControlCharactersAreAccepted() throws {
        var text = String(repeating: "A sentence of article text. ", count: 10)
        text += "\u{01}\u{1B}End.\u{0C}"
        let article = try reader.read(data: Data(text.utf8), path: "-")
        #expect(article.text == text)
    }

    /// Text followed by raw bytes, then more text.
    private static func bytes(_ head: String, _ raw: [UInt8], _ tail: String = "") -> Data {
        var data = Data(head.utf8)
        data.append(contentsOf: raw)
        data.append(contentsOf: Array(tail.utf8))
        return data
    }

    private static let invalidUTF8: [(Data, Int)] = [
        (bytes("Caf", [0xE9], " au lait"), 3),  // Latin-1 é
        (bytes("ok ", [0xC0, 0x80]), 3),  // overlong NUL
        (bytes("ok", [0xED, 0xA0, 0x80]), 2),  // UTF-16 surrogate
        (bytes("€ ", [0xF4, 0x90, 0x80, 0x80]), 4),  // above U+10FFFF
        (bytes("truncated ", [0xE2, 0x82]), 10),
        (bytes("bad continuation ", [0xE2, 0x28, 0xA1]), 17),
        (bytes("", [0x80], "starts badly"), 0),
        (bytes("", [0xFF, 0xFE, 0x48, 0x00]), 0),  // UTF-16 LE BOM
        (bytes("", [0xFE, 0xFF, 0x00, 0x48]), 0),  // UTF-16 BE BOM
    ]

    @Test(arguments: invalidUTF8)
    func notUTF8ReportsFirstBadByte(bytes: Data, offset: Int) throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = try folder.write(bytes, to: "latin1.txt")
        #expect(throws: ArticleInputError.notUTF8(path: path, byteOffset: offset)) { try reader.read(fileAt: path) }
    }

    @Test func validMultibyteUTF8IsAccepted() throws {
        let text = "Зеленський, António Guterres, 日本, emoji 🕊️, U+10FFFF \u{10FFFF}"
        let article = try reader.read(data: Data(text.utf8), path: "-")
        #expect(article.text == text)
    }

    @Test func malformedFrontMatterCarriesPath() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = try folder.write("---\ntitle: T\nbody but no closing marker\n", to: "broken.md")
        #expect(
            throws: ArticleInputError.malformedFrontMatter(
                path: path, line: 1, reason: "the block opened with '---' is never closed with a second '---' line")
        ) { try reader.read(fileAt: path) }
        let badField = try folder.write("---\ntitle: T\nno colon here\n---\nBody", to: "field.md")
        #expect(
            throws: ArticleInputError.malformedFrontMatter(
                path: badField, line: 3, reason: "expected 'key: value' but found 'no colon here'")
        ) { try reader.read(fileAt: badField) }
    }

    @Test(arguments: [
        ArticleInputError.fileNotFound(path: "a.md"),
        .unreadable(path: "a.md", reason: "permission denied"),
        .notUTF8(path: "a.md", byteOffset: 12),
        .binaryFile(path: "a.md"),
        .emptyFile(path: "a.md"),
        .tooLarge(path: "a.md", bytes: 20, limit: 10),
        .malformedFrontMatter(path: "a.md", line: 3, reason: "x"),
        .unsupportedFormat(path: "a.md"),
    ])
    func messagesNameTheFileAndStayShort(error: ArticleInputError) throws {
        let message = try #require(error.errorDescription)
        #expect(message.contains("'a.md'"))
        #expect(error.path == "a.md")
        #expect(message.hasSuffix("."))
        let sentences = message.split(separator: ". ").count
        #expect((1...2).contains(sentences), "\(message)")
        #expect(error.localizedDescription == message)
    }
}
