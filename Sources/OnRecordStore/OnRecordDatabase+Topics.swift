public import Foundation
import GRDB
public import OnRecordCore

extension OnRecordDatabase {
    /// Adds a topic and tags every stored statement its query matches.
    ///
    /// - Parameters:
    ///   - name: The name used with `--topic` (unique, case-insensitive).
    ///   - query: An FTS5 query over statement texts, for example `talks OR negotiat* OR ceasefire`.
    ///   - date: When the topic was created (injected so tests are deterministic).
    /// - Returns: The new topic with its statement count.
    /// - Throws: ``QueryError/topicExists(name:)``, ``QueryError/emptyTopicName``,
    ///   ``QueryError/invalidTopicQuery(query:reason:)``, or a ``StoreError``.
    public func addTopic(named name: String, matching query: String, at date: Date) throws -> TopicSummary {
        let name = try Self.validTopicName(name)
        return try writeTransaction { db in
            try Self.validateTopicQuery(query, in: db)
            if try Self.topicID(named: name, in: db) != nil { throw QueryError.topicExists(name: name) }
            let now = Timestamp.iso(date)
            try db.execute(
                sql: "INSERT INTO topics (name, fts_query, created_at, updated_at) VALUES (?, ?, ?, ?)",
                arguments: [name, query, now, now])
            let id = db.lastInsertedRowID
            try TopicTagger.retag(topicID: id, query: query, in: db)
            return try Self.topicSummaries(in: db, id: id)[0]
        }
    }

    /// Renames a topic or changes its query; a new query re-tags every statement.
    ///
    /// - Parameters:
    ///   - name: The topic's current name.
    ///   - newName: A new name, or `nil` to keep it.
    ///   - query: A new FTS5 query, or `nil` to keep it.
    ///   - date: When the change was made.
    /// - Returns: The topic after the change.
    /// - Throws: ``QueryError/unknownTopic(name:known:)``, ``QueryError/topicExists(name:)``,
    ///   ``QueryError/invalidTopicQuery(query:reason:)``, or a ``StoreError``.
    public func editTopic(
        named name: String, newName: String? = nil, matching query: String? = nil, at date: Date
    ) throws -> TopicSummary {
        let renamed = try newName.map(Self.validTopicName)
        return try writeTransaction { db in
            let id = try Self.requireTopic(named: name, in: db)
            if let renamed, let other = try Self.topicID(named: renamed, in: db), other != id {
                throw QueryError.topicExists(name: renamed)
            }
            if let query { try Self.validateTopicQuery(query, in: db) }
            try db.execute(
                sql: """
                    UPDATE topics SET name = coalesce(?, name), fts_query = coalesce(?, fts_query), updated_at = ?
                    WHERE id = ?
                    """,
                arguments: [renamed, query, Timestamp.iso(date), id])
            if let query { try TopicTagger.retag(topicID: id, query: query, in: db) }
            return try Self.topicSummaries(in: db, id: id)[0]
        }
    }

    /// Removes a topic and its tags; statements are not touched.
    ///
    /// - Parameter name: The topic's name.
    /// - Throws: ``QueryError/unknownTopic(name:known:)`` or a ``StoreError``.
    public func removeTopic(named name: String) throws {
        try writeTransaction { db in
            let id = try Self.requireTopic(named: name, in: db)
            try db.execute(sql: "DELETE FROM statement_topics WHERE topic_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM topics WHERE id = ?", arguments: [id])
        }
    }

    /// Every topic with its query and statement count, by name.
    ///
    /// - Throws: A ``StoreError``.
    public func topics() throws -> [TopicSummary] {
        try readTransaction { db in try Self.topicSummaries(in: db, id: nil) }
    }

