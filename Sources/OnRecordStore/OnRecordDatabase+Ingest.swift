public import Foundation
import GRDB
public import OnRecordCore

/// What happened to one article handed to ``OnRecordDatabase/ingest(_:statements:extractor:runID:at:)``.
public enum IngestOutcome: Equatable, Sendable {
    /// The article was new; it was stored with this many statements.
    case stored(documentID: Int64, statements: Int, rejected: [String])
    /// The article's URL was already stored with different text: it was stored as a new version
    /// (`version` ≥ 2) linked to `previousDocumentID`, the latest version until now.
    case newVersion(documentID: Int64, version: Int, previousDocumentID: Int64, statements: Int, rejected: [String])
    /// The same text was already stored; nothing was added.
    case unchanged(documentID: Int64)
    /// The same text was already stored and its automatic statements were replaced by a new extraction;
    /// statements a person logged, edited, confirmed or retracted were kept.
    case reextracted(documentID: Int64, statements: Int, rejected: [String])
}

/// Totals of one `ingest` run, stored in `ingest_runs`.
public struct IngestTotals: Equatable, Sendable {
    /// Articles stored for the first time (new versions of a stored URL included).
    public var documentsNew = 0
    /// Of ``documentsNew``, those stored as a new version of a URL that was already stored.
    public var documentsNewVersions = 0
    /// Articles whose text was already in the database.
    public var documentsUnchanged = 0
    /// Inputs that could not be read or stored.
    public var documentsFailed = 0
    /// Statements stored.
    public var statementsStored = 0

    /// Creates empty totals.
    public init() {}
}

/// One article to store with ``OnRecordDatabase/ingest(batch:extractor:runID:replacingExisting:at:stopAtFirstFailure:)``.
public struct IngestItem: Sendable {
    /// The article, whose `text` is stored exactly as given.
    public var article: Article
    /// What the extractor found in `article.text`.
    public var statements: [ExtractedStatement]
    /// `ContentHash.sha256Hex(of: article.text)` when the caller already has it.
    public var textSHA256: String?
    /// The statements of `statements` whose offsets do not point at their text, when
    /// ``checkingProvenance()`` already found them (else the writer checks).
    private(set) var rejectedStatements: [ExtractedStatement]?

    /// Creates an item.
    public init(article: Article, statements: [ExtractedStatement], textSHA256: String? = nil) {
        self.article = article
        self.statements = statements
        self.textSHA256 = textSHA256
    }

    /// The item with its statements checked against the article's text (``Provenance``), the ones whose
    /// offsets do not point at their text set apart: callers that prepare items in parallel call this there,
    /// so the writer's thread does not (building the text's scalar array was 3% of it).
    public func checkingProvenance() -> IngestItem {
        guard rejectedStatements == nil else { return self }
        var item = self
        let (valid, rejected) = Provenance.split(statements, in: article.text)
        item.statements = valid
        item.rejectedStatements = rejected
        return item
    }
}

extension OnRecordDatabase {
    /// Records the start of an ingest run and returns its id.
    public func beginIngestRun(extractor: String, at date: Date) throws(StoreError) -> Int64 {
        try write { db in
            var run = IngestRunRecord(
                id: nil, startedAt: Timestamp.iso(date), finishedAt: nil, extractor: extractor,
                documentsNew: 0, documentsUnchanged: 0, documentsFailed: 0, statementsStored: 0)
            try run.insert(db)
            return run.id ?? db.lastInsertedRowID
        }
    }

