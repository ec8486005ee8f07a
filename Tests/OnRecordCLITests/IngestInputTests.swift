import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Bad input end to end: each broken file gets one line on stderr naming it and the reason, the rest lands.
@Suite(.serialized)
struct IngestInputTests {
    /// Writes raw bytes into the scratch folder.
    func write(_ bytes: [UInt8], to name: String, in cli: CLIRunner) throws -> String {
        let url = cli.directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func aLinkToAnHTMLPageOverTheSizeLimitIsRefused() throws {
        // Given a link to an HTML page larger than --max-size (the limit applies to the page, not the link)
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let page = try cli.write(
            "<html><body><p>" + String(repeating: "a", count: (1 << 20) + 10) + "</p></body></html>", to: "big.html")
        let link = cli.directory.appendingPathComponent("link.html").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: page)
        // When it is ingested, Then it is refused with the limit named
        let result = try cli.run(["ingest", "--max-size", "1", link])
        #expect(result.status == 65)
        #expect(result.stderr.contains("link.html") && result.stderr.contains("limit"), "\(result.stderr)")
    }

    @Test func eachKindOfBadInputIsOneLineAndTheRestOfTheBatchLands() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("Kuleba said, \"We are ready to talk.\"\n", to: "in/good.txt")
        try cli.write(
            "<html><head><title>Talks</title></head><body><article><p>Peskov said, \"No comment.\"<p>Unclosed "
                + "<b>paragraph<div><table><tr><td>cell</article>", to: "in/recovered.html")
        _ = try write(
            Array("Guterres said, \"Caf".utf8) + [0xE9] + Array(" now.\"\n".utf8), to: "in/latin1.txt", in: cli)
        _ = try write([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00], to: "in/archive.txt", in: cli)
        try cli.write("", to: "in/empty.txt")
        try cli.write(String(repeating: "a", count: (1 << 20) + 10), to: "in/huge.txt")
        try cli.write(
            "<html><head><title>Home</title><script>var x = 1;</script></head><body><nav><a href=\"/\">Home</a>"
                + "</nav><footer>© News</footer></body></html>", to: "in/no-body.html")
        try cli.write(
            "{\"text\": \"Kuleba said, \\\"Line one.\\\"\", \"url\": \"https://x.test/1\"}\n{\"text\": \"oops\",\n"
                + "{\"text\": \"Peskov said, \\\"Line three.\\\"\", \"url\": \"https://x.test/3\"}\n",
            to: "in/records.jsonl")
        try cli.write("[\n  {\"text\": \"Kuleba said, \\\"Hi.\\\"\"},\n  {\"text\": tru}\n]\n", to: "in/broken.json")

        let result = try cli.run(["ingest", "--max-size", "1", cli.directory.appendingPathComponent("in").path])

