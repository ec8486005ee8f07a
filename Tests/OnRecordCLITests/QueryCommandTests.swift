import Foundation
import Testing

/// End-to-end tests of topics, timeline --by, compare, search, origin, export filters and the file's
/// readability from other tools.
@Suite(.serialized)
struct QueryCommandTests {
    static let golden = CLIRunner.repositoryRoot.appendingPathComponent("Tests/OnRecordCLITests/Golden")

    /// Three outlets carry one quote (one of them changes a word); a fourth article is about grain.
    static let articles: [(name: String, text: String)] = [
        (
            "a.md",
            """
            ---
            title: Minister rules out concessions
            url: https://first.test/a
            outlet: First Herald
            published: 2022-08-24
            ---
            Dmytro Kuleba said: "We will not trade our land for peace talks."

            Kuleba added: "The grain corridor must stay open."
            """
        ),
        (
            "b.md",
            """
            ---
            title: Kyiv repeats its position
            url: https://second.test/b
            outlet: Second Wire
            published: 2022-08-25
            ---
            Dmytro Kuleba said: "We will not trade our land for peace talks."
            """
        ),
        (
            "c.md",
            """
            ---
            title: Kuleba on negotiations
            url: https://third.test/c
            outlet: Third Post
            published: 2022-09-02
            ---
            Dmytro Kuleba said: "We will never trade our land for peace talks."

            Dmitry Peskov said: "Negotiations are not on the agenda."
            """
        ),
    ]

    private func prepared() throws -> CLIRunner {
        let cli = try CLIRunner()
        var paths: [String] = []
        for article in Self.articles { paths.append(try cli.write(article.text, to: "articles/\(article.name)")) }
        let ingest = try cli.run(["ingest"] + paths)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return cli
    }

    @Test func exportHeaderIsTheDocumentedContractByteForByte() throws {
        let cli = try prepared()
        defer { cli.cleanUp() }
        let csvGolden = try Data(contentsOf: Self.golden.appendingPathComponent("export-header.csv"))
        let tsvGolden = try Data(contentsOf: Self.golden.appendingPathComponent("export-header.tsv"))

        let csvPath = cli.directory.appendingPathComponent("out.csv").path
        #expect(try cli.run(["export", "-o", csvPath]).status == 0)
        let csv = try Data(contentsOf: URL(fileURLWithPath: csvPath))
        #expect(csv.prefix(csvGolden.count) == csvGolden)

        let excelPath = cli.directory.appendingPathComponent("excel.csv").path
        #expect(try cli.run(["export", "--excel", "-o", excelPath]).status == 0)
        let excel = try Data(contentsOf: URL(fileURLWithPath: excelPath))
        #expect(excel.prefix(3 + csvGolden.count) == Data([0xEF, 0xBB, 0xBF]) + csvGolden)

        let tsv = try cli.run(["export", "--format", "tsv"])
        #expect(Data(tsv.stdout.utf8).prefix(tsvGolden.count) == tsvGolden)

        // An empty result still has the header, so scripts can rely on it.
        let none = try cli.run(["export", "--since", "2030-01-01"])
        #expect(Data(none.stdout.utf8) == csvGolden)
    }