    /// Records the end of an ingest run with its totals.
    public func finishIngestRun(_ runID: Int64, totals: IngestTotals, at date: Date) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: """
                    UPDATE ingest_runs SET finished_at = ?, documents_new = ?, documents_unchanged = ?,
                        documents_failed = ?, statements_stored = ? WHERE id = ?
                    """,
                arguments: [
                    Timestamp.iso(date), totals.documentsNew, totals.documentsUnchanged, totals.documentsFailed,
                    totals.statementsStored, runID,
                ])
        }
    }

    /// Stores an article and its statements in one transaction, unless the same text is already stored.
    ///
    /// Statements whose offsets do not point at their text are not stored; their texts are returned in
    /// `rejected` so the caller can report them. Speakers are linked to existing actors by name key.
    ///
    /// - Parameters:
    ///   - article: The article, whose `text` is stored exactly as given.
    ///   - statements: What the extractor found in `article.text`.
    ///   - extractor: `name@version` of the extractor, stored with every statement.
    ///   - runID: The ingest run this belongs to, if any.
    ///   - replacingExisting: When the text is already stored, replace its automatic statements with
    ///     `statements` (after an extractor upgrade). Locked statements (touched by a person) are kept, and
    ///     new statements overlapping them are not added.
    ///   - date: The ingest time (injected so tests are deterministic).
    ///   - textSHA256: `ContentHash.sha256Hex(of: article.text)` when the caller already has it.
    /// - Returns: Whether the article was new, a new version of a stored URL, already stored, or re-extracted.
    public func ingest(
        _ article: Article, statements: [ExtractedStatement], extractor: String, runID: Int64? = nil,
        replacingExisting: Bool = false, at date: Date, textSHA256: String? = nil
    ) throws(StoreError) -> IngestOutcome {
        let item = IngestItem(article: article, statements: statements, textSHA256: textSHA256)
        return try write { db in
            try Self.ingestOne(
                item, extractor: extractor, runID: runID, replacingExisting: replacingExisting,
                now: Timestamp.iso(date), in: db)
        }
    }

    /// Stores several articles in one write transaction, each article landing whole or not at all.
    ///
    /// Why one transaction for many articles: with a transaction per article, SQLite wrote the same
    /// index pages to the WAL again at every commit, and FTS5 flushed (and later merged) one index segment
    /// per article. Here the batch's statements are indexed into `statements_fts` in one
    /// `INSERT … SELECT` just before the commit (the per-row trigger is skipped while
    /// `statements_fts_deferred` holds its row, which only this transaction ever sees).
    ///
    /// Each article still lands whole or not at all: an article that breaks a constraint is rolled back
    /// alone and reported in its result, and the others still land. The batch is first written without a
    /// savepoint per article (opening and releasing them, and copying every page an article first touches
    /// into the savepoint's journal, was about 5-9% of ingest CPU, measured); when an article breaks a
    /// constraint, that attempt is rolled back entirely and the batch is written again with each article
    /// in its own savepoint, so the failing one is rolled back to its savepoint and the others land. A
    /// killed process rolls back only this batch; a re-run finds the committed articles by their text and
    /// stores the rest.
    ///
    /// - Parameters:
    ///   - items: The articles with their statements, in the order they are stored.
    ///   - extractor: `name@version` of the extractor, stored with every statement.
    ///   - runID: The ingest run this belongs to, if any.
    ///   - replacingExisting: As in ``ingest(_:statements:extractor:runID:replacingExisting:at:textSHA256:)``.
    ///   - date: The ingest time of every article of the batch.
    ///   - stopAtFirstFailure: Store nothing after the first article that fails (`ingest --strict`).
    /// - Returns: One result per article stored or failed, in order; shorter than `items` only when
    ///   `stopAtFirstFailure` stopped early.
    /// - Throws: ``StoreError`` when the batch as a whole cannot be written (busy, I/O); nothing of it
    ///   is stored then.
    public func ingest(
        batch items: [IngestItem], extractor: String, runID: Int64? = nil, replacingExisting: Bool = false,
        at date: Date, stopAtFirstFailure: Bool = false
    ) throws(StoreError) -> [Result<IngestOutcome, StoreError>] {
        guard !items.isEmpty else { return [] }
        let now = Timestamp.iso(date)
        let batch = { (savepointPerArticle: Bool, db: Database) in
            try Self.ingestBatch(
                items, extractor: extractor, runID: runID, replacingExisting: replacingExisting, now: now,
                stopAtFirstFailure: stopAtFirstFailure, savepointPerArticle: savepointPerArticle, path: path,
                in: db)
        }
        do {
            return try writeTransaction { db in try batch(false, db) }
        } catch is ArticleNeedsItsOwnSavepoint {
            // Rolled back whole; written again below, each article in a savepoint.
        } catch let error as StoreError {
            throw error
        } catch {
            throw .databaseFailure(path: path, message: "\(error)")
        }
        return try write { db in try batch(true, db) }
    }

    /// Writes a batch inside the caller's transaction; see ``ingest(batch:extractor:runID:replacingExisting:at:stopAtFirstFailure:)``.
    /// - Throws: ``ArticleNeedsItsOwnSavepoint`` when an article breaks a constraint and
    ///   `savepointPerArticle` is false (the caller rolls the transaction back).
    private static func ingestBatch(
        _ items: [IngestItem], extractor: String, runID: Int64?, replacingExisting: Bool, now: String,
        stopAtFirstFailure: Bool, savepointPerArticle: Bool, path: String, in db: Database
    ) throws -> [Result<IngestOutcome, StoreError>] {
        let deferred = try FullTextDeferral.begin(in: db)
        // Speakers' alias lookups, shared by the batch's articles (valid for this transaction only).
        let lookups = ActorLinker.Lookups()
        var results: [Result<IngestOutcome, StoreError>] = []
        results.reserveCapacity(items.count)
        for item in items {
            let store = {
                try Self.ingestOne(
                    item, extractor: extractor, runID: runID, replacingExisting: replacingExisting,
                    now: now, fullTextDeferred: deferred, lookups: lookups, in: db)
            }
            do {
                if savepointPerArticle {
                    var outcome: IngestOutcome?
                    try db.inSavepoint {
                        outcome = try store()
                        return .commit
                    }
                    if let outcome { results.append(.success(outcome)) }
                } else {
                    results.append(.success(try store()))
                }
            } catch let error as DatabaseError
                where error.resultCode == .SQLITE_CONSTRAINT && db.isInsideTransaction
            {
                // Without a savepoint, what the article wrote before the failing statement stays: the
                // whole attempt must go.
                guard savepointPerArticle else { throw ArticleNeedsItsOwnSavepoint() }
                // This article alone is rolled back (its savepoint); the transaction is still open.
                // Other errors (I/O, disk full, busy), or a constraint that ended the whole transaction
                // (RAISE(ROLLBACK)), abort the batch.
                // What the rolled-back article looked up may have seen actors it created.
                lookups.removeAll()
                results.append(.failure(StoreError(error, path: path)))
                if stopAtFirstFailure { break }
                continue
            }
        }
        if deferred { try FullTextDeferral.finish(in: db) }
        return results
    }

    /// Stores one article inside the caller's transaction; see ``ingest(_:statements:extractor:runID:replacingExisting:at:textSHA256:)``.
    static func ingestOne(
        _ item: IngestItem, extractor: String, runID: Int64?, replacingExisting: Bool, now: String,
        fullTextDeferred: Bool = false, lookups: ActorLinker.Lookups = ActorLinker.Lookups(), in db: Database
    ) throws -> IngestOutcome {
        let item = item.checkingProvenance()
        let article = item.article
        let statements = item.statements
        let rejected = item.rejectedStatements ?? []
        // The digest can be computed by the caller off the writer's thread (ingest does, in parallel).
        let sha = item.textSHA256 ?? ContentHash.sha256Hex(of: article.text)
        var lookup = DirectStatement(
            try db.cachedStatement(sql: "SELECT id, published_at FROM documents WHERE content_sha256 = ?"))
        try lookup.bind(sha)
        var existing: (id: Int64, publishedAt: String?)?
        try lookup.step { row in
            if let id = DirectStatement.int64(row, 0) { existing = (id, DirectStatement.text(row, 1)) }
        }
        if let existing {
            let documentID = existing.id
            guard replacingExisting else { return .unchanged(documentID: documentID) }
            try db.execute(
                sql: "DELETE FROM statements WHERE document_id = ? AND is_locked = 0 AND extractor != 'manual'",
                arguments: [documentID])
            let locked = try Row.fetchAll(
                db, sql: "SELECT char_start, char_end FROM statements WHERE document_id = ?",
                arguments: [documentID]
            ).map { TextSpan(start: $0["char_start"], end: max($0["char_start"], $0["char_end"] as Int)) }
            let isFresh = { (candidate: ExtractedStatement) in !locked.contains { $0.overlaps(candidate.span) } }
            let published = existing.publishedAt
            let stored = try Self.insertStatements(
                statements.filter(isFresh), documentID: documentID,
                statedOn: published.map { String($0.prefix(10)) }, extractor: extractor, now: now,
                fullTextDeferred: fullTextDeferred, lookups: lookups, in: db)
            return .reextracted(
                documentID: documentID, statements: stored, rejected: rejected.filter(isFresh).map(\.text))
        }
        var insert = DirectStatement(
            try db.cachedStatement(
                sql: """
                    INSERT INTO documents (text, content_sha256, url, title, outlet, author, published_at,
                        published_raw, ingested_at, source_path, source_sha256, format, ingest_run_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """))
        try insert.bind(article.text)
        try insert.bind(sha)
        try insert.bind(article.metadata.url)
        try insert.bind(article.metadata.title)
        try insert.bind(article.metadata.outlet)
        try insert.bind(article.metadata.author)
        try insert.bind(article.publishedAt)
        try insert.bind(article.metadata.publishedRaw)
        try insert.bind(now)
        try insert.bind(article.sourcePath)
        try insert.bind(article.sourceSHA256)
        try insert.bind(article.format)
        try insert.bind(runID)
        try insert.step()
        let documentID = db.lastInsertedRowID
        let previous = try Self.recordVersion(of: documentID, url: article.metadata.url, in: db)
        let stored = try Self.insertStatements(
            statements, documentID: documentID,
            statedOn: article.publishedAt.map { String($0.prefix(10)) }, extractor: extractor, now: now,
            fullTextDeferred: fullTextDeferred, lookups: lookups, in: db)
        let rejectedTexts = rejected.map(\.text)
        if let previous {
            return .newVersion(
                documentID: documentID, version: previous.version + 1, previousDocumentID: previous.documentID,
                statements: stored, rejected: rejectedTexts)
        }
        return .stored(documentID: documentID, statements: stored, rejected: rejectedTexts)
    }

    /// Links a newly stored document into the version chain of its URL.
    ///
    /// Runs inside the document's transaction, so the chain and the document land together. The writer
    /// holds SQLite's write lock from the start of the transaction (GRDB begins writes IMMEDIATE), so two
    /// processes cannot both read the same latest version and both append to it.
    /// - Returns: The version this document replaces, or `nil` when it is the URL's first (or has no URL).
    static func recordVersion(of documentID: Int64, url: String?, in db: Database) throws -> (
        documentID: Int64, version: Int
    )? {
        guard let url = url?.trimmedOfWhitespace, !url.isEmpty else { return nil }
        var lookup = DirectStatement(
            try db.cachedStatement(
                sql: "SELECT document_id, version FROM document_versions WHERE url = ? ORDER BY version DESC LIMIT 1"))
        try lookup.bind(url)
        var latest: (documentID: Int64, version: Int)?
        try lookup.step { row in
            if let id = DirectStatement.int64(row, 0), let version = DirectStatement.int64(row, 1) {
                latest = (id, Int(version))
            }
        }
        var insert = DirectStatement(
            try db.cachedStatement(
                sql:
                    "INSERT INTO document_versions (document_id, url, version, previous_document_id) VALUES (?, ?, ?, ?)"
            ))
        try insert.bind(documentID)
        try insert.bind(url)
        try insert.bind((latest?.version ?? 0) + 1)
        try insert.bind(latest?.documentID)
        try insert.step()
        return latest
    }

    /// Inserts a document's statements (already checked by ``Provenance``), linking speakers; returns how
    /// many were stored.
    static func insertStatements(
        _ valid: [ExtractedStatement], documentID: Int64, statedOn: String?, extractor: String,
        now: String, fullTextDeferred: Bool = false, lookups: ActorLinker.Lookups = ActorLinker.Lookups(),
        in db: Database
    ) throws -> Int {
        let links = try ActorLinker(date: statedOn, now: now, lookups: lookups).link(
            valid.map { ActorLinker.Input(speaker: $0.speaker, kind: $0.speakerKind, mention: $0.speakerMention) },
            in: db)
        // All rows of a document go in one multi-row INSERT (chunks of `rowsPerInsert`): every INSERT
        // statement opens a statement savepoint, and SQLite's FTS5 flushes its pending index data to a new
        // segment at every savepoint, so one INSERT per row wrote (and later merged) one index segment per
        // statement (perf: about a third of the writer's CPU). Values are bound directly (``DirectStatement``).
        var stored = 0
        var ids: [Int64] = []
        var index = 0
        while index < valid.count {
            let end = min(index + rowsPerInsert, valid.count)
            var insert = DirectStatement(
                try db.cachedStatement(
                    sql: """
                        INSERT INTO statements (document_id, actor_id, kind, text, char_start, char_end, speaker_mention,
                            speaker_start, speaker_end, cue, cue_start, cue_end, rule, confidence, stated_on, extractor,
                            created_at)
                        VALUES \(repeatedPlaceholders(17, rows: end - index)) RETURNING id
                        """))
            for (statement, link) in zip(valid[index..<end], links[index..<end]) {
                try insert.bind(documentID)
                try insert.bind(link.actorID)
                try insert.bind(statement.kind.rawValue)
                try insert.bind(statement.text)
                try insert.bind(statement.span.start)
                try insert.bind(statement.span.end)
                try insert.bind(statement.speakerMention)
                try insert.bind(statement.speakerSpan?.start)
                try insert.bind(statement.speakerSpan?.end)
                try insert.bind(statement.cue)
                try insert.bind(statement.cueSpan?.start)
                try insert.bind(statement.cueSpan?.end)
                try insert.bind(statement.rule)
                try insert.bind(min(1, max(0, statement.confidence)))
                try insert.bind(statedOn)
                try insert.bind(extractor)
                try insert.bind(now)
            }
            ids.removeAll(keepingCapacity: true)
            try insert.step { row in if let id = DirectStatement.int64(row, 0) { ids.append(id) } }
            // Rowids are allocated in increasing order as the rows are inserted, so the sorted ids are in the
            // order of the VALUES rows (RETURNING itself promises no order).
            ids.sort()
            guard ids.count == end - index else {
                throw DatabaseError(
                    resultCode: .SQLITE_ERROR, message: "inserted \(ids.count) statements, expected \(end - index)")
            }
            var linkInsert = DirectStatement(
                try db.cachedStatement(
                    sql: """
                        INSERT INTO statement_links (statement_id, speaker, speaker_key, speaker_kind, rule)
                        VALUES \(repeatedPlaceholders(5, rows: end - index))
                        """))
            for (id, link) in zip(ids, links[index..<end]) {
                try linkInsert.bind(id)
                try linkInsert.bind(link.speaker)
                try linkInsert.bind(link.speakerKey)
                try linkInsert.bind(link.kind.rawValue)
                try linkInsert.bind(link.rule)
            }
            try linkInsert.step()
            stored += end - index
            index = end
        }
        // Topics (OnRecordDatabase+Topics.swift): tag the new statements in the same transaction; in a
        // batch whose full-text indexing is deferred, the batch is tagged once it is indexed.
        if !fullTextDeferred { try TopicTagger.tagStatements(ofDocument: documentID, in: db) }
        return stored
    }
}

