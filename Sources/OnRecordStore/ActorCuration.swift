public import Foundation
import GRDB
public import OnRecordCore

/// What can go wrong when a person corrects actors (`onrecord actors merge|split|rename|alias|role`).
public enum ActorCurationError: Error, Equatable, Sendable {
    /// The database failed, or no actor goes by the name given (``StoreError/unknownActor(name:suggestions:)``).
    case store(StoreError)
    /// Both names of a merge are the same actor.
    case mergeIntoItself(actor: String)
    /// A person cannot be merged with an organization.
    case kindMismatch(actor: String, kind: ActorKind, other: String, otherKind: ActorKind)
    /// Another actor already goes by this name.
    case aliasInUse(alias: String, actor: String)
    /// The actor has no such alias.
    case aliasNotFound(alias: String, actor: String)
    /// The alias is the actor's name; rename the actor first.
    case cannotRemoveName(alias: String, actor: String)
    /// A split would leave the original actor without any name.
    case splitTakesEverything(actor: String)
    /// A name or alias has no letters or digits.
    case emptyName
    /// A role has no words.
    case invalidRole(role: String)
    /// A role ends before it starts.
    case invalidDateRange(from: String, until: String)
    /// The actor has no such role.
    case roleNotFound(role: String, actor: String)
}

/// One name an actor goes by.
public struct ActorAlias: Hashable, Codable, Sendable {
    /// The alias as written.
    public var name: String
    /// Whether a person added it (curated aliases win over automatic linking).
    public var isCurated: Bool
}

/// A role an actor holds or held.
public struct ActorRole: Hashable, Codable, Sendable {
    /// The role as written ("president of Ukraine").
    public var role: String
    /// The normalized key ("president of ukraine").
    public var key: String
    /// First day: the curated start, or the first article date it was seen on.
    public var startsOn: String?
    /// Last day: the curated end (nil: still held), or the last article date it was seen on.
    public var endsOn: String?
    /// Whether a person set it (`curated`) or it was read from articles (`learned`).
    public var isCurated: Bool
}

/// One recorded curation change.
public struct ActorChange: Hashable, Codable, Sendable {
    /// The change's id, in order of recording.
    public var id: Int64
    /// When (ISO-8601 UTC).
    public var changedAt: String
    /// Who made it (`--by`, else `$USER`).
    public var changedBy: String
    /// `merge`, `split`, `rename`, `alias-add`, `alias-remove` or `role-add`.
    public var action: String
    /// The actor changed (for a merge, the one kept; for a split, the original).
    public var actorID: Int64
    /// The other actor (merged away, or created by a split).
    public var otherActorID: Int64?
    /// One readable sentence.
    public var summary: String
}

/// Everything known about one actor, for `onrecord actors show`.
public struct ActorDetail: Hashable, Sendable {
    /// Name, kind, statement count and dates.
    public var summary: ActorSummary
    /// Every alias, the name included.
    public var aliases: [ActorAlias]
    /// Roles, oldest first.
    public var roles: [ActorRole]
    /// Active direct quotes.
    public var directCount: Int
    /// Active reported statements.
    public var reportedCount: Int
    /// Documents the actor is quoted in.
    public var documentCount: Int
    /// Curation changes that involve the actor, oldest first.
    public var changes: [ActorChange]
}