    static func topicSummaries(in db: Database, id: Int64?) throws -> [TopicSummary] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT id, name, fts_query, statements, first_stated_on, last_stated_on FROM topic_summary
                WHERE ?1 IS NULL OR id = ?1 ORDER BY name COLLATE NOCASE
                """,
            arguments: [id]
        ).map { row in
            TopicSummary(
                id: row["id"], name: row["name"], query: row["fts_query"], statementCount: row["statements"],
                firstStatedOn: row["first_stated_on"], lastStatedOn: row["last_stated_on"])
        }
    }

    static func topicID(named name: String, in db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM topics WHERE name = ? COLLATE NOCASE", arguments: [name])
    }

    /// The topic's id, or ``QueryError/unknownTopic(name:known:)`` listing the topics there are.
    static func requireTopic(named name: String, in db: Database) throws -> Int64 {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if let id = try topicID(named: trimmed, in: db) { return id }
        let known = try String.fetchAll(db, sql: "SELECT name FROM topics ORDER BY name COLLATE NOCASE")
        throw QueryError.unknownTopic(name: name, known: known)
    }

    private static func validTopicName(_ name: String) throws -> String {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw QueryError.emptyTopicName }
        return trimmed
    }

    /// Checks a topic query the way it will run: as FTS5 syntax limited to the text column.
    private static func validateTopicQuery(_ query: String, in db: Database) throws {
        // `""` or `*` are valid FTS5 but match nothing: a topic that silently tags no statement.
        guard query.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
        else {
            throw QueryError.invalidTopicQuery(query: query, reason: "it has no words")
        }
        for candidate in [query, TopicTagger.expression(for: query)] {
            do {
                _ = try db.makeFTS5Pattern(rawPattern: candidate, forTable: "statements_fts")
            } catch let error as DatabaseError {
                throw QueryError.invalidTopicQuery(query: query, reason: error.message ?? "\(error.resultCode)")
            }
        }
    }
}

/// Keeps `statement_topics` in step with `topics` and the statements.
enum TopicTagger {
    /// A topic's query limited to the statement text (a speaker mention never puts a statement in a topic).
    static func expression(for query: String) -> String {
        "text : (" + query + ")"
    }

    /// Replaces a topic's tags with the statements its query matches now.
    static func retag(topicID: Int64, query: String, in db: Database) throws {
        try db.execute(sql: "DELETE FROM statement_topics WHERE topic_id = ?", arguments: [topicID])
        try db.execute(
            sql: """
                INSERT INTO statement_topics (topic_id, statement_id)
                SELECT ?, rowid FROM statements_fts WHERE statements_fts MATCH ?
                """,
            arguments: [topicID, expression(for: query)])
    }

    /// Tags every statement with an id above `after` (an ingest batch, indexed in one pass) with every
    /// topic whose query it matches.
    static func tagStatements(after: Int64, in db: Database) throws {
        let topics = try Row.fetchAll(db.cachedStatement(sql: "SELECT id, fts_query FROM topics"))
        for topic in topics {
            try db.cachedStatement(
                sql: """
                    INSERT OR IGNORE INTO statement_topics (topic_id, statement_id)
                    SELECT ?, rowid FROM statements_fts WHERE statements_fts MATCH ? AND rowid > ?
                    """
            ).execute(arguments: [topic["id"] as Int64, expression(for: topic["fts_query"]), after])
        }
    }

    /// Tags one document's statements with every topic whose query they match; called after its
    /// statements are inserted (ingest and re-extraction).
    static func tagStatements(ofDocument documentID: Int64, in db: Database) throws {
        // Runs once per ingested document: cached statements, so an empty topics table costs one step
        // of a prepared statement instead of a parse per document (profiled).
        let topics = try Row.fetchAll(db.cachedStatement(sql: "SELECT id, fts_query FROM topics"))
        guard !topics.isEmpty,
            let range = try Row.fetchOne(
                db.cachedStatement(
                    sql: "SELECT min(id) AS low, max(id) AS high FROM statements WHERE document_id = ?"),
                arguments: [documentID]),
            let low = range["low"] as Int64?, let high = range["high"] as Int64?
        else { return }
        for topic in topics {
            // The rowid range lets FTS5 skip straight to this document's statements.
            try db.cachedStatement(
                sql: """
                    INSERT OR IGNORE INTO statement_topics (topic_id, statement_id)
                    SELECT ?, f.rowid FROM statements_fts f
                    WHERE statements_fts MATCH ? AND f.rowid BETWEEN ? AND ?
                      AND f.rowid IN (SELECT id FROM statements WHERE document_id = ?)
                    """
            ).execute(
                arguments: [topic["id"] as Int64, expression(for: topic["fts_query"]), low, high, documentID])
        }
    }
}