        #expect(result.status == 65)
        let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("Error:") }
        let expected: [(file: String, reason: String)] = [
            ("archive.txt", "binary"), ("broken.json", "(line 3, column 15)"), ("empty.txt", "no article text"),
            ("huge.txt", "limit"), ("latin1.txt", "not UTF-8"), ("no-body.html", "No article text"),
            ("records.jsonl", "line 2 is not valid JSON"),
        ]
        #expect(errors.count == expected.count, "\(result.stderr)")
        for (file, reason) in expected {
            let lines = errors.filter { $0.contains("/in/\(file)") }
            #expect(lines.count == 1, "one line for \(file): \(result.stderr)")
            #expect(lines.first?.contains(reason) == true, "\(file) should say '\(reason)': \(lines)")
        }
        // good.txt, recovered.html and the two good records landed.
        #expect(result.stderr.contains("4 new, 0 unchanged, 7 failed"), "\(result.stderr)")
        let found = try cli.run(["search", "comment", "--format", "csv"])
        #expect(found.stdout.contains("No comment."))
        #expect(try cli.run(["search", "three", "--format", "csv"]).stdout.contains("Line three."))
    }

    @Test func strictStopsAtTheFirstFailure() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("Kuleba said, \"First.\"\n", to: "in/a.txt")
        try cli.write("", to: "in/b.txt")
        try cli.write("Peskov said, \"Third.\"\n", to: "in/c.txt")
        let result = try cli.run(["ingest", "--strict", cli.directory.appendingPathComponent("in").path])
        #expect(result.status == 65)
        #expect(result.stderr.split(separator: "\n").filter { $0.hasPrefix("Error:") }.count == 1)
        #expect(result.stderr.contains("1 new, 0 unchanged, 1 failed"), "\(result.stderr)")
        #expect(try cli.run(["search", "third"]).stdout.isEmpty)
    }

    @Test(.enabled(if: geteuid() != 0, "root reads files whatever their permissions; run as a normal user"))
    func unreadableFileIsReported() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let locked = try cli.write("Kuleba said, \"Secret.\"\n", to: "in/locked.txt")
        try cli.write("Kuleba said, \"Open.\"\n", to: "in/open.txt")
        chmod(locked, 0)
        defer { chmod(locked, 0o644) }
        let result = try cli.run(["ingest", cli.directory.appendingPathComponent("in").path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("locked.txt") && result.stderr.contains("permission denied"))
        #expect(result.stderr.contains("1 new, 0 unchanged, 1 failed"))
    }

    @Test func unreadablePathsAsRootAreReportedToo() throws {
        // Root can read anything, so emulate unreadable paths: a path that does not exist and a
        // symbolic link loop (which no one can open). Both are named; the good file still lands.
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let good = try cli.write("Kuleba said, \"Open.\"\n", to: "good.txt")
        let loop = cli.directory.appendingPathComponent("loop.txt").path
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
        let result = try cli.run(["ingest", good, loop, cli.directory.appendingPathComponent("gone.md").path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("loop.txt") && result.stderr.contains("loop of links"))
        #expect(result.stderr.contains("gone.md"))
        #expect(result.stderr.contains("1 new, 0 unchanged, 2 failed"), "\(result.stderr)")
    }

    @Test func standardInputIsIngestedWithDefaultsFromOptions() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(
            ["ingest", "-", "--outlet", "Wire", "--url", "https://wire.test/1", "--published", "2022-03-04"],
            stdin: "Kuleba said, \"From a pipe.\"\n")
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try cli.run(["search", "pipe", "--format", "jsonl"])
        #expect(rows.stdout.contains("\"outlet\":\"Wire\""))
        #expect(rows.stdout.contains("https://wire.test/1"))
        #expect(rows.stdout.contains("2022-03-04"))
    }

    @Test func urlIsRefusedForAFolderOrSeveralFilesBecauseTheyWouldBecomeVersionsOfOneArticle() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let first = try cli.write("Kuleba said, \"First.\"\n", to: "in/a.txt")
        let second = try cli.write("Peskov said, \"Second.\"\n", to: "in/b.txt")
        let records = try cli.write("{\"text\": \"Kuleba said, \\\"Third.\\\"\"}\n", to: "records.jsonl")
        let folder = cli.directory.appendingPathComponent("in").path
        for paths in [[folder], [first, second], [records]] {
            let result = try cli.run(["ingest"] + paths + ["--url", "https://wire.test/1"])
            #expect(result.status == 64, "\(paths): \(result.stderr)")
            #expect(result.stderr.contains("--url names one article"))
        }
        let single = try cli.run(["ingest", first, "--url", "https://wire.test/1"])
        #expect(single.status == 0, "\(single.stderr)")
    }

    @Test func aHugeMaxSizeMeansNoLimitRatherThanWrappingAround() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let article = try cli.write("Kuleba said, \"Big limits.\"\n", to: "a.txt")
        for megabytes in ["17592186044416", "8796093022208", String(Int.max)] {
            let result = try cli.run(["ingest", article, "--max-size", megabytes])
            #expect(result.status == 0, "\(megabytes): \(result.stderr)")
        }
    }

    @Test func includeAndExcludeGlobsPickFilesInFoldersAndReextractKeepsOneCopy() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("Kuleba said, \"Markdown.\"\n", to: "in/a.md")
        try cli.write("Kuleba said, \"Text.\"\n", to: "in/b.txt")
        try cli.write("Kuleba said, \"Skipped.\"\n", to: "in/skip/c.md")
        let folder = cli.directory.appendingPathComponent("in").path
        let result = try cli.run(["ingest", folder, "--include", "*.md", "--exclude", "skip/*"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("1 new, 0 unchanged, 0 failed"), "\(result.stderr)")
        #expect(try cli.run(["search", "skipped"]).stdout.isEmpty)

        let again = try cli.run(["ingest", folder, "--include", "*.md", "--exclude", "skip/*", "--reextract"])
        #expect(again.status == 0)
        #expect(again.stderr.contains("0 new, 1 unchanged, 0 failed; 1 statements stored"), "\(again.stderr)")
        let rows = try cli.run(["search", "markdown", "--format", "csv"])
        #expect(rows.stdout.split(separator: "\r\n").count == 2, "header and one row: \(rows.stdout)")
    }

    @Test func redirectedStandardErrorGetsNoProgressBar() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        for index in 0..<5 { try cli.write("Kuleba said, \"Number \(index).\"\n", to: "in/\(index).txt") }
        let result = try cli.run(["ingest", cli.directory.appendingPathComponent("in").path])
        #expect(result.status == 0)
        #expect(!result.stderr.contains("\r"))
        #expect(!result.stderr.contains("ETA"))
        #expect(result.stderr.split(separator: "\n").count == 1, "only the summary: \(result.stderr)")
        let quiet = try cli.run(["ingest", "-q", cli.directory.appendingPathComponent("in").path])
        #expect(quiet.stderr.isEmpty)
        let verbose = try cli.run(["ingest", "-v", cli.directory.appendingPathComponent("in").path])
        #expect(verbose.stderr.split(separator: "\n").filter { $0.hasPrefix("unchanged") }.count == 5)
    }
}