    /// `--help` is product surface: a change to it must be deliberate (regenerate the golden file with
    /// `COLUMNS=100 onrecord <command> --help > Tests/OnRecordCLITests/Golden/help/<command-words>.txt`;
    /// the top-level help is `onrecord.txt`).
    @Test(arguments: [
        "", "ingest", "extract", "timeline", "compare", "search", "origin", "export", "show", "changes",
        "topics", "topics add", "topics edit", "topics remove", "topics list",
        "actors", "actors list", "actors show", "actors merge", "actors split", "actors rename", "actors alias",
        "actors alias add", "actors alias remove", "actors role", "actors role add", "actors role remove",
        "actors log",
        "log", "edit", "retract", "history", "review", "scales", "queue", "confirm", "reject",
    ])
    func helpMatchesGoldenFile(command: String) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let words = command.split(separator: " ").map(String.init)
        let name = words.isEmpty ? "onrecord" : words.joined(separator: "-")
        let golden = Self.golden.appendingPathComponent("help/\(name).txt")
        let expected = try String(contentsOf: golden, encoding: .utf8)
        let result = try cli.run(words + ["--help"], environment: ["COLUMNS": "100"])
        #expect(result.status == 0)
        #expect(result.stdout == expected)
    }

    @Test func topicsCanBeAddedListedEditedAndRemoved() throws {
        let cli = try prepared()
        defer { cli.cleanUp() }
        let add = try cli.run(["topics", "add", "negotiations", "--match", "talks OR negotiat*", "--format", "csv"])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(
            add.stdout
                == "topic_id,name,query,statements,first_stated_on,last_stated_on\r\n1,negotiations,talks OR negotiat*,4,2022-08-24,2022-09-02\r\n"
        )

        let duplicate = try cli.run(["topics", "add", "Negotiations", "--match", "x"])
        #expect(duplicate.status == 65)
        #expect(duplicate.stderr.contains("already exists"))
        let bad = try cli.run(["topics", "add", "broken", "--match", "talks AND"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("not valid full-text syntax"))

        let edit = try cli.run(["topics", "edit", "negotiations", "--match", "grain", "--format", "jsonl"])
        #expect(edit.status == 0, "\(edit.stderr)")
        #expect(edit.stdout.contains("\"statements\":1"))
        let list = try cli.run(["topics", "list", "--format", "tsv"])
        #expect(list.stdout.contains("negotiations\tgrain\t1\t"))

        #expect(try cli.run(["topics", "remove", "negotiations"]).status == 0)
        let unknown = try cli.run(["timeline", "Kuleba", "--topic", "negotiations"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("No topic named 'negotiations'"))
    }

    @Test func timelineByMonthAddsPeriodColumnsAndTopicMarks() throws {
        let cli = try prepared()
        defer { cli.cleanUp() }
        _ = try cli.run(["topics", "add", "negotiations", "--match", "talks OR negotiat*"])
        let result = try cli.run(["timeline", "Kuleba", "--by", "month", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["period"] as? String } == ["2022-08", "2022-08", "2022-08", "2022-09"])
        #expect(rows.map { $0["period_count"] as? Int } == [3, 3, 3, 1])
        #expect(rows.first?["topic_marks"] as? String == "first: negotiations")
        #expect(rows.last?["topic_marks"] as? String == "latest: negotiations")
        #expect(rows.first?["outlet"] as? String == "First Herald")
        // Not a terminal: no sparkline in the data.
        let table = try cli.run(["timeline", "Kuleba", "--by", "month"])
        #expect(!table.stdout.contains("statements per month"))
        #expect(table.stdout.contains("first: negotiations"))

        let compare = try cli.run(["compare", "Kuleba", "Peskov", "--topic", "negotiations", "--format", "csv"])
        #expect(compare.status == 0, "\(compare.stderr)")
        #expect(compare.stdout.split(separator: "\r\n").count == 5)
        let side = try cli.run(["compare", "Kuleba", "Peskov", "--since", "2022-09-01"])
        #expect(side.stdout.contains("Dmytro Kuleba"))
        #expect(side.stdout.contains("Dmitry Peskov"))
    }

    @Test func sparklineIsPrintedOnlyOnATerminal() throws {
        // `script` runs the command with a pseudo-terminal as standard output.
        let script = "/usr/bin/script"
        guard FileManager.default.isExecutableFile(atPath: script) else { return }
        let cli = try prepared()
        defer { cli.cleanUp() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        let command = "'\(try CLIRunner.executable().path)' timeline Kuleba --by month --db '\(cli.databasePath)'"
        process.arguments = ["-qec", command, "/dev/null"]
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(output.contains("statements per month, 2022-08 to 2022-09: █▃ (max 3)"), "\(output)")
        let csv = try cli.run(["timeline", "Kuleba", "--by", "month", "--format", "csv"])
        #expect(!csv.stdout.contains("statements per month"))
    }

    @Test func searchHighlightsFiltersAndFallsBackToFuzzyMatches() throws {
        let cli = try prepared()
        defer { cli.cleanUp() }
        let found = try cli.run(["search", "grain", "--format", "jsonl"])
        #expect(found.status == 0)
        #expect(found.stdout.contains("\"snippet\":\"The [grain] corridor must stay open.\""))
        let outlet = try cli.run(["search", "land", "--outlet", "second wire", "--format", "csv"])
        #expect(outlet.stdout.split(separator: "\r\n").count == 2)
        let phrase = try cli.run(["search", "--fts", "\"never trade\"", "--format", "csv"])
        #expect(phrase.stdout.contains("Third Post"))
        #expect(phrase.stdout.split(separator: "\r\n").count == 2)

        let fuzzy = try cli.run(["search", "we shall not trade our land for peace talks", "--format", "csv"])
        #expect(fuzzy.status == 0)
        #expect(fuzzy.stderr.contains("fuzzy match"))
        #expect(fuzzy.stdout.split(separator: "\r\n").count == 4)
        let strict = try cli.run(["search", "--exact", "we shall not trade our land"])
        #expect(strict.stdout.isEmpty)
    }

    @Test func originFindsTheEarliestCarrierAndFlagsTheMisquote() throws {
        let cli = try prepared()
        defer { cli.cleanUp() }
        let result = try cli.run(["origin", "we will not trade our land for peace talks", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\r\n").map(String.init)
        #expect(
            lines.first
                == "appearance,statement_id,published_at,stated_on,outlet,actor,text,url,similarity,wording,diff,title,document_id"
        )
        #expect(lines.count == 4)
        #expect(
            lines[1].contains("First Herald") && lines[1].contains("https://first.test/a")
                && lines[1].contains("earliest"))
        #expect(lines[2].contains("Second Wire") && lines[2].contains(",same,"))
        #expect(lines[3].contains("Third Post") && lines[3].contains("[-not-] {+never+}"))
        #expect(result.stderr.contains("Earliest: First Herald"))
        #expect(result.stderr.contains("possible misquote"))

        let byID = try cli.run(["origin", "--id", "3", "--format", "jsonl"])
        #expect(byID.stdout.split(separator: "\n").count == 3)
        let both = try cli.run(["origin", "x", "--id", "1"])
        #expect(both.status == 64)
        #expect(both.stderr.contains("not both"))
        let neither = try cli.run(["origin"])
        #expect(neither.status == 64)
        #expect(neither.stderr.contains("Give the quote to trace"))
    }

    @Test func aFailedExportLeavesTheOutputFileAsItWas() throws {
        let cli = try prepared()
        defer { cli.cleanUp() }
        // Given yesterday's export
        let previous = try cli.write("statement_id\r\n1\r\n", to: "out/yesterday.csv")
        // When today's run has a typo in --topic
        let typo = try cli.run(["export", "--topic", "negotiatons", "-o", previous])
        // Then it fails without emptying the file
        #expect(typo.status == 1, "\(typo.stderr)")
        #expect(try String(contentsOfFile: previous, encoding: .utf8) == "statement_id\r\n1\r\n")
        // A successful run replaces it; a bad destination is still refused before any work
        #expect(try cli.run(["export", "-o", previous]).status == 0)
        #expect(try String(contentsOfFile: previous, encoding: .utf8).split(separator: "\r\n").count == 6)
        let folder = try cli.run(["export", "-o", cli.directory.appendingPathComponent("out").path])
        #expect(folder.status == 73)
        #expect(folder.stderr.contains("it is a folder"))
        let missing = try cli.run(["timeline", "Kuleba", "-o", cli.directory.appendingPathComponent("no/x.csv").path])
        #expect(missing.status == 73)
    }

    @Test func exportTakesEveryFilter() throws {
        let cli = try prepared()
        defer { cli.cleanUp() }
        _ = try cli.run(["topics", "add", "negotiations", "--match", "talks OR negotiat*"])
        func rows(_ arguments: [String]) throws -> Int {
            let result = try cli.run(["export"] + arguments)
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout.split(separator: "\r\n").count - 1
        }
        #expect(try rows([]) == 5)
        #expect(try rows(["--actor", "Kuleba", "--topic", "negotiations"]) == 3)
        #expect(try rows(["--outlet", "Third Post"]) == 2)
        #expect(try rows(["--since", "2022-08-25", "--until", "2022-08-31"]) == 1)
        #expect(try rows(["--kind", "reported"]) == 0)
        #expect(try rows(["--limit", "2"]) == 2)
        let jsonl = try cli.run(["export", "--format", "jsonl", "--topic", "negotiations"])
        #expect(jsonl.stdout.split(separator: "\n").count == 4)
    }

    @Test func pythonsSQLiteModuleReadsTheViewsAndTheFullTextIndex() throws {
        guard
            let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: {
                FileManager.default.isExecutableFile(atPath: $0)
            })
        else { return }  // python3 is not installed: nothing to check against
        let cli = try prepared()
        defer { cli.cleanUp() }
        let script = """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            rows = db.execute(
                "SELECT v.actor, v.outlet, v.stated_on FROM statement_view v "
                "JOIN statements_fts f ON f.rowid = v.id WHERE statements_fts MATCH ? ORDER BY f.rank",
                ("never",)).fetchall()
            print(rows)
            print(db.execute("SELECT name, statements FROM actor_summary ORDER BY name").fetchall())
            fts = db.execute("SELECT sql FROM sqlite_master WHERE name = 'statements_fts'").fetchone()[0]
            print('content="statements"' in fts)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script, cli.databasePath]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(output)")
        #expect(lines.first == "[('Dmytro Kuleba', 'Third Post', '2022-09-02')]")
        #expect(lines.dropFirst().first?.contains("('Dmytro Kuleba', 4)") == true)
        #expect(lines.last == "True")
    }
}