/// An article of a batch written without savepoints broke a constraint: the batch is written again with
/// one savepoint per article.
private struct ArticleNeedsItsOwnSavepoint: Error {}

/// Rows per multi-row INSERT of statements: 17 values each stays far below SQLite's 32,766 bound values.
private let rowsPerInsert = 256

/// `(?, ?, …), (?, ?, …)`: `rows` groups of `columns` placeholders.
private func repeatedPlaceholders(_ columns: Int, rows: Int) -> String {
    let row = "(" + String(repeating: "?, ", count: columns - 1) + "?)"
    return String(repeating: row + ", ", count: rows - 1) + row
}

/// Checks the provenance invariant: the document's scalars at a statement's offsets are its text.
enum Provenance {
    /// `statements` split into those whose offsets point at their text and the others, in order.
    static func split(_ statements: [ExtractedStatement], in text: String) -> (
        valid: [ExtractedStatement], rejected: [ExtractedStatement]
    ) {
        let scalars = text.unicodeScalarArray
        var valid: [ExtractedStatement] = []
        var rejected: [ExtractedStatement] = []
        valid.reserveCapacity(statements.count)
        for statement in statements {
            if holds(for: statement, in: scalars) { valid.append(statement) } else { rejected.append(statement) }
        }
        return (valid, rejected)
    }