extension OnRecordDatabase {
    /// Everything about one actor: aliases, roles, statement counts and change history.
    ///
    /// - Parameter name: Any name, alias, role or `#id` of the actor.
    /// - Throws: ``ActorCurationError/store(_:)`` with ``StoreError/unknownActor(name:suggestions:)``.
    public func actorDetail(_ name: String) throws(ActorCurationError) -> ActorDetail {
        try curationRead { db in
            let summary = try Self.resolveActor(named: name, in: db)
            let aliases = try Row.fetchAll(
                db,
                sql:
                    "SELECT alias, source FROM actor_aliases WHERE actor_id = ? ORDER BY source = 'curated' DESC, alias",
                arguments: [summary.id]
            ).map { ActorAlias(name: $0["alias"], isCurated: ($0["source"] as String) == "curated") }
            let roles = try Row.fetchAll(
                db,
                sql: """
                    SELECT role, role_key, starts_on, ends_on, source FROM actor_roles WHERE actor_id = ?
                    ORDER BY starts_on IS NULL, starts_on, role
                    """,
                arguments: [summary.id]
            ).map {
                ActorRole(
                    role: $0["role"], key: $0["role_key"], startsOn: $0["starts_on"], endsOn: $0["ends_on"],
                    isCurated: ($0["source"] as String) == "curated")
            }
            let counts = try Row.fetchOne(
                db,
                sql: """
                    SELECT count(*) FILTER (WHERE kind = 'direct') AS direct,
                           count(*) FILTER (WHERE kind = 'reported') AS reported,
                           count(DISTINCT document_id) AS documents
                    FROM statements WHERE actor_id = ? AND status = 'active'
                    """,
                arguments: [summary.id])
            return ActorDetail(
                summary: summary, aliases: aliases, roles: roles, directCount: counts?["direct"] ?? 0,
                reportedCount: counts?["reported"] ?? 0, documentCount: counts?["documents"] ?? 0,
                changes: try Self.changes(actorID: summary.id, in: db))
        }
    }

    /// Every curation change, oldest first; only those involving `actor` when given.
    ///
    /// - Throws: ``ActorCurationError/store(_:)`` when the actor is unknown or the database fails.
    public func actorChanges(for actor: String? = nil) throws(ActorCurationError) -> [ActorChange] {
        try curationRead { db in
            guard let actor else { return try Self.changes(actorID: nil, in: db) }
            let summary = try Self.resolveActor(named: actor, in: db)
            return try Self.changes(actorID: summary.id, in: db)
        }
    }

    /// Merges actor `source` into `target`: statements, aliases and roles move, `source` is removed, and its
    /// names become curated aliases of `target`, so re-extraction links them there too.
    ///
    /// - Parameters:
    ///   - source: The actor to merge away (any name, alias, role or `#id`).
    ///   - target: The actor to keep.
    ///   - person: Who made the change.
    ///   - date: When (injected for tests).
    ///   - dryRun: Run the change and roll it back.
    /// - Returns: The recorded change (with `dryRun`, what would have been recorded; nothing is kept).
    /// - Throws: ``ActorCurationError`` when either actor is unknown, both are the same, or their kinds clash.
    @discardableResult
    public func mergeActor(
        _ source: String, into target: String, by person: String, at date: Date,
        dryRun: Bool = false
    )
        throws(ActorCurationError)
        -> ActorChange
    {
        try curationWrite(dryRun: dryRun) { db in
            let kept = try Self.resolveActor(named: target, in: db)
            let gone = try Self.resolveActor(named: source, in: db)
            guard kept.id != gone.id else { throw ActorCurationError.mergeIntoItself(actor: kept.name) }
            if kept.kind != gone.kind, kept.kind != .unknown, gone.kind != .unknown {
                throw ActorCurationError.kindMismatch(
                    actor: kept.name, kind: kept.kind, other: gone.name, otherKind: gone.kind)
            }
            let statementIDs = try Int64.fetchAll(
                db, sql: "SELECT id FROM statements WHERE actor_id = ? ORDER BY id", arguments: [gone.id])
            try db.execute(sql: "UPDATE statements SET actor_id = ? WHERE actor_id = ?", arguments: [kept.id, gone.id])
            let aliases = try Row.fetchAll(
                db, sql: "SELECT id, alias, alias_key FROM actor_aliases WHERE actor_id = ?", arguments: [gone.id])
            var moved: [String] = []
            for alias in aliases {
                let key: String = alias["alias_key"]
                try db.execute(
                    sql: "DELETE FROM actor_alias_blocks WHERE actor_id = ? AND alias_key = ?",
                    arguments: [kept.id, key])
                try Self.upsertCuratedAlias(alias["alias"], key: key, actorID: kept.id, in: db)
                moved.append(alias["alias"])
            }
            try db.execute(
                sql: "UPDATE actor_roles SET actor_id = ? WHERE actor_id = ?", arguments: [kept.id, gone.id])
            // Both were seen in the same role: one learned row spanning both observations.
            try db.execute(
                sql: """
                    UPDATE actor_roles AS r SET
                        starts_on = (SELECT min(o.starts_on) FROM actor_roles o
                                     WHERE o.actor_id = r.actor_id AND o.role_key = r.role_key AND o.source = 'learned'),
                        ends_on = (SELECT max(o.ends_on) FROM actor_roles o
                                   WHERE o.actor_id = r.actor_id AND o.role_key = r.role_key AND o.source = 'learned')
                    WHERE r.actor_id = ? AND r.source = 'learned'
                    """,
                arguments: [kept.id])
            try db.execute(
                sql: """
                    DELETE FROM actor_roles WHERE actor_id = ? AND source = 'learned' AND id NOT IN (
                        SELECT min(id) FROM actor_roles WHERE actor_id = ? AND source = 'learned' GROUP BY role_key)
                    """,
                arguments: [kept.id, kept.id])
            if kept.kind == .unknown, gone.kind != .unknown {
                try db.execute(
                    sql: "UPDATE actors SET kind = ? WHERE id = ?", arguments: [gone.kind.rawValue, kept.id])
            }
            try db.execute(sql: "DELETE FROM actors WHERE id = ?", arguments: [gone.id])
            let summary =
                "Merged '\(gone.name)' (#\(gone.id)) into '\(kept.name)' (#\(kept.id)): "
                + "\(Self.count(statementIDs.count, "statement")) and \(Self.count(moved.count, "alias", "aliases")) moved."
            return try Self.record(
                action: "merge", actorID: kept.id, otherActorID: gone.id, summary: summary,
                details: ["statements": statementIDs.map(String.init), "aliases": moved], by: person, at: date, in: db)
        }
    }

