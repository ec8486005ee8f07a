import Foundation
import Testing

/// End-to-end tests of `onrecord actors …` and of actor lookups in `timeline`, on the actor fixture corpus
/// (Tests/Fixtures/actors, see its README), the samples and the seed article.
@Suite(.serialized)
struct ActorCommandTests {
    static let corpus = CLIRunner.repositoryRoot.appendingPathComponent("Tests/Fixtures/actors")
    static let samples = CLIRunner.repositoryRoot.appendingPathComponent("samples")
    static let seed = CLIRunner.repositoryRoot.appendingPathComponent("../shared/seed/zelensky-talks.txt").standardized

    /// `actor → statements` from `actors --format csv`.
    static func counts(_ cli: CLIRunner) throws -> [String: Int] {
        let listing = try cli.run(["actors", "--format", "csv"])
        var counts: [String: Int] = [:]
        for line in listing.stdout.split(separator: "\r\n").dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            counts[String(cells[1]), default: 0] += Int(cells[3]) ?? 0
        }
        return counts
    }

    /// The statement texts of an actor's timeline, or `nil` when the command failed.
    static func texts(_ cli: CLIRunner, _ actor: String) throws -> [String]? {
        let result = try cli.run(["timeline", actor, "--format", "jsonl"])
        guard result.status == 0 else { return nil }
        return result.stdout.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["text"] as? String
        }
    }

    @Test func fixtureCorpusLinksVariantsKeepsNamesakesApartAndResolvesRolesByDate() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let ingest = try cli.run(["ingest", Self.corpus.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let counts = try Self.counts(cli)
        #expect(
            counts["Mykola Zabolotsky"] == 5, "Zabolotsky, Zabolotskyy, Zabolotskiy and M. Zabolotskiy are one person")
        #expect(counts["Anna Kravets"] == 2)
        #expect(counts["Petro Kravets"] == 2)
        #expect(counts["Grace Washington"] == 2)
        #expect(counts["Washington"] == 2)
        #expect(counts["Moscow"] == 1)
        #expect(counts["United Nations"] == 2)
        #expect(counts["Kravets"] == nil, "an ambiguous surname creates no actor")

        let tamm = try #require(try Self.texts(cli, "Kadri Tamm"))
        #expect(tamm.contains("sanctions had to be tightened before the summer"))
        let sepp = try #require(try Self.texts(cli, "Sepp"))
        #expect(sepp.contains("the first convoy would leave within days"))

        let kinds = try cli.run(["actors", "Washington", "--format", "csv"])
        #expect(kinds.stdout.contains("Grace Washington,person"))
        #expect(kinds.stdout.contains(",Washington,organization"))
    }

    @Test func curatedMergeAndSplitSurviveReextractingEverything() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["ingest", Self.corpus.path])
        let dryRun = try cli.run(["actors", "merge", "Oleh Symonenko", "Oleg Simonenko", "--dry-run"])
        #expect(dryRun.status == 0, "\(dryRun.stderr)")
        #expect(dryRun.stderr.hasPrefix("Dry run, nothing changed: Merged 'Oleg Simonenko'"))
        #expect(try Self.counts(cli)["Oleg Simonenko"] == 2)
        let merge = try cli.run(["actors", "merge", "Oleh Symonenko", "Oleg Simonenko", "--by", "anna"])
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(merge.stderr.contains("Merged 'Oleg Simonenko'"))
        let split = try cli.run([
            "actors", "split", "Clara Smith", "--alias", "Smith", "--name", "Tom Smith", "--by", "ben",
        ])
        #expect(split.status == 0, "\(split.stderr)")
        #expect(split.stderr.contains("Split 'Tom Smith'"))

        let reextract = try cli.run(["ingest", "--reextract", Self.corpus.path])
        #expect(reextract.status == 0, "\(reextract.stderr)")
        let counts = try Self.counts(cli)
        #expect(counts["Oleh Symonenko"] == 4)
        #expect(counts["Oleg Simonenko"] == nil)
        #expect(counts["Tom Smith"] == 1)
        #expect(counts["Clara Smith"] == 1)

        let log = try cli.run(["actors", "log", "--format", "csv"])
        #expect(log.stdout.hasPrefix("change_id,changed_at,changed_by,action,actor_id,other_actor_id,summary\r\n"))
        #expect(log.stdout.contains(",anna,merge,"))
        #expect(log.stdout.contains(",ben,split,"))
    }

    @Test func showRenameAliasAndRoleHappyPaths() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["ingest", Self.corpus.path])
        let rename = try cli.run(["actors", "rename", "Jaan Sepp", "Jaan Sepp Jr."], environment: ["USER": "carla"])
        #expect(rename.status == 0, "\(rename.stderr)")
        let alias = try cli.run(["actors", "alias", "add", "Anna Kravets", "Kravets"])
        #expect(alias.status == 0, "\(alias.stderr)")
        #expect(alias.stderr.contains("1 unlinked statement now linked"))
        let remove = try cli.run(["actors", "alias", "remove", "Mykola Zabolotsky", "M. Zabolotskiy"])
        #expect(remove.status == 0, "\(remove.stderr)")
        let role = try cli.run(["actors", "role", "add", "Kadri Tamm", "president of Estonia", "--from", "2023-01-01"])
        #expect(role.status == 0, "\(role.stderr)")
        let removed = try cli.run(["actors", "role", "remove", "Kadri Tamm", "Estonian foreign minister"])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stderr.contains("Removed role 'Estonian foreign minister' from 'Kadri Tamm'"))

        let show = try cli.run(["actors", "show", "Sepp"])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("Jaan Sepp Jr."))
        #expect(show.stdout.contains("foreign minister of Estonia"))
        #expect(show.stdout.contains("carla"))
        let json = try cli.run(["actors", "show", "Kadri Tamm", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let roles = object?["roles"] as? [[String: Any]]
        #expect(
            roles?.contains { $0["role"] as? String == "president of Estonia" && $0["source"] as? String == "curated" }
                == true)

        let listed = try cli.run(["actors", "list", "Kravets", "--format", "csv"])
        #expect(listed.stdout.contains("Anna Kravets,person,3"))
    }

    @Test func helpNamesEverySubcommandAndItsOptions() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let group = try cli.run(["actors", "--help"])
        #expect(group.status == 0)
        for word in ["list (default)", "show", "merge", "split", "rename", "alias", "role", "log"] {
            #expect(group.stdout.contains(word), "\(word)")
        }
        let split = try cli.run(["actors", "split", "--help"])
        for option in ["--alias <name>", "--name <name>", "--by <name>", "--dry-run"] {
            #expect(split.stdout.contains(option), "\(option)")
        }
        let role = try cli.run(["actors", "role", "add", "--help"])
        #expect(role.stdout.contains("--from <YYYY-MM-DD>"))
        #expect(role.stdout.contains("--until <YYYY-MM-DD>"))
        let alias = try cli.run(["actors", "alias", "--help"])
        #expect(alias.stdout.contains("add") && alias.stdout.contains("remove"))
    }

    @Test func curationFailuresExitNonZeroWithClearMessages() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["ingest", Self.corpus.path])
        let cases: [([String], Int32, String)] = [
            (["actors", "show", "Nobody Atall"], 1, "No actor named 'Nobody Atall'"),
            (["actors", "merge", "Nobody", "Anna Kravets"], 1, "No actor named 'Nobody'"),
            (["actors", "merge", "Anna Kravets", "anna kravets"], 64, "same actor on both sides"),
            (["actors", "merge", "Moscow", "Anna Kravets"], 65, "a person and an organization stay separate"),
            (["actors", "alias", "add", "Petro Kravets", "Anna Kravets"], 65, "already belongs to 'Anna Kravets'"),
            (["actors", "alias", "remove", "Anna Kravets", "Anna Kravets"], 65, "Rename the actor first"),
            (["actors", "alias", "remove", "Anna Kravets", "Nope"], 65, "has no alias 'Nope'"),
            (["actors", "split", "Anna Kravets", "--alias", "Nope"], 65, "has no alias 'Nope'"),
            (["actors", "split", "Anna Kravets"], 64, "at least one --alias"),
            (["actors", "rename", "Anna Kravets", "Petro Kravets"], 65, "already belongs to 'Petro Kravets'"),
            (["actors", "role", "add", "Anna Kravets", "economist", "--from", "last year"], 64, "YYYY-MM-DD"),
            (
                ["actors", "role", "add", "Anna Kravets", "mayor", "--from", "2022-05-01", "--until", "2022-01-01"], 64,
                "ends (2022-01-01) before it starts"
            ),
            (["actors", "log", "Nobody"], 1, "No actor named 'Nobody'"),
            (["actors", "role", "remove", "Anna Kravets", "mayor"], 65, "has no role 'mayor'"),
            (["timeline", "Kravets"], 1, "Did you mean: Anna Kravets, Petro Kravets"),
        ]
        for (arguments, status, message) in cases {
            let result = try cli.run(arguments)
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(arguments)")
        }
        let log = try cli.run(["actors", "log", "--format", "csv"])
        #expect(log.stdout.split(separator: "\r\n").count == 1, "failed changes leave no trace in the log")
    }

    @Test func zelenskyyAndTheUkrainianPresidentListTheSameStatementsAcrossTheSamples() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["ingest", Self.samples.path])
        let byName = try #require(try Self.texts(cli, "Zelenskyy"))
        let byRole = try #require(try Self.texts(cli, "the Ukrainian president"))
        #expect(byName == byRole)
        #expect(byName.count >= 30)
        // The undescribed "the Ukrainian president said" of the independence-day article is his too.
        #expect(byName.contains { $0.hasPrefix("For us, the end of the war is not peace at any price") })
        for other in ["Ukraine's president", "president of Ukraine", "Volodymyr Zelenskiy", "#1"] {
            #expect(try Self.texts(cli, other) == byName, "\(other)")
        }
        // search --actor and export --actor take the same names and roles.
        let search = try cli.run(["search", "talks", "--actor", "the Ukrainian president", "--format", "csv"])
        #expect(search.status == 0, "\(search.stderr)")
        #expect(search.stdout.split(separator: "\r\n").dropFirst().allSatisfy { $0.contains("Volodymyr Zelensky") })
        #expect(search.stdout.split(separator: "\r\n").count > 1)
        let export = try cli.run(["export", "--actor", "NATO chief", "--format", "csv"])
        #expect(export.status == 0, "\(export.stderr)")
        let exported = export.stdout.split(separator: "\r\n").dropFirst()
        #expect(!exported.isEmpty && exported.allSatisfy { $0.contains("Jens Stoltenberg") })
    }

    static let polnear = CLIRunner.repositoryRoot.appendingPathComponent("../shared/eval/polnear/dev.jsonl")
        .standardized

    /// Real news (PolNeAR dev, 2016 US politics; read in place, never copied): family members who share a
    /// surname must stay different actors.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: polnear.path), "the shared PolNeAR data is not present"))
    func namesakesInRealNewsStayApart() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let ingest = try cli.run(["ingest", Self.polnear.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let counts = try Self.counts(cli)
        for pair in [
            ("Donald Trump", "Ivanka Trump"), ("Hillary Clinton", "Bill Clinton"), ("Barack Obama", "Michelle Obama"),
        ] {
            #expect(counts[pair.0] != nil && counts[pair.1] != nil, "\(pair)")
        }
        #expect((counts["Michelle Obama"] ?? 0) < 5, "statements by 'Obama' must not be given to Michelle Obama")
        #expect((counts["Donald Trump"] ?? 0) > 50)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seed.path), "the shared seed article is not present"))
    func seedArticleResolvesToZelenskyUkraineAndRussia() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let ingest = try cli.run(["ingest", Self.seed.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let export = try cli.run(["export", "--format", "jsonl"])
        let actors = export.stdout.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["actor"] as? String
        }
        #expect(actors.count == 7)
        #expect(actors.filter { $0 == "Volodymyr Zelensky" }.count == 5)
        #expect(actors.filter { $0 == "Ukraine" }.count == 1)
        #expect(actors.filter { $0 == "Russia" }.count == 1)
    }
}
