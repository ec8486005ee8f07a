import Foundation
import GRDB
import OnRecordCore
import Testing

@testable import onrecord

/// The fact-checker's desk end to end: the built binary, its database and its exports.
@Suite(.serialized)
struct DeskCommandTests {
    static let article = CLIRunner.repositoryRoot.appendingPathComponent("Tests/Fixtures/articles/ministry-briefing.md")
        .path

    /// Opens the test's database read-only, as a user would with sqlite3.
    static func open(_ cli: CLIRunner) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: cli.databasePath, configuration: configuration)
    }

    @Test func scriptedSessionLogEditReviewExportHistory() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["ingest", Self.article])

        // 1. Log a statement heard at a press conference.
        let log = try cli.run([
            "log", "--speaker", "kuleba", "--text", "We will not trade land for peace.", "--kind", "direct",
            "--date", "2022-04-05", "--source", "press conference, Kyiv", "--outlet", "Desk Wire", "--by",
            "Anna Editor",
            "--note", "heard live",
        ])
        #expect(log.status == 0, "\(log.stderr)")
        let id = try #require(Int64(log.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        try Self.open(cli).read { (db: Database) throws in
            let row = try #require(
                try Row.fetchOne(
                    db,
                    sql: """
                        SELECT s.text, s.extractor, s.is_locked, s.stated_on, a.name, d.format, d.title, d.outlet,
                               substr(d.text, s.char_start + 1, s.char_end - s.char_start) AS at_offsets, c.logged_by
                        FROM statements s JOIN documents d ON d.id = s.document_id JOIN actors a ON a.id = s.actor_id
                        JOIN statement_curations c ON c.statement_id = s.id WHERE s.id = ?
                        """, arguments: [id]))
            #expect(row["name"] == "Dmytro Kuleba", "the alias must find the actor from the article")
            #expect(row["format"] == "manual")
            #expect(row["extractor"] == "manual")
            #expect(row["is_locked"] == 1)
            #expect(row["at_offsets"] == row["text"] as String)
            #expect(row["title"] == "press conference, Kyiv")
            #expect(row["logged_by"] == "Anna Editor")
        }

        // 2. Edit its wording and date.
        let edit = try cli.run([
            "edit", String(id), "--text", "We will never trade land for peace.", "--date", "2022-04-06", "--by",
            "Ben Checker",
            "--reason", "checked against the video",
        ])
        #expect(edit.status == 0, "\(edit.stderr)")
        try Self.open(cli).read { (db: Database) throws in
            let row = try #require(
                try Row.fetchOne(
                    db,
                    sql: """
                        SELECT s.text, s.stated_on, c.corrected_text,
                               substr(d.text, s.char_start + 1, s.char_end - s.char_start) AS at_offsets
                        FROM statements s JOIN documents d ON d.id = s.document_id
                        JOIN statement_curations c ON c.statement_id = s.id WHERE s.id = ?
                        """, arguments: [id]))
            #expect(row["text"] == "We will not trade land for peace.", "the source's words stay")
            #expect(row["at_offsets"] == row["text"] as String)
            #expect(row["corrected_text"] == "We will never trade land for peace.")
            #expect(row["stated_on"] == "2022-04-06")
            let edits = try Row.fetchAll(
                db,
                sql:
                    "SELECT field, old_value, new_value, edited_by, reason FROM statement_edits WHERE statement_id = ? AND action = 'edit' ORDER BY id",
                arguments: [id])
            #expect(edits.map { $0["field"] as String } == ["text", "stated_on"])
            #expect(edits.first?["old_value"] == "We will not trade land for peace.")
            #expect(
                edits.allSatisfy { $0["edited_by"] == "Ben Checker" && $0["reason"] == "checked against the video" })
        }
        let show = try cli.run(["show", String(id)])
        #expect(show.stdout.contains("We will never trade land for peace."), "listings show the current wording")
        // Timeline and compare tables too (they once showed the source's words); CSV keeps the source's words.
        let timeline = try cli.run(["timeline", "Kuleba"])
        #expect(timeline.stdout.contains("We will never trade land for peace."), "\(timeline.stdout)")
        #expect(!timeline.stdout.contains("We will not trade land for peace."))
        let csv = try cli.run(["timeline", "Kuleba", "--format", "csv"])
        #expect(csv.stdout.contains("We will not trade land for peace.,"))

        // 3. Review it, twice.
        let review = try cli.run([
            "review", String(id), "--rating", "mostly false", "--by", "Fact Desk", "--url",
            "https://facts.test/checks/land",
            "--summary", "He said it, but the policy allows talks.", "--date", "2022-04-10",
        ])
        #expect(review.status == 0, "\(review.stderr)")
        let unverifiable = try cli.run([
            "review", String(id), "--rating", "Unverifiable", "--by", "Other Check", "--url", "https://other.test/1",
            "--summary", "No recording.", "--date", "2022-04-11", "--reviewer-url", "https://other.test",
        ])
        #expect(unverifiable.status == 0, "\(unverifiable.stderr)")
        try Self.open(cli).read { (db: Database) throws in
            let reviews = try Row.fetchAll(
                db,
                sql:
                    "SELECT rating, rating_value, best_rating, worst_rating, reviewer FROM statement_reviews WHERE statement_id = ? ORDER BY id",
                arguments: [id])
            #expect(reviews.count == 2)
            #expect(reviews[0]["rating"] == "Mostly false")
            #expect(reviews[0]["rating_value"] == 3)
            #expect(reviews[0]["best_rating"] == 6)
            #expect(reviews[1]["rating_value"] == nil as Int?)
        }

        // 4. Export ClaimReview: every object passes the checks of Google's Fact Check Tools.
        let path = cli.directory.appendingPathComponent("claims.json").path
        let export = try cli.run(["export", "--format", "claimreview", "-o", path])
        #expect(export.status == 0, "\(export.stderr)")
        let objects = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [[String: Any]])
        #expect(objects.count == 2)
        for object in objects {
            #expect(FactCheckRequirements.problems(in: object).isEmpty, "\(FactCheckRequirements.problems(in: object))")
            // The speaker and the day are known here, so the claim must carry them.
            let claim = object["itemReviewed"] as? [String: Any]
            #expect(((claim?["author"] as? [String: Any])?["name"] as? String)?.isEmpty == false)
            #expect(claim?["datePublished"] as? String == "2022-04-06")
        }
        let first = try #require(objects.first)
        #expect(first["claimReviewed"] as? String == "We will never trade land for peace.")
        #expect(first["url"] as? String == "https://facts.test/checks/land")
        #expect((first["author"] as? [String: Any])?["url"] as? String == "https://facts.test")
        let claim = try #require(first["itemReviewed"] as? [String: Any])
        #expect((claim["author"] as? [String: Any])?["name"] as? String == "Dmytro Kuleba")
        #expect(claim["datePublished"] as? String == "2022-04-06")
        #expect((claim["firstAppearance"] as? [String: Any])?["name"] as? String == "press conference, Kyiv")
        #expect(((objects.last?["reviewRating"] as? [String: Any])?["ratingValue"]) == nil)

        // 5. History shows every step in order.
        let history = try cli.run(["history", String(id), "--format", "json"])
        #expect(history.status == 0, "\(history.stderr)")
        let entries = try #require(
            try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [[String: Any]])
        #expect(entries.map { $0["action"] as? String } == ["log", "edit", "edit", "review", "review"])
        #expect(entries[1]["by"] as? String == "Ben Checker")
        #expect(entries[1]["reason"] as? String == "checked against the video")
        try Self.open(cli).read { (db: Database) throws in
            let view = try Row.fetchAll(
                db,
                sql: "SELECT action, current_text, actor FROM statement_edit_view WHERE statement_id = ? ORDER BY id",
                arguments: [id])
            #expect(view.map { $0["action"] as String } == ["log", "edit", "edit", "review", "review"])
            #expect(
                view.allSatisfy {
                    $0["current_text"] == "We will never trade land for peace." && $0["actor"] == "Dmytro Kuleba"
                })
        }
        let table = try cli.run(["history", String(id)])
        #expect(table.stderr.contains("Source:  We will not trade land for peace."))
        #expect(table.stdout.contains("checked against the video"))
    }

    @Test func compareTableShowsTheCorrectedWording() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["ingest", Self.article])
        let log = try cli.run([
            "log", "--speaker", "Dana Whitfield", "--text", "We will not trade land.", "--kind", "direct", "--date",
            "2022-04-05", "--source", "interview", "--by", "Anna",
        ])
        let id = try #require(Int64(log.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        try cli.run(["edit", String(id), "--text", "We will never trade land.", "--by", "Ben", "--reason", "video"])
        let compare = try cli.run(["compare", "Kuleba", "Dana Whitfield"])
        #expect(compare.status == 0, "\(compare.stderr)")
        #expect(compare.stdout.contains("We will never trade land."))
        #expect(!compare.stdout.contains("We will not trade land."))
    }

    @Test func humanEditsSurviveIngestAndReextract() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["ingest", Self.article])
        let rows = try Self.open(cli).read { (db: Database) throws in
            try Row.fetchAll(db, sql: "SELECT id, text FROM statements WHERE extractor != 'manual' ORDER BY id")
        }
        #expect(rows.count >= 2)
        let edited: Int64 = rows[0]["id"]
        let rejected: Int64 = rows[1]["id"]
        #expect(
            try cli.run(["edit", String(edited), "--text", "Corrected words.", "--by", "Ben", "--reason", "typo"])
                .status == 0)
        #expect(try cli.run(["reject", String(rejected), "--by", "Ben", "--reason", "not a quote"]).status == 0)

        for arguments in [["ingest", Self.article], ["ingest", "--reextract", Self.article]] {
            let again = try cli.run(arguments)
            #expect(again.status == 0, "\(again.stderr)")
            try Self.open(cli).read { (db: Database) throws in
                let statement = try #require(
                    try Row.fetchOne(
                        db,
                        sql: """
                            SELECT s.status, s.is_locked, c.corrected_text FROM statements s
                            JOIN statement_curations c ON c.statement_id = s.id WHERE s.id = ?
                            """, arguments: [edited]))
                #expect(statement["corrected_text"] == "Corrected words.", "\(arguments)")
                #expect(statement["is_locked"] == 1)
                #expect(
                    try String.fetchOne(db, sql: "SELECT status FROM statements WHERE id = ?", arguments: [rejected])
                        == "rejected")
                #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM statement_edits") == 2)
                #expect(
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM statements") == rows.count,
                    "no duplicates of kept statements")
            }
        }
        let export = try cli.run(["export", "--format", "csv"])
        #expect(export.stdout.contains("Corrected words."))
        #expect(!export.stdout.contains(rows[1]["text"] as String), "a rejected statement is left out")
    }

    @Test func queueConfirmAndReject() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["ingest", Self.article])
        let all = try cli.run(["queue", "--min-confidence", "1", "--format", "json"])
        #expect(all.status == 0, "\(all.stderr)")
        let queued = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]])
        let ids = queued.compactMap { $0["statement_id"] as? Int }
        #expect(!ids.isEmpty)
        let first = try #require(ids.first)
        let confirm = try cli.run(["confirm", String(first), "--by", "Chris"])
        #expect(confirm.status == 0, "\(confirm.stderr)")
        let after = try cli.run(["queue", "--min-confidence", "1", "--format", "csv"])
        #expect(after.stdout.split(separator: "\r\n").count == ids.count, "header plus one fewer row")
        try Self.open(cli).read { (db: Database) throws in
            #expect(
                try String.fetchOne(
                    db, sql: "SELECT checked_by FROM statement_curations WHERE statement_id = ?", arguments: [first])
                    == "Chris")
            #expect(try Int.fetchOne(db, sql: "SELECT is_locked FROM statements WHERE id = ?", arguments: [first]) == 1)
        }
        let bad = try cli.run(["queue", "--min-confidence", "2"])
        #expect(bad.status == 64)
    }

    @Test func failuresSayWhatIsWrongAndExitNonZero() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["ingest", Self.article])

        let unknown = try cli.run(["edit", "999", "--text", "x", "--by", "Ben", "--reason", "r"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("No statement with id 999"))
        let unknownHistory = try cli.run(["history", "999"])
        #expect(unknownHistory.status != 0)
        #expect(unknownHistory.stderr.contains("No statement with id 999"))

        let noBy = try cli.run(["edit", "1", "--text", "x", "--reason", "r"])
        #expect(noBy.status == 64)
        #expect(noBy.stderr.contains("--by"))
        let noReason = try cli.run(["retract", "1", "--by", "Ben"])
        #expect(noReason.status == 64)
        #expect(noReason.stderr.contains("--reason"))
        let blankBy = try cli.run(["confirm", "1", "--by", "  "])
        #expect(blankBy.status == 64)
        #expect(blankBy.stderr.contains("--by cannot be empty"))
        let nothing = try cli.run(["edit", "1", "--by", "Ben", "--reason", "r"])
        #expect(nothing.status == 64)
        #expect(nothing.stderr.contains("Nothing to change"))

        let badRating = try cli.run([
            "review", "1", "--rating", "Sort of", "--by", "Fact Desk", "--url", "https://facts.test/1", "--summary",
            "s",
        ])
        #expect(badRating.status == 64)
        #expect(badRating.stderr.contains("'Sort of' is not on the 'default' scale"))
        #expect(badRating.stderr.contains("Pants on fire"))
        let badURL = try cli.run(["review", "1", "--rating", "True", "--by", "F", "--url", "facts", "--summary", "s"])
        #expect(badURL.status == 64)
        #expect(badURL.stderr.contains("not a web address"))

        for date in ["2022-02-30", "yesterday", "2022-13-01"] {
            let badDate = try cli.run([
                "review", "1", "--rating", "True", "--by", "F", "--url", "https://f.test/1", "--summary", "s", "--date",
                date,
            ])
            #expect(badDate.status == 64)
            #expect(badDate.stderr.contains("'\(date)' given to --date is not a date"))
        }
        let badLogDate = try cli.run([
            "log", "--speaker", "A B", "--text", "t", "--kind", "direct", "--date", "20/04/2022", "--source", "s",
            "--by", "b",
        ])
        #expect(badLogDate.status == 64)
        #expect(badLogDate.stderr.contains("YYYY-MM-DD"))

        // Not a terminal: missing options are named, nothing is asked.
        let missing = try cli.run(["log", "--speaker", "A B", "--text", "t"], stdin: "direct\n")
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("Missing --kind, --date, --source, --by"))

        let scaleFile = try cli.write("Good\nBad = 1\n", to: "broken-scale.txt")
        let badScale = try cli.run([
            "review", "1", "--rating", "Good", "--by", "F", "--url", "https://f.test/1", "--summary", "s", "--scale",
            scaleFile,
        ])
        #expect(badScale.status == 65)
        #expect(badScale.stderr.contains("line 1"))

        let retract = try cli.run(["retract", "1", "--by", "Ben", "--reason", "misattributed"])
        #expect(retract.status == 0)
        let twice = try cli.run(["retract", "1", "--by", "Ben", "--reason", "again"])
        #expect(twice.status == 65)
        #expect(twice.stderr.contains("already retracted"))
    }

    @Test func aScaleFileIsStoredAndUsed() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["ingest", Self.article])
        let scaleFile = try cli.write("Correct\nMisleading\nWrong\nNo evidence = none\n", to: "house.txt")
        let review = try cli.run([
            "review", "1", "--rating", "misleading", "--by", "F", "--url", "https://f.test/1", "--summary", "s",
            "--scale", scaleFile,
        ])
        #expect(review.status == 0, "\(review.stderr)")
        let scales = try cli.run(["scales", "--format", "csv"])
        #expect(scales.status == 0, "\(scales.stderr)")
        #expect(scales.stdout.hasPrefix("scale,position,rating,rating_value,best_rating,worst_rating\r\n"))
        #expect(scales.stdout.contains("default,7,Unverifiable,,,\r\n"))
        #expect(scales.stdout.contains("house,2,Misleading,2,3,1\r\n"))
        let byName = try cli.run([
            "review", "1", "--rating", "Wrong", "--by", "F", "--url", "https://f.test/2", "--summary", "s", "--scale",
            "house",
        ])
        #expect(byName.status == 0, "\(byName.stderr)")
        try Self.open(cli).read { (db: Database) throws in
            let values = try Row.fetchAll(
                db, sql: "SELECT rating_value, best_rating, worst_rating, scale FROM statement_reviews ORDER BY id")
            #expect(values.map { $0["rating_value"] as Int } == [2, 1])
            #expect(values.allSatisfy { $0["best_rating"] == 3 && $0["worst_rating"] == 1 && $0["scale"] == "house" })
        }
    }

    @Test func promptsAskForEachMissingFieldAndRepeatBadAnswers() throws {
        var answers = [
            "", "Zelensky", "We stand.", "quoted", "direct", "2022-02-30", "2022-03-20", "video address", "", "Anna",
        ]
        var shown = ""
        let prompter = LogPrompter(readLine: { answers.isEmpty ? nil : answers.removeFirst() }, write: { shown += $0 })
        let fields = prompter.fill(LogFields(note: "given on the command line"))
        #expect(
            fields
                == LogFields(
                    speaker: "Zelensky", text: "We stand.", kind: "direct", date: "2022-03-20", source: "video address",
                    outlet: nil, by: "Anna", note: "given on the command line"))
        #expect(
            shown.contains("Speaker (any name or alias): Speaker (any name or alias): "),
            "a blank required answer asks again")
        #expect(shown.contains("answer 'direct' or 'reported'"))
        #expect(shown.contains("YYYY-MM-DD"))
        #expect(!shown.contains("Note"), "fields given are not asked")
        #expect(fields.missingOptions.isEmpty)
        let statement = try OnRecordCommand.Log.manualStatement(from: fields, speakerKind: .person)
        #expect(statement.kind == .direct)
    }

    @Test func promptsStopAtEndOfInputAndNameWhatIsStillMissing() {
        var answers = ["Zelensky"]
        let prompter = LogPrompter(readLine: { answers.isEmpty ? nil : answers.removeFirst() }, write: { _ in })
        let fields = prompter.fill(LogFields())
        #expect(fields.speaker == "Zelensky")
        #expect(fields.missingOptions == ["--text", "--kind", "--date", "--source", "--by"])
        #expect(throws: DeskCLIError.missingOptions(["--text", "--kind", "--date", "--source", "--by"])) {
            try OnRecordCommand.Log.manualStatement(from: fields, speakerKind: .person)
        }
    }
}