    /// Splits aliases off an actor into a new actor, with the statements whose speaker (or, without one, the
    /// mention) matches them. The original actor can never get those aliases back automatically.
    ///
    /// - Parameters:
    ///   - name: The actor to split (any name, alias, role or `#id`).
    ///   - aliases: Aliases of that actor that belong to someone else.
    ///   - newName: The new actor's name; the first alias when `nil`.
    ///   - person: Who made the change.
    ///   - date: When.
    /// - Returns: The recorded change (`otherActorID` is the new actor).
    /// - Throws: ``ActorCurationError`` when the actor or an alias is unknown, the new name belongs to
    ///   another actor, or nothing would be left.
    @discardableResult
    public func splitActor(
        _ name: String, aliases: [String], newName: String?, by person: String, at date: Date, dryRun: Bool = false
    ) throws(ActorCurationError) -> ActorChange {
        try curationWrite(dryRun: dryRun) { db in
            let actor = try Self.resolveActor(named: name, in: db)
            let existing = try Row.fetchAll(
                db, sql: "SELECT alias, alias_key FROM actor_aliases WHERE actor_id = ? ORDER BY id",
                arguments: [actor.id])
            // A name the actor's statements were linked under counts as an alias too: a surname linked by the
            // surname rule ("Smith" to "Clara Smith") is not stored as an alias but can be split off.
            let speakerKeys = Set(
                try String.fetchAll(
                    db,
                    sql: """
                        SELECT DISTINCT l.speaker_key FROM statement_links l JOIN statements s ON s.id = l.statement_id
                        WHERE s.actor_id = ? AND l.speaker_key IS NOT NULL
                        """,
                    arguments: [actor.id]))
            var movedKeys: [String] = []
            var movedNames: [String] = []
            for alias in aliases {
                let key = Self.aliasKey(alias, kind: actor.kind)
                guard !key.isEmpty else { throw ActorCurationError.emptyName }
                let stored = existing.first(where: { ($0["alias_key"] as String) == key }).map { $0["alias"] as String }
                guard stored != nil || speakerKeys.contains(key) else {
                    throw ActorCurationError.aliasNotFound(alias: alias, actor: actor.name)
                }
                if !movedKeys.contains(key) {
                    movedKeys.append(key)
                    movedNames.append(stored ?? alias.trimmingCharacters(in: .whitespacesAndNewlines))
                }
            }
            let remaining = existing.filter { !movedKeys.contains($0["alias_key"] as String) }
            guard let firstRemaining = remaining.first else {
                throw ActorCurationError.splitTakesEverything(actor: actor.name)
            }
            let newActorName =
                (newName?.trimmingCharacters(in: .whitespacesAndNewlines)).flatMap { $0.isEmpty ? nil : $0 }
                ?? movedNames.first ?? ""
            let newKey = Self.aliasKey(newActorName, kind: actor.kind)
            guard !newKey.isEmpty else { throw ActorCurationError.emptyName }
            if let owner = try Self.owner(ofKey: newKey, except: nil, in: db),
                owner.id != actor.id || !movedKeys.contains(newKey)
            {
                throw ActorCurationError.aliasInUse(alias: newActorName, actor: owner.name)
            }
            var record = ActorRecord(
                id: nil, name: newActorName, kind: actor.kind.rawValue, description: nil, createdAt: Timestamp.iso(date)
            )
            try record.insert(db)
            let newID = record.id ?? db.lastInsertedRowID
            for (key, alias) in zip(movedKeys, movedNames) {
                try db.execute(
                    sql: "DELETE FROM actor_aliases WHERE actor_id = ? AND alias_key = ?", arguments: [actor.id, key])
                try Self.upsertCuratedAlias(alias, key: key, actorID: newID, in: db)
                try db.execute(
                    sql: """
                        INSERT INTO actor_alias_blocks (actor_id, alias, alias_key, created_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (actor_id, alias_key) DO NOTHING
                        """,
                    arguments: [actor.id, alias, key, Timestamp.iso(date)])
            }
            try Self.upsertCuratedAlias(newActorName, key: newKey, actorID: newID, in: db)
            if movedKeys.contains(Self.aliasKey(actor.name, kind: actor.kind)) {
                try db.execute(
                    sql: "UPDATE actors SET name = ? WHERE id = ?",
                    arguments: [firstRemaining["alias"] as String, actor.id])
            }
            let statements = try Row.fetchAll(
                db,
                sql: """
                    SELECT s.id, s.speaker_mention, l.speaker_key FROM statements s
                    LEFT JOIN statement_links l ON l.statement_id = s.id WHERE s.actor_id = ?
                    """,
                arguments: [actor.id])
            let movedStatements = statements.filter { row in
                let key: String? = row["speaker_key"]
                let mention: String? = row["speaker_mention"]
                guard let key = key ?? mention.map({ Self.aliasKey($0, kind: actor.kind) }) else { return false }
                return movedKeys.contains(key)
            }.map { $0["id"] as Int64 }
            try db.execute(
                sql: "UPDATE statements SET actor_id = ? WHERE id IN (SELECT value FROM json_each(?))",
                arguments: [newID, JSONList.encode(movedStatements)])
            try db.execute(
                sql:
                    "UPDATE statement_links SET rule = 'curated' WHERE statement_id IN (SELECT value FROM json_each(?))",
                arguments: [JSONList.encode(movedStatements)])
            let summary =
                "Split '\(newActorName)' (#\(newID)) from '\(actor.name)' (#\(actor.id)) with "
                + "\(movedNames.map { "'\($0)'" }.joined(separator: ", ")): \(Self.count(movedStatements.count, "statement")) moved."
            return try Self.record(
                action: "split", actorID: actor.id, otherActorID: newID, summary: summary,
                details: ["statements": movedStatements.map(String.init), "aliases": movedNames], by: person, at: date,
                in: db)
        }
    }

