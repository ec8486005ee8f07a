import Foundation
import GRDB
import OnRecordCore
import Testing

@testable import OnRecordStore

/// Logging, correcting, checking and reviewing statements: the history is complete and provenance holds.
struct DeskTests {
    static let logged = ManualStatement(
        speaker: "Volodymyr Zelensky", text: "We will not give up.", kind: .direct, statedOn: "2022-03-20",
        source: "press conference, Kyiv", outlet: "Kyiv Desk", loggedBy: "Anna Editor", note: "heard live")

    /// Every statement's text equals its document's scalars at its offsets.
    static func provenanceHolds(in db: OnRecordDatabase) throws -> Bool {
        let mismatches = try db.read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM statements s JOIN documents d ON d.id = s.document_id
                    WHERE substr(d.text, s.char_start + 1, s.char_end - s.char_start) != s.text
                    """)
        }
        return mismatches == 0
    }

    /// One stored article with two extracted statements; returns the article and its statements.
    static func ingestArticle(_ db: OnRecordDatabase) throws -> (Article, [ExtractedStatement]) {
        let text = "Kuleba said, \"We are ready to talk.\" Someone said, \"Nothing will change.\""
        let article = Article(
            text: text, metadata: ArticleMetadata(url: "https://news.test/a", outlet: "News"), publishedAt: "2022-04-04"
        )
        var second = statement("Nothing will change.", in: text, speaker: nil, mention: "Someone")
        second.confidence = 0.4
        let statements = [statement("We are ready to talk.", in: text, speaker: "Dmytro Kuleba"), second]
        _ = try db.ingest(article, statements: statements, extractor: "rules@1", at: fixedDate)
        return (article, statements)
    }

    @Test func loggedStatementHasAManualDocumentAndPointsAtItsWords() throws {
        let db = try OnRecordDatabase.inMemory()
        let id = try db.logStatement(Self.logged, at: fixedDate)
        let row = try #require(
            try db.read { db in
                try Row.fetchOne(
                    db,
                    sql: """
                        SELECT s.*, d.format, d.url, d.title, d.outlet, d.published_at, c.logged_by, c.note
                        FROM statements s JOIN documents d ON d.id = s.document_id
                        JOIN statement_curations c ON c.statement_id = s.id WHERE s.id = ?
                        """, arguments: [id])
            })
        #expect(row["format"] == "manual")
        #expect(row["extractor"] == "manual")
        #expect(row["rule"] == "manual")
        #expect(row["confidence"] == 1.0)
        #expect(row["is_locked"] == true)
        #expect(row["url"] == nil as String?)
        #expect(row["title"] == "press conference, Kyiv")
        #expect(row["outlet"] == "Kyiv Desk")
        #expect(row["published_at"] == "2022-03-20")
        #expect(row["logged_by"] == "Anna Editor")
        #expect(row["note"] == "heard live")
        #expect(try Self.provenanceHolds(in: db))
        #expect(try db.statement(id: id).speakerSpan == TextSpan(start: 0, end: 18), "the header names the speaker")
        #expect(try db.history(of: id).entries.map(\.action) == [.log])
    }

    @Test func loggingMatchesAnyAliasOrMakesANewActor() throws {
        let db = try OnRecordDatabase.inMemory()
        _ = try Self.ingestArticle(db)
        var byAlias = Self.logged
        byAlias.speaker = "kuleba"
        byAlias.source = "https://video.test/1"
        let id = try db.logStatement(byAlias, at: fixedDate)
        #expect(try db.statement(id: id).row.actorName == "Dmytro Kuleba")
        #expect(try db.statement(id: id).row.url == "https://video.test/1")
        var newcomer = Self.logged
        newcomer.speaker = "Maria Newvoice"
        let other = try db.logStatement(newcomer, at: fixedDate)
        #expect(try db.statement(id: other).row.actorName == "Maria Newvoice")
        #expect(try db.resolveActor(named: "Newvoice").name == "Maria Newvoice")
    }

    @Test func editKeepsSourceWordsAndRecordsEveryChangedField() throws {
        let db = try OnRecordDatabase.inMemory()
        _ = try Self.ingestArticle(db)
        // When a person corrects the wording, speaker and date of an extracted statement
        let entries = try db.editStatement(
            id: 2,
            changes: StatementChanges(
                speaker: "Dmitry Peskov", text: "Nothing will ever change.", statedOn: "2022-04-03"),
            by: "Ben", reason: "checked the recording", at: fixedDate)
        // Then each change is in the history with old and new values
        #expect(entries.map(\.field) == ["speaker", "text", "stated_on"])
        #expect(entries[1].oldValue == "Nothing will change.")
        #expect(entries[1].newValue == "Nothing will ever change.")
        #expect(entries.allSatisfy { $0.by == "Ben" && $0.reason == "checked the recording" })
        // And listings show the correction while the stored text still matches the document
        let detail = try db.statement(id: 2)
        #expect(detail.row.text == "Nothing will change.", "the source's words stay")
        #expect(detail.row.currentText == "Nothing will ever change.")
        #expect(detail.row.actorName == "Dmitry Peskov")
        #expect(try Self.provenanceHolds(in: db))
        let history = try db.history(of: 2)
        #expect(history.statement.row.text == "Nothing will change.")
        #expect(history.statement.isLocked)
        // And an edit that changes nothing is refused
        #expect(throws: DeskError.nothingToChange(id: 2)) {
            try db.editStatement(
                id: 2, changes: StatementChanges(kind: .direct), by: "Ben", reason: "again", at: fixedDate)
        }
    }

    @Test func humanEditsSurviveReextractionOfTheSameDocument() throws {
        let db = try OnRecordDatabase.inMemory()
        let (article, statements) = try Self.ingestArticle(db)
        try db.editStatement(
            id: 1, changes: StatementChanges(text: "We are ready to talk now."), by: "Ben", reason: "typo",
            at: fixedDate)
        try db.rejectStatement(id: 2, by: "Ben", reason: "no speaker", at: fixedDate)
        // When the same article is ingested again, plainly and with --reextract
        #expect(
            try db.ingest(article, statements: statements, extractor: "rules@2", at: fixedDate)
                == .unchanged(documentID: 1))
        let outcome = try db.ingest(
            article, statements: statements, extractor: "rules@2", replacingExisting: true, at: fixedDate)
        // Then nothing is replaced: both statements were touched by a person
        #expect(outcome == .reextracted(documentID: 1, statements: 0, rejected: []))
        #expect(try db.statement(id: 1).row.correctedText == "We are ready to talk now.")
        #expect(try db.history(of: 2).statement.status == "rejected")
        #expect(try db.history(of: 1).entries.count == 1)
        #expect(try db.counts().statements == 2)
    }

    @Test func retractAndRejectKeepTheRowAndRefuseTwice() throws {
        let db = try OnRecordDatabase.inMemory()
        _ = try Self.ingestArticle(db)
        let id = try db.logStatement(Self.logged, at: fixedDate)
        try db.retractStatement(id: id, by: "Anna", reason: "wrong person", at: fixedDate)
        #expect(throws: DeskError.alreadyWithdrawn(id: id, status: "retracted")) {
            try db.retractStatement(id: id, by: "Anna", reason: "again", at: fixedDate)
        }
        #expect(throws: DeskError.notAutomatic(id: id)) {
            try db.rejectStatement(id: id, by: "Anna", reason: "logged", at: fixedDate)
        }
        #expect(try db.timeline(of: "Zelensky").statements.isEmpty)
        #expect(throws: StoreError.statementNotFound(id: 999)) {
            try db.retractStatement(id: 999, by: "Anna", reason: "x", at: fixedDate)
        }
    }

    @Test func queueListsUncheckedLowConfidenceOrUnresolvedAndConfirmRemovesThem() throws {
        let db = try OnRecordDatabase.inMemory()
        _ = try Self.ingestArticle(db)
        _ = try db.logStatement(Self.logged, at: fixedDate)
        #expect(try db.reviewQueue(minConfidence: 0.6, limit: nil).map(\.id) == [2])
        #expect(try db.reviewQueue(minConfidence: 0.95, limit: nil).map(\.id).sorted() == [1, 2])
        try db.confirmStatement(id: 2, by: "Chris", at: fixedDate)
        #expect(try db.reviewQueue(minConfidence: 0.6, limit: nil).isEmpty)
        let history = try db.history(of: 2)
        #expect(history.statement.checkedBy == "Chris")
        #expect(history.statement.isLocked)
        #expect(history.entries.map(\.action) == [.confirm])
    }

    @Test func reviewsUseTheScaleAndUnverifiableHasNoNumber() throws {
        let db = try OnRecordDatabase.inMemory()
        let id = try db.logStatement(Self.logged, at: fixedDate)
        let request = ReviewRequest(
            rating: "half TRUE", reviewer: "Fact Desk", url: "https://facts.test/check/1", summary: "Partly.",
            reviewedOn: "2022-03-22")
        let half = try db.reviewStatement(id: id, request, at: fixedDate)
        #expect(half.rating == "Half true")
        #expect([half.ratingValue, half.bestRating, half.worstRating] == [4, 6, 1])
        #expect(half.reviewerURL == "https://facts.test")
        var unverifiable = request
        unverifiable.rating = "Unverifiable"
        let second = try db.reviewStatement(id: id, unverifiable, at: fixedDate)
        #expect(second.ratingValue == nil && second.bestRating == nil && second.worstRating == nil)
        var bogus = request
        bogus.rating = "Kinda"
        #expect(throws: DeskError.self) { try db.reviewStatement(id: id, bogus, at: fixedDate) }
        #expect(throws: DeskError.unknownScale(name: "nope", known: ["default"])) {
            try db.reviewStatement(id: id, request, scaleName: "nope", at: fixedDate)
        }
        // A scale from a file is stored and used
        let custom = try RatingScale.parse("Accurate\nMisleading\nFalse\n", name: "house")
        var accurate = request
        accurate.rating = "misleading"
        let third = try db.reviewStatement(id: id, accurate, scale: custom, at: fixedDate)
        #expect([third.ratingValue, third.bestRating, third.worstRating] == [2, 3, 1])
        #expect(try db.ratingScale(named: "house") == custom)
        #expect(try db.history(of: id).reviews.count == 3)
    }

    @Test func claimReviewItemsCarryClaimSpeakerAndAppearances() throws {
        let db = try OnRecordDatabase.inMemory()
        _ = try Self.ingestArticle(db)
        try db.editStatement(
            id: 1, changes: StatementChanges(text: "We are ready."), by: "Ben", reason: "r", at: fixedDate)
        let request = ReviewRequest(
            rating: "False", reviewer: "Fact Desk", url: "https://facts.test/2", summary: "No.",
            reviewedOn: "2022-05-01")
        try db.reviewStatement(id: 1, request, at: fixedDate)
        let items = try db.claimReviewItems()
        #expect(items.count == 1)
        let item = try #require(items.first)
        #expect(item.claim == "We are ready.")
        #expect(item.speaker == "Dmytro Kuleba")
        #expect(item.statedOn == "2022-04-04")
        #expect(item.appearances.map(\.url) == ["https://news.test/a"])
        #expect(try db.claimReviewItems(filter: StatementFilter(since: "2023-01-01")).isEmpty)
        // The outlet and topic filters apply too, as in every other export format.
        #expect(try db.claimReviewItems(filter: StatementFilter(outlet: "news")).count == 1)
        #expect(try db.claimReviewItems(filter: StatementFilter(outlet: "Other Paper")).isEmpty)
        #expect(throws: QueryError.unknownTopic(name: "nope", known: [])) {
            try db.claimReviewItems(filter: StatementFilter(topic: "nope"))
        }
    }
    @Test func aSurnameSharedByTwoActorsIsRefusedNotGuessed() throws {
        let db = try OnRecordDatabase.inMemory()
        let text = "Anna Smith said, \"Yes.\" John Smith said, \"No.\""
        _ = try db.ingest(
            Article(text: text),
            statements: [
                statement("Yes.", in: text, speaker: "Anna Smith"), statement("No.", in: text, speaker: "John Smith"),
            ],
            extractor: "t", at: fixedDate)
        var manual = Self.logged
        manual.speaker = "Smith"
        #expect(throws: DeskError.ambiguousSpeaker(name: "Smith", candidates: ["Anna Smith", "John Smith"])) {
            try db.logStatement(manual, at: fixedDate)
        }
        #expect(try db.counts().actors == 2, "no actor is made for an ambiguous name")
    }

    @Test func theSameLogTwiceAtTheSameMomentIsStoredOnce() throws {
        let db = try OnRecordDatabase.inMemory()
        _ = try db.logStatement(Self.logged, at: fixedDate)
        #expect(throws: DeskError.duplicateLog(speaker: "Volodymyr Zelensky")) {
            try db.logStatement(Self.logged, at: fixedDate)
        }
        // The same words on another occasion are another statement.
        _ = try db.logStatement(Self.logged, at: fixedDate.addingTimeInterval(60))
        #expect(try db.counts().statements == 2)
        var blank = Self.logged
        blank.loggedBy = " "
        #expect(throws: DeskError.invalidValue(field: "by", value: " ", reason: "it is empty")) {
            try db.logStatement(blank, at: fixedDate)
        }
    }
}