    static func holds(for statement: ExtractedStatement, in scalars: [Unicode.Scalar]) -> Bool {
        let span = statement.span
        guard span.start >= 0, span.end <= scalars.count, span.start <= span.end else { return false }
        // Compare scalar by scalar: String's == treats canonically equivalent texts as equal, and
        // provenance promises the exact code points.
        return statement.text.unicodeScalars.elementsEqual(scalars[span.start..<span.end])
    }
}

/// ISO-8601 timestamps as stored in the database.
enum Timestamp {
    static func iso(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}

/// Full-text indexing of a whole ingest batch in one statement instead of one trigger call per row.
///
/// While `statements_fts_deferred` holds its row (only inside a batch's write transaction: it is
/// inserted and deleted in that transaction, so no other connection and no later transaction ever sees
/// it), the schema's triggers leave statements with an id above `after_statement_id` to ``finish(in:)``:
/// inserts are not indexed, and deleting or updating such a row does not touch the index (it is not in
/// it yet). Rows at or below the mark keep their triggers, so the index stays exact whatever the batch
/// does (re-extraction deletes stored statements, and SQLite may reuse a deleted maximum id).
enum FullTextDeferral {
    /// Starts deferring, unless the database predates the deferral table (then the triggers index every
    /// row as before). - Returns: Whether indexing was deferred.
    static func begin(in db: Database) throws -> Bool {
        let available =
            try Bool.fetchOne(
                db.cachedStatement(
                    sql:
                        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'statements_fts_deferred')"
                )) ?? false
        guard available else { return false }
        try db.cachedStatement(
            sql: """
                INSERT INTO statements_fts_deferred (id, after_statement_id)
                VALUES (1, (SELECT coalesce(max(id), 0) FROM statements))
                """
        ).execute()
        return true
    }

    /// Indexes every statement added since ``begin(in:)``, tags them with topics, and stops deferring.
    static func finish(in db: Database) throws {
        guard
            let after = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT after_statement_id FROM statements_fts_deferred"))
        else { return }
        try db.cachedStatement(
            sql: """
                INSERT INTO statements_fts (rowid, text, speaker_mention)
                SELECT id, text, speaker_mention FROM statements WHERE id > ?
                """
        ).execute(arguments: [after])
        try db.cachedStatement(sql: "DELETE FROM statements_fts_deferred").execute()
        try TopicTagger.tagStatements(after: after, in: db)
    }
}