    /// Renames an actor; the new name becomes a curated alias and the old one stays an alias.
    ///
    /// - Throws: ``ActorCurationError/aliasInUse(alias:actor:)`` when another actor goes by the new name.
    @discardableResult
    public func renameActor(
        _ name: String, to newName: String, by person: String, at date: Date,
        dryRun: Bool = false
    )
        throws(ActorCurationError)
        -> ActorChange
    {
        try curationWrite(dryRun: dryRun) { db in
            let actor = try Self.resolveActor(named: name, in: db)
            let (trimmed, key) = try Self.curatedName(newName, kind: actor.kind)
            if let owner = try Self.owner(ofKey: key, except: actor.id, in: db) {
                throw ActorCurationError.aliasInUse(alias: trimmed, actor: owner.name)
            }
            try db.execute(sql: "UPDATE actors SET name = ? WHERE id = ?", arguments: [trimmed, actor.id])
            try db.execute(
                sql: "DELETE FROM actor_alias_blocks WHERE actor_id = ? AND alias_key = ?", arguments: [actor.id, key])
            try Self.upsertCuratedAlias(trimmed, key: key, actorID: actor.id, in: db)
            return try Self.record(
                action: "rename", actorID: actor.id, otherActorID: nil,
                summary: "Renamed '\(actor.name)' (#\(actor.id)) to '\(trimmed)'.",
                details: ["from": [actor.name], "to": [trimmed]], by: person, at: date, in: db)
        }
    }