/// The fields Google's Fact Check Tools require (and recommend where we know them) in a ClaimReview.
enum FactCheckRequirements {
    static func problems(in object: [String: Any]) -> [String] {
        var problems: [String] = []
        func nonEmpty(_ value: Any?) -> Bool {
            (value as? String).map { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? false
        }
        func isWebAddress(_ value: Any?) -> Bool {
            guard let text = value as? String, let url = URL(string: text), let scheme = url.scheme else {
                return false
            }
            return ["http", "https"].contains(scheme) && url.host != nil
        }
        func isDate(_ value: Any?) -> Bool {
            guard let text = value as? String else { return false }
            return text.range(of: #"^\d{4}-\d{2}-\d{2}"#, options: .regularExpression) != nil
        }
        if object["@context"] as? String != "https://schema.org" { problems.append("@context") }
        if object["@type"] as? String != "ClaimReview" { problems.append("@type") }
        if !nonEmpty(object["claimReviewed"]) { problems.append("claimReviewed") }
        if !isWebAddress(object["url"]) { problems.append("url") }
        if !isDate(object["datePublished"]) { problems.append("datePublished") }
        if let author = object["author"] as? [String: Any] {
            if !nonEmpty(author["name"]) { problems.append("author.name") }
            if author["@type"] as? String != "Organization" { problems.append("author.@type") }
        } else {
            problems.append("author")
        }
        if let rating = object["reviewRating"] as? [String: Any] {
            if rating["@type"] as? String != "Rating" { problems.append("reviewRating.@type") }
            if !nonEmpty(rating["alternateName"]) { problems.append("reviewRating.alternateName") }
            if let value = rating["ratingValue"] {
                guard let value = value as? Int, let best = rating["bestRating"] as? Int,
                    let worst = rating["worstRating"] as? Int
                else { return problems + ["reviewRating numbers"] }
                if worst < 1 || best <= worst || value < worst || value > best { problems.append("reviewRating range") }
            } else if rating["bestRating"] != nil || rating["worstRating"] != nil {
                problems.append("reviewRating: best/worst without a value")
            }
        } else {
            problems.append("reviewRating")
        }
        if let claim = object["itemReviewed"] as? [String: Any] {
            if claim["@type"] as? String != "Claim" { problems.append("itemReviewed.@type") }
            if let author = claim["author"] as? [String: Any] {
                if !nonEmpty(author["name"]) { problems.append("itemReviewed.author.name") }
                if !["Person", "Organization"].contains(author["@type"] as? String ?? "") {
                    problems.append("itemReviewed.author.@type")
                }
            }
            if let date = claim["datePublished"], !isDate(date) { problems.append("itemReviewed.datePublished") }
            for key in ["firstAppearance"] {
                if let work = claim[key] as? [String: Any] {
                    if work["@type"] as? String != "CreativeWork" { problems.append("\(key).@type") }
                    if !isWebAddress(work["url"]) && !nonEmpty(work["name"]) {
                        problems.append("\(key) needs url or name")
                    }
                }
            }
        } else {
            problems.append("itemReviewed")
        }
        return problems
    }
}
