import Foundation
import Testing

/// End-to-end tests of the `onrecord` binary: inputs in, stored rows and printed output checked.
@Suite(.serialized)
struct CommandTests {
    static let fixtures = CLIRunner.repositoryRoot.appendingPathComponent("Tests/Fixtures/articles")
    static let samples = CLIRunner.repositoryRoot.appendingPathComponent("samples")

    @Test func ingestSamplesThenTimelineListsZelenskyInDateOrderWhateverTheSpelling() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let ingest = try cli.run(["ingest", Self.samples.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stderr.contains("0 failed"))

        for spelling in ["Zelensky", "zelenskyy", "Volodymyr Zelenskiy", "ZELENSKY"] {
            let timeline = try cli.run(["timeline", spelling, "--format", "csv"])
            #expect(timeline.status == 0, "\(timeline.stderr)")
            let lines = timeline.stdout.split(separator: "\r\n")
            #expect(lines.count >= 6, "expected many Zelensky statements, got \(lines.count - 1)")
            let dates = lines.dropFirst().map { String($0.split(separator: ",", omittingEmptySubsequences: false)[1]) }
            let dated = dates.filter { !$0.isEmpty }
            #expect(dated == dated.sorted(), "timeline must be in date order")
            let undatedTail = dates.drop { !$0.isEmpty }
            #expect(undatedTail.allSatisfy { $0.isEmpty }, "undated statements come last")
            #expect(timeline.stdout.contains("Volodymyr Zelensky"))
        }
        // The samples spell the name three ways; all of them must have landed on the one actor.
        let json = try cli.run(["timeline", "Zelensky", "--format", "jsonl"])
        let mentions = Set(
            json.stdout.split(separator: "\n").compactMap { line -> String? in
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                    return nil
                }
                return object["speaker_mention"] as? String
            })
        #expect(mentions.contains { $0.contains("Zelenskyy") })
        #expect(
            mentions.contains {
                $0.lowercased() == "he" || $0.lowercased() == "she" || $0.hasPrefix("the") || $0.hasPrefix("The")
            })
    }

    @Test func impossibleDaysAreUsageErrorsForEveryDateOption() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        // 2022-02-30 once slipped through the listing filters and silently meant March 2.
        let commands: [[String]] = [
            ["timeline", "Zelensky", "--since", "2022-02-30"],
            ["search", "talks", "--until", "2022-04-31"],
            ["export", "--since", "2023-02-29"],
            ["actors", "role", "add", "Jaan Sepp", "Estonian foreign minister", "--from", "2022-06-31"],
            ["timeline", "Zelensky", "--since", "2022-+3-01"],
        ]
        for arguments in commands {
            let result = try cli.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.contains("is not a date"), "\(arguments): \(result.stderr)")
        }
        let leapDay = try cli.run(["timeline", "Zelensky", "--since", "2024-02-29"])
        #expect(!leapDay.stderr.contains("is not a date"))
    }

    @Test func reingestingAddsNothingAndSaysSo() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let article = Self.fixtures.appendingPathComponent("ministry-briefing.md").path
        let first = try cli.run(["ingest", article])
        #expect(first.status == 0)
        #expect(first.stderr.contains("1 new, 0 unchanged, 0 failed"))
        let second = try cli.run(["ingest", article])
        #expect(second.status == 0)
        #expect(second.stderr.contains("0 new, 1 unchanged, 0 failed; 0 statements stored"))
    }

    @Test func brokenFilesAreReportedAndTheRestOfTheBatchLands() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(["ingest", Self.fixtures.path, "/no/such/file.txt"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("picture.txt"))
        #expect(result.stderr.contains("bad-encoding.txt"))
        #expect(result.stderr.contains("/no/such/file.txt"))
        #expect(result.stderr.contains("2 new, 0 unchanged, 3 failed"))
        let actors = try cli.run(["actors", "--format", "csv"])
        #expect(actors.stdout.contains("Dmytro Kuleba"))
    }

    @Test func timelineOfUnknownActorFailsWithAHint() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["ingest", Self.fixtures.appendingPathComponent("ministry-briefing.md").path])
        let result = try cli.run(["timeline", "Dmytri"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("No actor named 'Dmytri'"))
        #expect(result.stderr.contains("Dmytro Kuleba"))
        #expect(result.stdout.isEmpty)
    }

    @Test func queryingAMissingDatabaseExplainsWhatToDo() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(["search", "talks"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("No database at"))
        #expect(!FileManager.default.fileExists(atPath: cli.databasePath), "a query must not create an empty database")
    }

    @Test func unreadableDatabaseIsReportedNotCrashed() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let junk = try cli.write(String(repeating: "not a database ", count: 400), to: "junk.sqlite")
        let result = try cli.run(["actors", "--db", junk])
        #expect(result.status == 74)
        #expect(result.stderr.contains("is not an OnRecord database"))
    }

    @Test func searchFindsWordsAndRejectsAnEmptyQuery() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["ingest", Self.fixtures.appendingPathComponent("ministry-briefing.md").path])
        let found = try cli.run(["search", "surrender", "--format", "json"])
        #expect(found.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(found.stdout.utf8)) as? [[String: Any]]
        #expect(rows?.count == 1)
        #expect(rows?.first?["actor"] as? String == "Dmytro Kuleba")

        let empty = try cli.run(["search", "  \"  "])
        #expect(empty.status == 64)
        #expect(empty.stderr.contains("no words to look for"))

        let badSyntax = try cli.run(["search", "--fts", "\"unbalanced"])
        #expect(badSyntax.status == 64)
        #expect(badSyntax.stderr.contains("not valid full-text syntax"))
    }

    @Test func showPrintsProvenanceAndExportWritesTheCSVContract() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["ingest", Self.fixtures.appendingPathComponent("ministry-briefing.md").path])
        let show = try cli.run(["show", "1"])
        #expect(show.status == 0)
        #expect(show.stdout.contains("https://example-news.test/2022/04/minister-talks"))
        #expect(show.stdout.contains("Context"))
        #expect(show.stdout.contains("Rule"))
        let missing = try cli.run(["show", "999"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("No statement with id 999"))

        let path = cli.directory.appendingPathComponent("out.csv").path
        let export = try cli.run([
            "export", "--format", "csv", "-o", path, "--actor", "Kuleba", "--since", "2022-01-01",
        ])
        #expect(export.status == 0, "\(export.stderr)")
        let csv = try String(contentsOfFile: path, encoding: .utf8)
        #expect(
            csv.hasPrefix(
                "statement_id,stated_on,actor,speaker_mention,kind,cue,text,outlet,title,url,published_at,document_id,"
                    + "char_start,char_end,rule,confidence,extractor,source_path,created_at,corrected_text\r\n"))
        #expect(csv.contains("2022-04-04,Dmytro Kuleba"))

        let badDate = try cli.run(["export", "--since", "last week"])
        #expect(badDate.status == 64)
        #expect(badDate.stderr.contains("YYYY-MM-DD"))
    }

    @Test func databaseLocationFollowsFlagThenEnvironment() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let other = cli.directory.appendingPathComponent("other.sqlite").path
        let article = Self.fixtures.appendingPathComponent("ministry-briefing.md").path
        try cli.run(["ingest", "--db", other, article])
        #expect(FileManager.default.fileExists(atPath: other))
        #expect(!FileManager.default.fileExists(atPath: cli.databasePath))
        try cli.run(["ingest", article])
        #expect(FileManager.default.fileExists(atPath: cli.databasePath))
    }

    @Test func theSampleWithoutQuotesYieldsNoStatements() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let path = Self.samples.appendingPathComponent("2022-07-22-grain-corridor-explainer.md").path
        let result = try cli.run(["extract", path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"statements\":[]"))
    }

    @Test func extractPrintsTheJSONContractWithoutADatabase() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(["extract", "-"], stdin: "Kuleba said, \"We are ready.\"\n")
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let statements = object?["statements"] as? [[String: Any]]
        #expect(statements?.first?["text"] as? String == "We are ready.")
        #expect(statements?.first?["start"] as? Int == 14)
        #expect(!FileManager.default.fileExists(atPath: cli.databasePath))
    }

    @Test func extractNamesAFolderOrAMissingFileAndStillPrintsTheOthers() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let article = Self.samples.appendingPathComponent("2022-07-22-grain-corridor-explainer.md").path
        let missing = cli.directory.appendingPathComponent("nowhere.txt").path
        let result = try cli.run(["extract", Self.samples.path, missing, article])
        #expect(result.status != 0)
        #expect(result.stderr.contains("Cannot read '\(Self.samples.path)': it is a folder"), "\(result.stderr)")
        #expect(result.stderr.contains("Cannot read '\(missing)': no such file"), "\(result.stderr)")
        #expect(result.stderr.contains("2 inputs failed"), "\(result.stderr)")
        #expect(result.stdout.contains("\"statements\":[]"))
    }
}