    /// Adds a curated alias: statements whose speaker has that name and were left unlinked link to the actor,
    /// and re-extraction links that name to it.
    ///
    /// - Throws: ``ActorCurationError/aliasInUse(alias:actor:)`` when another actor goes by the alias.
    @discardableResult
    public func addAlias(
        _ alias: String, to name: String, by person: String, at date: Date,
        dryRun: Bool = false
    ) throws(ActorCurationError)
        -> ActorChange
    {
        try curationWrite(dryRun: dryRun) { db in
            let actor = try Self.resolveActor(named: name, in: db)
            let (trimmed, key) = try Self.curatedName(alias, kind: actor.kind)
            if let owner = try Self.owner(ofKey: key, except: actor.id, in: db) {
                throw ActorCurationError.aliasInUse(alias: trimmed, actor: owner.name)
            }
            try db.execute(
                sql: "DELETE FROM actor_alias_blocks WHERE actor_id = ? AND alias_key = ?", arguments: [actor.id, key])
            try Self.upsertCuratedAlias(trimmed, key: key, actorID: actor.id, in: db)
            let unlinked = try Int64.fetchAll(
                db,
                sql: """
                    SELECT s.id FROM statements s JOIN statement_links l ON l.statement_id = s.id
                    WHERE s.actor_id IS NULL AND l.speaker_key = ?
                    """,
                arguments: [key])
            try db.execute(
                sql: "UPDATE statements SET actor_id = ? WHERE id IN (SELECT value FROM json_each(?))",
                arguments: [actor.id, JSONList.encode(unlinked)])
            try db.execute(
                sql:
                    "UPDATE statement_links SET rule = 'curated' WHERE statement_id IN (SELECT value FROM json_each(?))",
                arguments: [JSONList.encode(unlinked)])
            var summary = "Added alias '\(trimmed)' to '\(actor.name)' (#\(actor.id))"
            summary += unlinked.isEmpty ? "." : "; \(Self.count(unlinked.count, "unlinked statement")) now linked."
            return try Self.record(
                action: "alias-add", actorID: actor.id, otherActorID: nil, summary: summary,
                details: ["alias": [trimmed], "statements": unlinked.map(String.init)], by: person, at: date, in: db)
        }
    }

