import Foundation
import GRDB
public import OnRecordCore

extension OnRecordDatabase {
    /// The columns every statement listing selects, in `StatementRow` order. `text` is always the source's
    /// words at the offsets; a person's correction of the wording comes separately as `corrected_text`.
    static let statementRowSelect = """
        SELECT s.id, s.stated_on, s.actor_id, a.name AS actor_name, s.speaker_mention, s.kind, s.cue, s.text,
               s.document_id, d.outlet, d.title, d.url, d.published_at, d.source_path, s.char_start, s.char_end,
               s.rule, s.confidence, s.extractor, s.created_at, c.corrected_text
        FROM statements s
        JOIN documents d ON d.id = s.document_id
        LEFT JOIN actors a ON a.id = s.actor_id
        LEFT JOIN statement_curations c ON c.statement_id = s.id
        """

    /// Finds the actor a user means by `name`: any alias, case- and accent-insensitive, spelling
    /// variants folded; a bare surname works when only one actor has it.
    ///
    /// - Throws: ``StoreError/unknownActor(name:suggestions:)`` with close names when nothing matches.
    public func resolveActor(named name: String) throws(StoreError) -> ActorSummary {
        try read { db in try Self.resolveActor(named: name, in: db) }
    }

    static func resolveActor(named name: String, in db: Database) throws -> ActorSummary {
        let ids = try ActorResolver.candidates(for: name, in: db)
        if ids.count == 1, let id = ids.first, let summary = try actorSummaries(ids: [id], in: db).first {
            return summary
        }
        let candidates = try actorSummaries(ids: ids.sorted(), in: db).map(\.name)
        throw StoreError.unknownActor(
            name: name, suggestions: try suggestions(for: NameKey.key(for: name), in: db, extra: candidates))
    }

