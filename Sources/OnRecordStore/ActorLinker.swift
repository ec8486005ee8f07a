import Foundation
import GRDB
import OnRecordCore

/// Links the speakers of one document's statements to actors, creating actors when needed.
///
/// Rules, in order:
/// 1. No resolved speaker name: the statement stays unlinked (its mention is still stored).
/// 2. The name's key matches an alias of exactly one actor: that actor.
/// 3. A one-word name (a surname) matches the surname of exactly one actor: that actor. Several
///    candidates: unlinked rather than guessed.
/// 4. A full name whose surname matches exactly one actor known only by that surname: that actor,
///    renamed to the full name.
/// 5. Otherwise a new actor.
/// Each name used for an actor is recorded as an alias, so later lookups find it.
struct ActorLinker {
    /// Names already linked in this document, so repeated mentions cost one lookup.
    private var cache: [String: Int64?] = [:]
    /// Name keys, remembered across documents.
    private let keys: NameKeyCache

    init(keys: NameKeyCache = NameKeyCache()) {
        self.keys = keys
    }

    mutating func actorID(for statement: ExtractedStatement, in db: Database, at now: String) throws -> Int64? {
        guard let name = statement.speaker?.trimmedOfWhitespace, !name.isEmpty else {
            return nil
        }
        let key = keys.key(for: name)
        guard !key.isEmpty else { return nil }
        if let cached = cache[key] { return cached }
        let linked = try link(name: name, key: key, kind: statement.speakerKind, in: db, at: now)
        cache[key] = linked
        return linked
    }

    private func link(name: String, key: String, kind: ActorKind, in db: Database, at now: String) throws -> Int64? {
        let exact = try Int64.fetchAll(
            db.cachedStatement(sql: "SELECT DISTINCT actor_id FROM actor_aliases WHERE alias_key = ?"),
            arguments: [key])
        if exact.count == 1, let actorID = exact.first {
            try addAlias(name, key: key, to: actorID, in: db)
            return actorID
        }
        if exact.count > 1 { return nil }

        let isSingleWord = !key.contains(" ")
        if isSingleWord {
            let candidates = try actors(withSurnameKey: key, in: db)
            if candidates.count == 1, let actorID = candidates.first {
                try addAlias(name, key: key, to: actorID, in: db)
                return actorID
            }
            if candidates.count > 1 { return nil }
        } else if let surname = keys.surnameKey(for: name) {
            // An actor first seen by surname only ("Peskov") gets its full name when it appears.
            let surnameOnly = try Int64.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT a.id FROM actors a JOIN actor_aliases al ON al.actor_id = a.id
                    WHERE al.alias_key = ? AND a.kind != 'organization'
                      AND NOT EXISTS (SELECT 1 FROM actor_aliases o WHERE o.actor_id = a.id AND o.alias_key LIKE '% %')
                    """,
                arguments: [surname])
            if surnameOnly.count == 1, let actorID = surnameOnly.first {
                try db.execute(sql: "UPDATE actors SET name = ? WHERE id = ?", arguments: [name, actorID])
                try addAlias(name, key: key, to: actorID, in: db)
                return actorID
            }
        }

        var actor = ActorRecord(id: nil, name: name, kind: kind.rawValue, description: nil, createdAt: now)
        try actor.insert(db)
        let actorID = actor.id ?? db.lastInsertedRowID
        try addAlias(name, key: key, to: actorID, in: db)
        return actorID
    }

    /// Actors (not organizations) with a multi-word alias whose last word has this key.
    private func actors(withSurnameKey surname: String, in db: Database) throws -> [Int64] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT DISTINCT al.actor_id, al.alias FROM actor_aliases al JOIN actors a ON a.id = al.actor_id
                WHERE al.alias_key LIKE ? AND a.kind != 'organization'
                """,
            arguments: ["% " + surname])
        var ids = Set<Int64>()
        for row in rows {
            let alias: String = row["alias"]
            if keys.surnameKey(for: alias) == surname {
                ids.insert(row["actor_id"])
            }
        }
        return ids.sorted()
    }

    private func addAlias(_ alias: String, key: String, to actorID: Int64, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO actor_aliases (actor_id, alias, alias_key, source) VALUES (?, ?, ?, 'extracted')
                ON CONFLICT (actor_id, alias_key) DO NOTHING
                """
        ).execute(arguments: [actorID, alias, key])
    }
}