    /// Removes an alias and blocks it for the actor: statements linked through it are linked again without it
    /// (to another actor, a new one, or none), now and after re-extraction.
    ///
    /// - Throws: ``ActorCurationError/aliasNotFound(alias:actor:)``, or
    ///   ``ActorCurationError/cannotRemoveName(alias:actor:)`` for the actor's own name.
    @discardableResult
    public func removeAlias(
        _ alias: String, from name: String, by person: String, at date: Date,
        dryRun: Bool = false
    )
        throws(ActorCurationError)
        -> ActorChange
    {
        try curationWrite(dryRun: dryRun) { db in
            let actor = try Self.resolveActor(named: name, in: db)
            let (trimmed, key) = try Self.curatedName(alias, kind: actor.kind)
            guard
                let stored = try String.fetchOne(
                    db, sql: "SELECT alias FROM actor_aliases WHERE actor_id = ? AND alias_key = ?",
                    arguments: [actor.id, key])
            else { throw ActorCurationError.aliasNotFound(alias: trimmed, actor: actor.name) }
            if key == Self.aliasKey(actor.name, kind: actor.kind) {
                throw ActorCurationError.cannotRemoveName(alias: trimmed, actor: actor.name)
            }
            try db.execute(
                sql: "DELETE FROM actor_aliases WHERE actor_id = ? AND alias_key = ?", arguments: [actor.id, key])
            try db.execute(
                sql:
                    "INSERT INTO actor_alias_blocks (actor_id, alias, alias_key, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                arguments: [actor.id, stored, key, Timestamp.iso(date)])
            let affected = try Int64.fetchAll(
                db,
                sql: """
                    SELECT s.id FROM statements s JOIN statement_links l ON l.statement_id = s.id
                    WHERE s.actor_id = ? AND l.speaker_key = ?
                    """,
                arguments: [actor.id, key])
            try Self.relink(statementIDs: affected, now: Timestamp.iso(date), in: db)
            var summary = "Removed alias '\(stored)' from '\(actor.name)' (#\(actor.id))"
            summary += affected.isEmpty ? "." : "; \(Self.count(affected.count, "statement")) linked again without it."
            return try Self.record(
                action: "alias-remove", actorID: actor.id, otherActorID: nil, summary: summary,
                details: ["alias": [stored], "statements": affected.map(String.init)], by: person, at: date, in: db)
        }
    }

    /// Records that an actor holds a role from `start` (until `end`, or still). Statements whose speaker is
    /// only described by that role ("the Ukrainian president") are linked again by date.
    ///
    /// - Parameters:
    ///   - role: The role as a person writes it ("president of Ukraine", "Kremlin spokesman").
    ///   - start: First day, `YYYY-MM-DD`.
    ///   - end: Last day, or `nil` while the role is held.
    /// - Throws: ``ActorCurationError/invalidRole(role:)``, ``ActorCurationError/invalidDateRange(from:until:)``.
    @discardableResult
    public func addRole(
        _ role: String, to name: String, from start: String, until end: String?, by person: String, at date: Date,
        dryRun: Bool = false
    ) throws(ActorCurationError) -> ActorChange {
        try curationWrite(dryRun: dryRun) { db in
            let actor = try Self.resolveActor(named: name, in: db)
            let trimmed = role.trimmingCharacters(in: .whitespacesAndNewlines)
            let parsed = RoleDescription.parse(trimmed)
            let key = parsed?.key ?? NameKey.words(of: trimmed).joined(separator: " ")
            guard !key.isEmpty else { throw ActorCurationError.invalidRole(role: role) }
            if let end, end < start { throw ActorCurationError.invalidDateRange(from: start, until: end) }
            try db.execute(
                sql: """
                    INSERT INTO actor_roles (actor_id, role, role_key, starts_on, ends_on, source, created_at)
                    VALUES (?, ?, ?, ?, ?, 'curated', ?)
                    """,
                arguments: [actor.id, trimmed, key, start, end, Timestamp.iso(date)])
            let described = try Int64.fetchAll(
                db,
                sql: """
                    SELECT s.id FROM statements s JOIN statement_links l ON l.statement_id = s.id
                    WHERE l.speaker IS NULL AND l.rule IN ('role', 'ambiguous-role', 'none') AND s.speaker_mention IS NOT NULL
                    """)
            let relinked = try Self.relink(statementIDs: described, now: Timestamp.iso(date), in: db)
            let until = end.map { " until \($0)" } ?? ""
            var summary = "Added role '\(trimmed)' to '\(actor.name)' (#\(actor.id)) from \(start)\(until)"
            summary += relinked == 0 ? "." : "; \(Self.count(relinked, "statement")) linked again by role."
            return try Self.record(
                action: "role-add", actorID: actor.id, otherActorID: nil, summary: summary,
                details: ["role": [trimmed], "key": [key]], by: person, at: date, in: db)
        }
    }

    /// Removes a role from an actor (learned or curated) and makes sure it is never learned for the actor
    /// again; statements linked to the actor only through a description are linked again.
    ///
    /// - Throws: ``ActorCurationError/roleNotFound(role:actor:)`` when the actor has no such role.
    @discardableResult
    public func removeRole(
        _ role: String, from name: String, by person: String, at date: Date, dryRun: Bool = false
    ) throws(ActorCurationError) -> ActorChange {
        try curationWrite(dryRun: dryRun) { db in
            let actor = try Self.resolveActor(named: name, in: db)
            let trimmed = role.trimmingCharacters(in: .whitespacesAndNewlines)
            let key = RoleDescription.parse(trimmed)?.key ?? NameKey.words(of: trimmed).joined(separator: " ")
            guard !key.isEmpty else { throw ActorCurationError.invalidRole(role: role) }
            try db.execute(
                sql: "DELETE FROM actor_roles WHERE actor_id = ? AND role_key = ?", arguments: [actor.id, key])
            guard db.changesCount > 0 else { throw ActorCurationError.roleNotFound(role: trimmed, actor: actor.name) }
            try db.execute(
                sql: """
                    INSERT INTO actor_role_blocks (actor_id, role_key, created_at) VALUES (?, ?, ?)
                    ON CONFLICT (actor_id, role_key) DO NOTHING
                    """,
                arguments: [actor.id, key, Timestamp.iso(date)])
            let described = try Int64.fetchAll(
                db,
                sql: """
                    SELECT s.id FROM statements s JOIN statement_links l ON l.statement_id = s.id
                    WHERE s.actor_id = ? AND l.speaker IS NULL
                    """,
                arguments: [actor.id])
            let relinked = try Self.relink(statementIDs: described, now: Timestamp.iso(date), in: db)
            var summary = "Removed role '\(trimmed)' from '\(actor.name)' (#\(actor.id))"
            summary += relinked == 0 ? "." : "; \(Self.count(relinked, "statement")) linked again without it."
            return try Self.record(
                action: "role-remove", actorID: actor.id, otherActorID: nil, summary: summary,
                details: ["role": [trimmed], "key": [key]], by: person, at: date, in: db)
        }
    }

    // MARK: - Helpers

    /// Links statements again with the current aliases, blocks and roles; returns how many changed actor.
    @discardableResult
    static func relink(statementIDs: [Int64], now: String, in db: Database) throws -> Int {
        guard !statementIDs.isEmpty else { return 0 }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT s.id, s.document_id, s.stated_on, s.actor_id, s.speaker_mention, l.speaker, l.speaker_kind
                FROM statements s LEFT JOIN statement_links l ON l.statement_id = s.id
                WHERE s.id IN (SELECT value FROM json_each(?)) ORDER BY s.document_id, s.char_start
                """,
            arguments: [JSONList.encode(statementIDs)])
        var changed = 0
        for group in Dictionary(grouping: rows, by: { $0["document_id"] as Int64 }).values {
            let date: String? = group.first?["stated_on"]
            let inputs = group.map { row in
                ActorLinker.Input(
                    speaker: row["speaker"], kind: ActorKind(rawValue: row["speaker_kind"] ?? "unknown") ?? .unknown,
                    mention: row["speaker_mention"])
            }
            let links = try ActorLinker(date: date, now: now).link(inputs, in: db)
            for (row, link) in zip(group, links) {
                let id: Int64 = row["id"]
                if (row["actor_id"] as Int64?) != link.actorID { changed += 1 }
                try db.execute(sql: "UPDATE statements SET actor_id = ? WHERE id = ?", arguments: [link.actorID, id])
                try db.execute(
                    sql: """
                        INSERT INTO statement_links (statement_id, speaker, speaker_key, speaker_kind, rule) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (statement_id) DO UPDATE SET speaker_key = excluded.speaker_key, rule = excluded.rule
                        """,
                    arguments: [id, link.speaker, link.speakerKey, link.kind.rawValue, link.rule])
            }
        }
        return changed
    }

    /// The key an alias of an actor of `kind` is stored under.
    static func aliasKey(_ alias: String, kind: ActorKind) -> String {
        kind == .organization ? NameKey.organizationKey(for: alias) : NameKey.key(for: alias)
    }

    /// A name typed by a journalist, trimmed, with its key for an actor of `kind`.
    ///
    /// - Throws: ``ActorCurationError/emptyName`` when nothing matchable is left.
    static func curatedName(_ name: String, kind: ActorKind) throws -> (trimmed: String, key: String) {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        let key = aliasKey(trimmed, kind: kind)
        guard !key.isEmpty else { throw ActorCurationError.emptyName }
        return (trimmed, key)
    }

    /// The actor (other than `except`) that has an alias with this key.
    static func owner(ofKey key: String, except: Int64?, in db: Database) throws -> (id: Int64, name: String)? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT a.id, a.name FROM actor_aliases al JOIN actors a ON a.id = al.actor_id
                    WHERE al.alias_key = ? AND a.id IS NOT ? ORDER BY al.source = 'curated' DESC, a.id LIMIT 1
                    """,
                arguments: [key, except])
        else { return nil }
        return (row["id"], row["name"])
    }

