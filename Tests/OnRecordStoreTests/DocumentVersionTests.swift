import Foundation
import GRDB
import OnRecordCore
import Testing

@testable import OnRecordStore

/// Versions: the same URL ingested again with other text.
struct DocumentVersionTests {
    static let url = "https://example.test/2022/03/talks"

    /// Stores `text` as the article at ``url`` with one statement by Kuleba per quoted sentence.
    func ingest(_ text: String, quotes: [String], into db: OnRecordDatabase, url: String? = url) throws
        -> IngestOutcome
    {
        try db.ingest(
            Article(text: text, metadata: ArticleMetadata(url: url), publishedAt: "2022-03-20"),
            statements: quotes.map { statement($0, in: text, speaker: "Dmytro Kuleba") }, extractor: "t",
            at: fixedDate)
    }

    @Test func changedTextAtSameURLBecomesVersionTwoLinkedToTheFirst() throws {
        let db = try OnRecordDatabase.inMemory()
        let first = try ingest(
            "Kuleba said, \"We will never negotiate.\"", quotes: ["We will never negotiate."], into: db)
        let second = try ingest(
            "Kuleba said, \"We will negotiate.\" Later he left.", quotes: ["We will negotiate."], into: db)
        guard case .stored(let firstID, _, _) = first else {
            Issue.record("first ingest: \(first)")
            return
        }
        guard case .newVersion(let secondID, 2, firstID, 1, []) = second else {
            Issue.record("second ingest: \(second)")
            return
        }
        let rows = try db.read {
            try Row.fetchAll(
                $0, sql: "SELECT document_id, version, previous_document_id FROM document_versions ORDER BY version")
        }
        #expect(rows.map { $0["version"] as Int } == [1, 2])
        #expect(rows[1]["previous_document_id"] == firstID)
        #expect(rows[1]["document_id"] == secondID)
    }

    @Test func identicalTextAtSameURLIsUnchangedAndAddsNoVersion() throws {
        let db = try OnRecordDatabase.inMemory()
        _ = try ingest("Kuleba said, \"Ready.\"", quotes: ["Ready."], into: db)
        let again = try ingest("Kuleba said, \"Ready.\"", quotes: ["Ready."], into: db)
        #expect(again == .unchanged(documentID: 1))
        #expect(try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM document_versions") } == 1)
    }

    @Test func listingsShowOnlyTheLatestVersionUnlessAskedForAll() throws {
        let db = try OnRecordDatabase.inMemory()
        _ = try ingest("Kuleba said, \"We will never negotiate.\"", quotes: ["We will never negotiate."], into: db)
        _ = try ingest("Kuleba said, \"We will negotiate.\"", quotes: ["We will negotiate."], into: db)
        _ = try ingest("Kuleba said, \"Another day.\"", quotes: ["Another day."], into: db, url: "https://other.test/x")
        #expect(try db.timeline(of: "Kuleba").statements.map(\.text) == ["We will negotiate.", "Another day."])
        #expect(try db.search("negotiate").map(\.text) == ["We will negotiate."])
        let all = try db.timeline(of: "Kuleba", filter: StatementFilter(includesEarlierVersions: true))
        #expect(all.statements.count == 3)
        #expect(try db.actors().first?.statementCount == 2)
        var exported: [String] = []
        try db.exportStatements(filter: StatementFilter()) { exported.append($0.text) }
        #expect(exported.count == 2)
    }

    @Test func changesListRewordedAppearedAndDisappearedStatements() throws {
        let db = try OnRecordDatabase.inMemory()
        let v1 = "Kuleba said, \"We will never negotiate with them.\" He added, \"The door is closed.\" \"Same.\""
        let v2 = "Kuleba said, \"We will negotiate with them.\" He added, \"Talks start Monday.\" \"Same.\""
        _ = try ingest(v1, quotes: ["We will never negotiate with them.", "The door is closed.", "Same."], into: db)
        _ = try ingest(v2, quotes: ["We will negotiate with them.", "Talks start Monday.", "Same."], into: db)

        let changes = try db.statementChanges(url: Self.url)
        #expect(changes.map(\.kind) == [.changed, .disappeared, .appeared])
        #expect(changes[0].oldText == "We will never negotiate with them.")
        #expect(changes[0].newText == "We will negotiate with them.")
        #expect(changes[0].actorName == "Dmytro Kuleba")
        #expect(changes[0].fromVersion == 1 && changes[0].toVersion == 2)
        #expect(changes[1].oldText == "The door is closed.")
        #expect(changes[2].newText == "Talks start Monday.")

        let withUnchanged = try db.statementChanges(includesUnchanged: true)
        #expect(withUnchanged.filter { $0.kind == .unchanged }.map(\.newText) == ["Same."])
    }

    @Test func changesForAURLNobodyStoredSaysSoWithLookAlikes() throws {
        let db = try OnRecordDatabase.inMemory()
        _ = try ingest("Kuleba said, \"Ready.\"", quotes: ["Ready."], into: db)
        #expect(try db.statementChanges(url: Self.url).isEmpty)
        #expect(throws: StoreError.unknownURL(url: "http://example.test/2022/03/talks/", suggestions: [Self.url])) {
            try db.statementChanges(url: "http://example.test/2022/03/talks/")
        }
        #expect(throws: StoreError.unknownURL(url: "https://nowhere.test/a", suggestions: [])) {
            try db.statementChanges(url: "https://nowhere.test/a")
        }
    }

    @Test func articlesWithoutURLNeverBecomeVersions() throws {
        let db = try OnRecordDatabase.inMemory()
        let a = try ingest("Kuleba said, \"A.\"", quotes: ["A."], into: db, url: nil)
        let b = try ingest("Kuleba said, \"B.\"", quotes: ["B."], into: db, url: nil)
        #expect(a == .stored(documentID: 1, statements: 1, rejected: []))
        #expect(b == .stored(documentID: 2, statements: 1, rejected: []))
        #expect(try db.timeline(of: "Kuleba").statements.count == 2)
    }
}