    /// Close names for an unknown actor: actors sharing a word of the key.
    private static func suggestions(for key: String, in db: Database, extra: [String]) throws -> [String] {
        var names = extra
        for word in key.split(separator: " ") where word.count >= 3 {
            names += try String.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT a.name FROM actors a JOIN actor_aliases al ON al.actor_id = a.id
                    WHERE al.alias_key LIKE ? ORDER BY a.name LIMIT 5
                    """,
                arguments: ["%" + String(word.prefix(5)) + "%"])
        }
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    /// The actor's statements in date order (oldest first), with document facts.
    ///
    /// - Throws: ``StoreError/unknownActor(name:suggestions:)`` when no actor goes by that name,
    ///   ``QueryError/unknownTopic(name:known:)`` for an unknown `filter.topic`.
    public func timeline(of actorName: String, filter: StatementFilter = StatementFilter()) throws -> (
        actor: ActorSummary, statements: [StatementRow]
    ) {
        try readTransaction { db in
            let actor = try Self.resolveActor(named: actorName, in: db)
            var conditions: [SQL] = ["s.actor_id = \(actor.id)"]
            conditions += try Self.filterConditions(for: filter, includingActor: false, in: db)
            return (actor, try Self.fetchInDateOrder(db, where: conditions, limit: filter.limit))
        }
    }

    /// Full-text search over statement texts and speaker mentions, best matches first.
    ///
    /// A thin form of ``searchStatements(_:syntax:filter:)`` without snippets or the fuzzy fallback.
    ///
    /// - Parameters:
    ///   - query: Words to find. By default every word must appear (prefix-free, punctuation ignored),
    ///     so user text is never interpreted as FTS5 syntax.
    ///   - isRawSyntax: Pass `query` to FTS5 as written (phrases, `OR`, `NEAR`, `prefix*`).
    ///   - filter: Actor, outlet, topic, date and kind limits.
    /// - Throws: ``StoreError/emptyQuery`` when there is nothing to search for,
    ///   ``StoreError/invalidSearchSyntax(query:reason:)`` for bad raw syntax.
    public func search(
        _ query: String, isRawSyntax: Bool = false, filter: StatementFilter = StatementFilter()
    ) throws -> [StatementRow] {
        try searchStatements(query, syntax: isRawSyntax ? .fts5 : .allWords, filter: filter, allowsFuzzy: false)
            .hits.map(\.row)
    }

    /// Every actor with statement counts and first/last dates, most quoted first.
    public func actors(matching text: String? = nil) throws(StoreError) -> [ActorSummary] {
        try read { db in
            var ids: [Int64]
            if let text, !text.isEmpty {
                ids = try Int64.fetchAll(
                    db, sql: "SELECT DISTINCT actor_id FROM actor_aliases WHERE alias_key LIKE ?",
                    arguments: ["%" + NameKey.key(for: text) + "%"])
            } else {
                ids = try Int64.fetchAll(db, sql: "SELECT id FROM actors")
            }
            return try Self.actorSummaries(ids: ids, in: db).sorted {
                ($0.statementCount, $1.name) > ($1.statementCount, $0.name)
            }
        }
    }

    /// Names, aliases, statement counts and first and last dates of actors.
    ///
    /// Counts and dates follow listings: a statement repeated in a later version of its article counts
    /// once. Rather than checking every statement of a much-quoted actor against `document_versions`
    /// (25,000 table lookups for one actor of a million-statement database, most of a timeline's time),
    /// the count is the actor's active statements counted in the index, minus those in superseded
    /// documents, and the dates are the first and last index entries not in a superseded document.
    static func actorSummaries(ids: [Int64], in db: Database) throws -> [ActorSummary] {
        guard !ids.isEmpty else { return [] }
        let latest = latestVersionCondition
        return try ids.compactMap { id -> ActorSummary? in
            guard let row = try Row.fetchOne(db, sql: "SELECT name, kind FROM actors WHERE id = ?", arguments: [id])
            else { return nil }
            let active = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM statements WHERE actor_id = ? AND status = 'active'", arguments: [id])
            let superseded = try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM document_versions v CROSS JOIN statements s
                    WHERE s.document_id = v.previous_document_id AND +s.actor_id = ? AND +s.status = 'active'
                    """, arguments: [id])
            // CROSS JOIN keeps the (usually few) superseded documents as the outer loop; the planner would
            // otherwise walk the actor's statements and read each one's row for its document id; the unary
            // plus keeps it on statements_by_document for each of them.
            func date(_ order: SQL) throws -> String? {
                try String.fetchOne(
                    db,
                    SQLRequest(
                        literal: """
                            SELECT s.stated_on FROM statements s
                            WHERE s.actor_id = \(id) AND s.status = 'active' AND s.stated_on IS NOT NULL AND \(latest)
                            ORDER BY s.stated_on \(order) LIMIT 1
                            """))
            }
            let name: String = row["name"]
            let aliases = try String.fetchAll(
                db, sql: "SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias", arguments: [id])
            var seen = Set([name])
            return ActorSummary(
                id: id, name: name, kind: ActorKind(rawValue: row["kind"]) ?? .unknown,
                aliases: aliases.filter { seen.insert($0).inserted },
                statementCount: (active ?? 0) - (superseded ?? 0),
                firstStatedOn: try date("ASC"), lastStatedOn: try date("DESC"))
        }
    }

    /// One statement with its full provenance and the sentence around it.
    ///
    /// - Throws: ``StoreError/statementNotFound(id:)``.
    public func statement(id: Int64) throws(StoreError) -> StatementDetail {
        try read { db in
            guard let row = try Self.fetchStatementRows(db, where: ["s.id = \(id)"], orderBy: "s.id", limit: 1).first
            else { throw StoreError.statementNotFound(id: id) }
            guard
                let extra = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT d.text, d.content_sha256, d.ingested_at, s.speaker_start, s.speaker_end,
                               s.cue_start, s.cue_end
                        FROM statements s JOIN documents d ON d.id = s.document_id WHERE s.id = ?
                        """,
                    arguments: [id])
            else { throw StoreError.statementNotFound(id: id) }
            let text: String = extra["text"]
            let span = TextSpan(start: row.charStart, end: row.charEnd)
            var covered = span
            func optionalSpan(_ start: Int?, _ end: Int?) -> TextSpan? {
                guard let start, let end, start <= end else { return nil }
                return TextSpan(start: start, end: end)
            }
            let speakerSpan = optionalSpan(extra["speaker_start"], extra["speaker_end"])
            let cueSpan = optionalSpan(extra["cue_start"], extra["cue_end"])
            for other in [speakerSpan, cueSpan].compactMap({ $0 }) {
                covered = TextSpan(start: min(covered.start, other.start), end: max(covered.end, other.end))
            }
            return StatementDetail(
                row: row, speakerSpan: speakerSpan, cueSpan: cueSpan,
                context: SentenceContext.sentences(around: covered, in: text),
                contentSHA256: extra["content_sha256"], ingestedAt: extra["ingested_at"])
        }
    }

    /// Streams statements matching `filter` in date order, one row at a time (constant memory).
    ///
    /// Same order as listings (``fetchInDateOrder(_:where:limit:_:)``): no sort of the whole table, so
    /// the first row comes at once and memory stays flat.
    ///
    /// - Parameter body: Called for every row; throwing stops the export.
    /// - Throws: ``StoreError``, ``QueryError`` for an unknown topic, or what `body` throws.
    public func exportStatements(
        filter: StatementFilter, _ body: (StatementRow) throws -> Void
    ) throws {
        try readTransaction { db in
            let conditions = try Self.filterConditions(for: filter, includingActor: true, in: db)
            try Self.fetchInDateOrder(db, where: conditions, limit: filter.limit, body)
        }
    }

    /// Rows matching `conditions`: dated statements by day (then id, which is ingest order), then
    /// undated ones in document order.
    ///
    /// Two queries instead of `ORDER BY stated_on IS NULL, …`, so that each walks an index in order
    /// (`statements_by_date`, or `statements_by_actor_status_date` for one actor) and a limit stops
    /// early instead of sorting every match first.
    static func fetchInDateOrder(
        _ db: Database, where conditions: [SQL], limit: Int?, _ body: (StatementRow) throws -> Void
    ) throws {
        var remaining = limit
        for (dated, order) in [(true, "s.stated_on, s.id"), (false, "s.document_id, s.char_start")] {
            if let left = remaining, left <= 0 { break }
            var query = SQL(sql: statementRowSelect)
            query += " WHERE "
            query += (conditions + [dated ? "s.stated_on IS NOT NULL" : "s.stated_on IS NULL"])
                .joined(separator: " AND ")
            query += SQL(sql: " ORDER BY " + order)
            if let left = remaining { query += " LIMIT \(left)" }
            let cursor = try Row.fetchCursor(db, SQLRequest(literal: query))
            while let row = try cursor.next() {
                try body(statementRow(row))
                if let left = remaining { remaining = left - 1 }
            }
        }
    }

    /// ``fetchInDateOrder(_:where:limit:_:)`` collected into an array.
    static func fetchInDateOrder(_ db: Database, where conditions: [SQL], limit: Int?) throws -> [StatementRow] {
        var rows: [StatementRow] = []
        try fetchInDateOrder(db, where: conditions, limit: limit) { rows.append($0) }
        return rows
    }

    /// How many documents, statements and actors the database holds.
    public func counts() throws(StoreError) -> (documents: Int, statements: Int, actors: Int) {
        try read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM statements") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM actors") ?? 0
            )
        }
    }

    /// Every condition of `filter` (actor, outlet and topic resolved to ids) on `statements s`.
    static func filterConditions(for filter: StatementFilter, includingActor: Bool, in db: Database) throws -> [SQL] {
        var conditions = conditions(for: filter)
        if includingActor, let actorName = filter.actor {
            let actor = try resolveActor(named: actorName, in: db)
            conditions.append("s.actor_id = \(actor.id)")
        }
        if let outlet = filter.outlet {
            conditions.append(
                "s.document_id IN (SELECT id FROM documents WHERE outlet = \(outlet.trimmingCharacters(in: .whitespaces)) COLLATE NOCASE)"
            )
        }
        if let topic = filter.topic {
            let topicID = try requireTopic(named: topic, in: db)
            conditions.append(
                "EXISTS (SELECT 1 FROM statement_topics st WHERE st.topic_id = \(topicID) AND st.statement_id = s.id)")
        }
        return conditions
    }

    static func conditions(for filter: StatementFilter) -> [SQL] {
        var conditions: [SQL] = ["s.status = 'active'"]
        if let since = filter.since { conditions.append("s.stated_on >= \(since)") }
        if let until = filter.until { conditions.append("substr(s.stated_on, 1, 10) <= \(until)") }
        if let kind = filter.kind { conditions.append("s.kind = \(kind.rawValue)") }
        if !filter.includesEarlierVersions { conditions.append(latestVersionCondition) }
        return conditions
    }

    /// True for statements of a document that no later version of its URL replaces.
    static let latestVersionCondition: SQL =
        "NOT EXISTS (SELECT 1 FROM document_versions v WHERE v.previous_document_id = s.document_id)"

    static func fetchStatementRows(_ db: Database, where conditions: [SQL], orderBy: SQL, limit: Int?) throws
        -> [StatementRow]
    {
        var query = SQL(sql: statementRowSelect)
        if !conditions.isEmpty {
            query += " WHERE "
            query += conditions.joined(separator: " AND ")
        }
        query += " ORDER BY "
        query += orderBy
        if let limit { query += " LIMIT \(limit)" }
        return try Row.fetchAll(db, SQLRequest(literal: query)).map(statementRow)
    }

    /// Decodes a row of ``statementRowSelect``. Columns are read by position: GRDB's lookup by name
    /// lower-cases the name on every access, which was the largest cost of long listings.
    static func statementRow(_ row: Row) -> StatementRow {
        StatementRow(
            id: row[0], statedOn: row[1], actorID: row[2], actorName: row[3], speakerMention: row[4],
            kind: StatementKind(rawValue: row[5]) ?? .direct, cue: row[6], text: row[7], documentID: row[8],
            outlet: row[9], title: row[10], url: row[11], publishedAt: row[12], sourcePath: row[13],
            charStart: row[14], charEnd: row[15], rule: row[16], confidence: row[17], extractor: row[18],
            createdAt: row[19], correctedText: row[20])
    }
}
