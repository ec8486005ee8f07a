import Foundation
public import OnRecordCore
import GRDB

extension OnRecordDatabase {
    /// The columns every statement listing selects, in `StatementRow` order.
    static let statementRowSelect = """
        SELECT s.id, s.stated_on, s.actor_id, a.name AS actor_name, s.speaker_mention, s.kind, s.cue, s.text,
               s.document_id, d.outlet, d.title, d.url, d.published_at, d.source_path, s.char_start, s.char_end,
               s.rule, s.confidence, s.extractor, s.created_at
        FROM statements s
        JOIN documents d ON d.id = s.document_id
        LEFT JOIN actors a ON a.id = s.actor_id
        """

    /// Finds the actor a user means by `name`: any alias, case- and accent-insensitive, spelling
    /// variants folded; a bare surname works when only one actor has it.
    ///
    /// - Throws: ``StoreError/unknownActor(name:suggestions:)`` with close names when nothing matches.
    public func resolveActor(named name: String) throws(StoreError) -> ActorSummary {
        try read { db in try Self.resolveActor(named: name, in: db) }
    }

    static func resolveActor(named name: String, in db: Database) throws -> ActorSummary {
        let key = NameKey.key(for: name)
        var ids = try Int64.fetchAll(
            db, sql: "SELECT DISTINCT actor_id FROM actor_aliases WHERE alias_key = ?", arguments: [key])
        if ids.isEmpty, !key.isEmpty, !key.contains(" ") {
            let rows = try Row.fetchAll(
                db, sql: "SELECT actor_id, alias FROM actor_aliases WHERE alias_key LIKE ?", arguments: ["% " + key])
            ids = Array(Set(rows.filter { NameKey.surnameKey(for: $0["alias"]) == key }.map { $0["actor_id"] as Int64 }))
        }
        if ids.count == 1, let id = ids.first, let summary = try actorSummaries(ids: [id], in: db).first {
            return summary
        }
        let candidates = try actorSummaries(ids: ids, in: db).map(\.name)
        throw StoreError.unknownActor(name: name, suggestions: try suggestions(for: key, in: db, extra: candidates))
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
    /// - Throws: ``StoreError/unknownActor(name:suggestions:)`` when no actor goes by that name.
    public func timeline(of actorName: String, filter: StatementFilter = StatementFilter()) throws(StoreError) -> (
        actor: ActorSummary, statements: [StatementRow]
    ) {
        try read { db in
            let actor = try Self.resolveActor(named: actorName, in: db)
            var conditions: [SQL] = ["s.actor_id = \(actor.id)"]
            conditions += Self.conditions(for: filter)
            let rows = try Self.fetchStatementRows(
                db, where: conditions, orderBy: "s.stated_on IS NULL, s.stated_on, s.document_id, s.char_start",
                limit: filter.limit)
            return (actor, rows)
        }
    }

    /// Full-text search over statement texts and speaker mentions, best matches first.
    ///
    /// - Parameters:
    ///   - query: Words to find. By default every word must appear (prefix-free, punctuation ignored),
    ///     so user text is never interpreted as FTS5 syntax.
    ///   - isRawSyntax: Pass `query` to FTS5 as written (phrases, `OR`, `NEAR`, `prefix*`).
    ///   - filter: Actor, date and kind limits.
    /// - Throws: ``StoreError/emptyQuery`` when there is nothing to search for,
    ///   ``StoreError/invalidSearchSyntax(query:reason:)`` for bad raw syntax.
    public func search(
        _ query: String, isRawSyntax: Bool = false, filter: StatementFilter = StatementFilter()
    ) throws(StoreError) -> [StatementRow] {
        try read { db in
            let pattern: FTS5Pattern
            if isRawSyntax {
                guard !query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                    throw StoreError.emptyQuery
                }
                do {
                    pattern = try db.makeFTS5Pattern(rawPattern: query, forTable: "statements_fts")
                } catch let error as DatabaseError {
                    throw StoreError.invalidSearchSyntax(query: query, reason: error.message ?? "\(error)")
                }
            } else {
                guard let safe = FTS5Pattern(matchingAllTokensIn: query) else { throw StoreError.emptyQuery }
                pattern = safe
            }
            var conditions: [SQL] = ["s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH \(pattern))"]
            if let actorName = filter.actor {
                let actor = try Self.resolveActor(named: actorName, in: db)
                conditions.append("s.actor_id = \(actor.id)")
            }
            conditions += Self.conditions(
                for: StatementFilter(
                    since: filter.since, until: filter.until, kind: filter.kind,
                    includesEarlierVersions: filter.includesEarlierVersions))
            let ranked: SQL = """
                (SELECT rank FROM statements_fts WHERE statements_fts MATCH \(pattern) AND rowid = s.id)
                """
            return try Self.fetchStatementRows(
                db, where: conditions, orderBy: ranked + ", s.stated_on", limit: filter.limit ?? 50)
        }
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

    static func actorSummaries(ids: [Int64], in db: Database) throws -> [ActorSummary] {
        guard !ids.isEmpty else { return [] }
        // Counts follow listings: a statement repeated in a later version of its article counts once.
        let latest = "NOT EXISTS (SELECT 1 FROM document_versions v WHERE v.previous_document_id = s.document_id)"
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT a.id, a.name, a.kind,
                       (SELECT count(*) FROM statements s WHERE s.actor_id = a.id AND s.status = 'active'
                           AND \(latest)) AS n,
                       (SELECT min(stated_on) FROM statements s WHERE s.actor_id = a.id AND s.status = 'active'
                           AND \(latest)) AS first,
                       (SELECT max(stated_on) FROM statements s WHERE s.actor_id = a.id AND s.status = 'active'
                           AND \(latest)) AS last
                FROM actors a WHERE a.id IN (SELECT value FROM json_each(?))
                """,
            arguments: ["[" + ids.map(String.init).joined(separator: ",") + "]"])
        return try rows.map { row in
            let id: Int64 = row["id"]
            let name: String = row["name"]
            let aliases = try String.fetchAll(
                db, sql: "SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias", arguments: [id])
            var seen = Set([name])
            return ActorSummary(
                id: id, name: name, kind: ActorKind(rawValue: row["kind"]) ?? .unknown,
                aliases: aliases.filter { seen.insert($0).inserted }, statementCount: row["n"],
                firstStatedOn: row["first"], lastStatedOn: row["last"])
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
    /// - Parameter body: Called for every row; throwing stops the export.
    public func exportStatements(
        filter: StatementFilter, _ body: (StatementRow) throws -> Void
    ) throws(StoreError) {
        try read { db in
            var conditions = Self.conditions(for: filter)
            if let actorName = filter.actor {
                let actor = try Self.resolveActor(named: actorName, in: db)
                conditions.append("s.actor_id = \(actor.id)")
            }
            var query: SQL = SQL(sql: Self.statementRowSelect)
            if !conditions.isEmpty {
                query += " WHERE "
                query += conditions.joined(separator: " AND ")
            }
            query += " ORDER BY s.stated_on IS NULL, s.stated_on, s.document_id, s.char_start"
            if let limit = filter.limit { query += " LIMIT \(limit)" }
            let cursor = try Row.fetchCursor(db, SQLRequest(literal: query))
            while let row = try cursor.next() {
                try body(Self.statementRow(row))
            }
        }
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

    static func statementRow(_ row: Row) -> StatementRow {
        StatementRow(
            id: row["id"], statedOn: row["stated_on"], actorID: row["actor_id"], actorName: row["actor_name"],
            speakerMention: row["speaker_mention"], kind: StatementKind(rawValue: row["kind"]) ?? .direct,
            cue: row["cue"], text: row["text"], documentID: row["document_id"], outlet: row["outlet"],
            title: row["title"], url: row["url"], publishedAt: row["published_at"], sourcePath: row["source_path"],
            charStart: row["char_start"], charEnd: row["char_end"], rule: row["rule"], confidence: row["confidence"],
            extractor: row["extractor"], createdAt: row["created_at"])
    }
}