    static func upsertCuratedAlias(_ alias: String, key: String, actorID: Int64, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO actor_aliases (actor_id, alias, alias_key, source) VALUES (?, ?, ?, 'curated')
                ON CONFLICT (actor_id, alias_key) DO UPDATE SET source = 'curated'
                """,
            arguments: [actorID, alias, key])
    }

    static func record(
        action: String, actorID: Int64, otherActorID: Int64?, summary: String, details: [String: [String]],
        by person: String, at date: Date, in db: Database
    ) throws -> ActorChange {
        let json = (try? JSONSerialization.data(withJSONObject: details, options: [.sortedKeys]))
            .map { String(decoding: $0, as: UTF8.self) }
        let when = Timestamp.iso(date)
        try db.execute(
            sql: """
                INSERT INTO actor_changes (changed_at, changed_by, action, actor_id, other_actor_id, summary, details)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [when, person, action, actorID, otherActorID, summary, json])
        return ActorChange(
            id: db.lastInsertedRowID, changedAt: when, changedBy: person, action: action, actorID: actorID,
            otherActorID: otherActorID, summary: summary)
    }

    static func changes(actorID: Int64?, in db: Database) throws -> [ActorChange] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT * FROM actor_changes WHERE ?1 IS NULL OR actor_id = ?1 OR other_actor_id = ?1 ORDER BY id
                """,
            arguments: [actorID]
        ).map {
            ActorChange(
                id: $0["id"], changedAt: $0["changed_at"], changedBy: $0["changed_by"], action: $0["action"],
                actorID: $0["actor_id"], otherActorID: $0["other_actor_id"], summary: $0["summary"])
        }
    }

    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }

    /// One write transaction for one curation change; errors keep their curation meaning.
    /// With `dryRun`, the change runs and is rolled back, so the caller can report what would happen.
    func curationWrite<T>(dryRun: Bool = false, _ body: (Database) throws -> T) throws(ActorCurationError) -> T {
        do {
            guard dryRun else { return try writer.write(body) }
            return try writer.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction {
                    result = try body(db)
                    return .rollback
                }
                guard let result else {
                    throw ActorCurationError.store(.databaseFailure(path: path, message: "dry run"))
                }
                return result
            }
        } catch let error as ActorCurationError {
            throw error
        } catch let error as StoreError {
            throw .store(error)
        } catch let error as DatabaseError {
            throw .store(StoreError(error, path: path))
        } catch {
            throw .store(.databaseFailure(path: path, message: "\(error)"))
        }
    }

    /// One read transaction, with the errors of ``curationWrite(_:)``.
    func curationRead<T>(_ body: (Database) throws -> T) throws(ActorCurationError) -> T {
        do {
            return try mappingDatabaseErrors { try writer.read(body) }
        } catch let error as ActorCurationError {
            throw error
        } catch let error as StoreError {
            throw .store(error)
        } catch {
            throw .store(.databaseFailure(path: path, message: "\(error)"))
        }
    }
}
