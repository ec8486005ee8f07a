import Foundation
import OnRecordCore
import Testing

struct ArticleRecordReaderTests {
    let reader = ArticleRecordReader()

    private func read(_ text: String, _ format: ArticleRecordFormat, path: String = "feed.jsonl") throws
        -> [Result<ArticleRecord, ArticleRecordError>]
    {
        try reader.read(Data(text.utf8), format: format, path: path)
    }

    private func error(
        _ reason: ArticleRecordError.Reason, at location: ArticleRecordLocation?, path: String = "feed.jsonl"
    )
        -> ArticleRecordError
    {
        ArticleRecordError(path: path, location: location, reason: reason)
    }

    // MARK: - JSON Lines

    @Test func jsonLinesReadsTextAndHTMLRecordsWithMetadata() throws {
        let input = """
            {"id": "a1", "text": "Rates rose.", "title": "Rates", "url": "https://x.example/1", "outlet": "X", "author": "Ann Lee", "published": "2024-05-01"}
            {"id": 42, "html": "<p>Hi</p>", "published_at": "2024-05-02T10:00:00Z", "author": ["Bo Chen", " ", "Di Ray"]}

            {"text": "Third.", "date": "2024-05-03", "extra": {"ignored": true}, "title": null}
            """
        let results = try read(input, .jsonLines)

        #expect(
            results == [
                .success(
                    ArticleRecord(
                        content: .text("Rates rose."), id: "a1",
                        metadata: ArticleMetadata(
                            title: "Rates", url: "https://x.example/1", outlet: "X", author: "Ann Lee",
                            publishedRaw: "2024-05-01"),
                        sourcePath: "feed.jsonl", location: .line(1), format: .jsonLines)),
                .success(
                    ArticleRecord(
                        content: .html("<p>Hi</p>"), id: "42",
                        metadata: ArticleMetadata(author: "Bo Chen, Di Ray", publishedRaw: "2024-05-02T10:00:00Z"),
                        sourcePath: "feed.jsonl", location: .line(2), format: .jsonLines)),
                .success(
                    ArticleRecord(
                        content: .text("Third."), metadata: ArticleMetadata(publishedRaw: "2024-05-03"),
                        sourcePath: "feed.jsonl", location: .line(4), format: .jsonLines)),
            ])
    }

    @Test func badLinesFailAloneWithTheirLineNumbers() throws {
        let input = [
            #"{"text": "good one"}"#,
            #"{"text": "broken"#,
            #"{"title": "no body"}"#,
            #"["an", "array"]"#,
            #"{"text": "   "}"#,
            #"{"text": "typed", "title": 7}"#,
            #"{"html": "<p>x</p>", "id": true}"#,
            #"{"text": "good two", "author": [1]}"#,
            #"{"text": "good three"}"#,
        ].joined(separator: "\n")
        let results = try read(input, .jsonLines)

        #expect(results.count == 9)
        #expect(results.compactMap { try? $0.get().content } == [.text("good one"), .text("good three")])
        let failures = results.compactMap { result -> ArticleRecordError? in
            if case .failure(let error) = result { return error }
            return nil
        }
        #expect(failures.map(\.location) == [2, 3, 4, 5, 6, 7, 8].map { ArticleRecordLocation.line($0) })
        #expect(failures.allSatisfy { $0.path == "feed.jsonl" })
        guard case .invalidJSON(let detail) = failures[0].reason else {
            Issue.record("expected invalidJSON, got \(failures[0].reason)")
            return
        }
        #expect(!detail.isEmpty)
        #expect(
            Array(failures.dropFirst().map(\.reason)) == [
                .missingContent,
                .notAnObject("an array"),
                .emptyContent(field: "text"),
                .wrongType(field: "title", expected: "a string", found: "a number"),
                .wrongType(field: "id", expected: "a string or a number", found: "a boolean"),
                .wrongType(
                    field: "author", expected: "a string or an array of strings", found: "an array holding a number"),
            ])
    }

    @Test func messagesNameFileAndLineAndSayWhatToDo() throws {
        let results = try read("{\"text\": \"ok\"}\n{oops}\n{\"title\": \"x\"}", .jsonLines)
        let messages = results.compactMap { result -> String? in
            if case .failure(let error) = result { return error.localizedDescription }
            return nil
        }
        #expect(messages.count == 2)
        #expect(messages[0].hasPrefix("In 'feed.jsonl', line 2 is not valid JSON: "))
        #expect(messages[0].hasSuffix(". Fix or remove that line."))
        #expect(
            messages[1]
                == "In 'feed.jsonl', line 3 has neither 'text' nor 'html'. Add the article body under one of those keys."
        )
    }

    @Test func textWinsWhenARecordHasBothTextAndHTML() throws {
        let results = try read(#"{"text": "clean", "html": "<p>raw</p>"}"#, .jsonLines)
        #expect(try results.first?.get().content == .text("clean"))
    }

    @Test func crlfLineEndingsAndByteOrderMarkAreAccepted() throws {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data("{\"text\": \"one\"}\r\n{\"text\": \"two\"}\r\n".utf8))
        let results = try reader.read(data, format: .jsonLines, path: "win.jsonl")
        #expect(results.map { try? $0.get().location } == [.line(1), .line(2)])
    }

    @Test func publishedIsPreferredOverPublishedAtAndDate() throws {
        let results = try read(
            #"{"text": "t", "date": "3", "published_at": "2", "published": "1"}"# + "\n"
                + #"{"text": "t", "date": "3", "published_at": "2"}"#, .jsonLines)
        #expect(results.map { try? $0.get().metadata.publishedRaw } == ["1", "2"])
    }

    @Test func emptyJSONLinesInputHasNoRecords() throws {
        #expect(try read("", .jsonLines).isEmpty)
        #expect(try read("\n  \n", .jsonLines).isEmpty)
    }

    // MARK: - JSON

    @Test func jsonArrayGivesOneResultPerElement() throws {
        let input = #"[{"text": "first", "outlet": "Daily"}, 5, {"html": "<p>third</p>"}]"#
        let results = try read(input, .json, path: "feed.json")

        #expect(results.count == 3)
        #expect(
            try results[0].get()
                == ArticleRecord(
                    content: .text("first"), metadata: ArticleMetadata(outlet: "Daily"), sourcePath: "feed.json",
                    location: .record(1), format: .json))
        #expect(results[1] == .failure(error(.notAnObject("a number"), at: .record(2), path: "feed.json")))
        #expect(try results[2].get().location == .record(3))
    }

    @Test func jsonSingleObjectIsOneRecord() throws {
        let results = try read(#"{"text": "only"}"#, .json, path: "one.json")
        #expect(try results.map { try $0.get().content } == [.text("only")])
    }

    @Test func invalidJSONDocumentFailsAsAWhole() {
        #expect {
            try read(#"[{"text": "a"},"#, .json, path: "feed.json")
        } throws: { error in
            guard let error = error as? ArticleRecordError, case .invalidJSON = error.reason else { return false }
            return error.location == nil && error.path == "feed.json"
                && (error.errorDescription ?? "").hasPrefix("'feed.json' is not valid JSON: ")
        }
    }

    @Test func jsonScalarDocumentIsRejected() {
        #expect(throws: error(.notAnObject("a string"), at: nil, path: "feed.json")) {
            try read(#""just text""#, .json, path: "feed.json")
        }
    }

    // MARK: - Files

    @Test func readsFilesByExtension() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = directory.appendingPathComponent("feed.jsonl")
        try Data("{\"text\": \"a\"}\n{\"text\": \"b\"}\n".utf8).write(to: lines)
        let json = directory.appendingPathComponent("feed.JSON")
        try Data(#"[{"text": "c"}]"#.utf8).write(to: json)

        let fromLines = try reader.read(contentsOf: lines)
        let fromJSON = try reader.read(contentsOf: json)

        #expect(fromLines.map { try? $0.get().sourcePath } == [lines.path, lines.path])
        #expect(fromJSON.map { try? $0.get().format } == [.json])
    }

    @Test func missingFileAndUnknownExtensionAreFileErrors() {
        let missing = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/feed.jsonl")
        #expect {
            try reader.read(contentsOf: missing)
        } throws: { error in
            guard let error = error as? ArticleRecordError else { return false }
            return error == self.error(.unreadable("no such file"), at: nil, path: missing.path)
                && error.errorDescription
                    == "Could not read '\(missing.path)': no such file. Check that the file exists and is readable."
        }
        let csv = URL(fileURLWithPath: "/tmp/feed.csv")
        #expect(throws: error(.unsupportedExtension("csv"), at: nil, path: "/tmp/feed.csv")) {
            try reader.read(contentsOf: csv)
        }
    }

    @Test func textRecordBecomesAnArticleAndHTMLRecordDoesNot() {
        let text = ArticleRecord(
            content: .text("Body"), metadata: ArticleMetadata(title: "T", publishedRaw: "2024-01-01"),
            sourcePath: "f.jsonl", location: .line(1), format: .jsonLines)
        #expect(
            text.textArticle()
                == Article(
                    text: "Body", metadata: ArticleMetadata(title: "T", publishedRaw: "2024-01-01"),
                    publishedAt: nil, sourcePath: "f.jsonl", format: "jsonl"))
        let html = ArticleRecord(content: .html("<p>x</p>"), sourcePath: "f.json", location: .record(1), format: .json)
        #expect(html.textArticle() == nil)
    }

    @Test(arguments: [
        ("jsonl", ArticleRecordFormat.jsonLines), ("NDJSON", .jsonLines), ("json", .json), ("txt", nil), ("", nil),
    ])
    func formatFromExtension(ext: String, expected: ArticleRecordFormat?) {
        #expect(ArticleRecordFormat(pathExtension: ext) == expected)
    }
}
