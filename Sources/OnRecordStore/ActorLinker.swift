import Foundation
import GRDB
import OnRecordCore

/// Links the speakers of one document's statements to actors, creating actors when needed.
///
/// Curated data (aliases a person added, merges, splits, blocked aliases, curated roles) always wins over
/// the automatic rules, and the automatic rules never guess: when two actors fit, the statement stays
/// unlinked (its mention is still stored). Rules, in order:
///
/// - **Organizations and places** (`the Kremlin`, `U.N.`, `Russia`) link only to organization actors, by
///   organization key; the built-in table (``BuiltInActors``) folds `UN`/`United Nations`. A person never
///   links to an organization actor, nor the reverse.
/// - **Full names**: an actor with a curated alias of that key; else an actor with any alias of that key;
///   else one actor whose name differs only by initials or omitted given names (`J. Biden`, `Joseph R.
///   Biden`); else a new actor (an actor known only by the surname is not assumed to be this person).
/// - **Surnames alone**: a full name with that surname linked in the same document; else the one actor
///   with that surname or alias; several → unlinked; none → a new actor.
/// - **Descriptions without a name** (`the Ukrainian president`): the actor holding that role, first as
///   seen in the same document, then by ``actor_roles`` on the document's date.
///
/// Roles are learned from appositions in mentions (`Ukraine president Volodymyr Zelensky`).
struct ActorLinker {
    /// What the linker needs to know about one statement's speaker.
    struct Input {
        var speaker: String?
        var kind: ActorKind
        var mention: String?
    }

    /// The outcome for one statement.
    struct Link: Equatable {
        var actorID: Int64?
        var speaker: String?
        var speakerKey: String?
        var kind: ActorKind
        var rule: String
    }

    let date: String?
    let now: String
    /// Alias lookups already made in this transaction; see ``Lookups``.
    var lookups = Lookups()

    /// Links every input of one document; learned roles are stored as a side effect.
    func link(_ inputs: [Input], in db: Database) throws -> [Link] {
        var links = [Link?](repeating: nil, count: inputs.count)
        var learned: [(name: String, role: RoleDescription)] = []
        var prepared: [(index: Int, name: String, kind: ActorKind)] = []
        for (index, input) in inputs.enumerated() {
            switch Self.preparation(of: input) {
            case .skipped:
                continue
            case .organization(let name):
                prepared.append((index, name, .organization))
            case .person(let name, let kind, let roles):
                prepared.append((index, name, kind))
                for role in roles { learned.append((name, role)) }
            }
        }

        // Pass 1: organizations and full names; remember who was named in this document.
        var surnamesInDocument: [String: Set<Int64>] = [:]
        var actorByName: [String: Int64] = [:]
        var memo = Memo()
        for item in prepared where item.kind != .organization && NameKey.keyTokens(for: item.name).count > 1 {
            let link = try memo.link("p\(item.kind.rawValue)|" + item.name, in: db) {
                try linkPerson(item.name, kind: item.kind, in: db)
            }
            links[item.index] = link
            if let actorID = link.actorID {
                actorByName[item.name] = actorID
                if let surname = NameKey.surnameKey(for: item.name) {
                    surnamesInDocument[surname, default: []].insert(actorID)
                }
            }
        }
        for item in prepared where item.kind == .organization {
            // "Senator Grace Washington ... Washington said": a one-word place that is the surname of a person
            // named in this document is that person.
            let key = NameKey.key(for: item.name)
            if !key.contains(" "), let inDocument = surnamesInDocument[key], inDocument.count == 1,
                let actorID = inDocument.first, try !lookups.isBlocked(actorID, key: key, in: db)
            {
                links[item.index] = Link(
                    actorID: actorID, speaker: item.name, speakerKey: key, kind: .person, rule: "document")
                continue
            }
            links[item.index] = try memo.link("o|" + item.name, in: db) { try linkOrganization(item.name, in: db) }
        }
        // Pass 2: surnames alone, within the document first.
        for item in prepared where links[item.index] == nil {
            let key = NameKey.key(for: item.name)
            if let inDocument = surnamesInDocument[key], inDocument.count == 1, let actorID = inDocument.first,
                try !lookups.isBlocked(actorID, key: key, in: db)
            {
                links[item.index] = Link(
                    actorID: actorID, speaker: item.name, speakerKey: key, kind: item.kind, rule: "document")
                continue
            }
            links[item.index] = try memo.link("p\(item.kind.rawValue)|" + item.name, in: db) {
                try linkPerson(item.name, kind: item.kind, in: db)
            }
        }

        // Roles learned here are stored before descriptions are resolved, so the document's own
        // appositions count.
        var rolesInDocument: [String: Set<Int64>] = [:]
        // "NATO Secretary-General Jens Stoltenberg" then "Secretary-General Stoltenberg": keep the role with a place.
        learned = learned.filter { item in
            item.role.place != nil
                || !learned.contains {
                    $0.name == item.name && $0.role.place != nil && $0.role.roleWords == item.role.roleWords
                }
        }
        for (name, role) in learned where !role.isFormer {
            guard
                let actorID = actorByName[name]
                    ?? links.compactMap({ $0 }).first(where: { $0.speaker == name })?.actorID
            else { continue }
            if try RoleStore.learn(role, actorID: actorID, on: date, now: now, in: db) {
                rolesInDocument[role.key, default: []].insert(actorID)
            }
        }

        // Pass 3: descriptions without a resolved name.
        for (index, input) in inputs.enumerated() where links[index] == nil {
            guard let mention = input.mention, let role = RoleDescription.parse(mention), !role.isFormer else {
                links[index] = Link(actorID: nil, speaker: nil, speakerKey: nil, kind: input.kind, rule: "none")
                continue
            }
            let local = Set(
                rolesInDocument.filter { RoleStore.key($0.key, matches: role) }.values.flatMap { $0 })
            let holders = local.isEmpty ? try RoleStore.holders(of: role, on: date, in: db) : []
            // Several holders, but only one of them is named in this document: that one.
            let named = holders.intersection(links.compactMap { $0?.actorID })
            if local.count == 1, let actorID = local.first {
                links[index] = Link(
                    actorID: actorID, speaker: nil, speakerKey: nil, kind: .person, rule: "role-document")
            } else if holders.count == 1, role.place != nil, let actorID = holders.first {
                // A role without a place ("the president") is never resolved from other articles alone: there
                // are presidents everywhere, and the one we happen to know is a guess.
                links[index] = Link(actorID: actorID, speaker: nil, speakerKey: nil, kind: .person, rule: "role")
            } else if named.count == 1, let actorID = named.first {
                links[index] = Link(
                    actorID: actorID, speaker: nil, speakerKey: nil, kind: .person, rule: "role-document")
            } else {
                links[index] = Link(
                    actorID: nil, speaker: nil, speakerKey: nil, kind: input.kind, rule: "ambiguous-role")
            }
        }
        return links.map { $0 ?? Link(actorID: nil, speaker: nil, speakerKey: nil, kind: .unknown, rule: "none") }
    }

    /// What the linker makes of one speaker before asking the database: a pure function of the speaker,
    /// kind and mention.
    enum Preparation {
        /// Not a name (empty, or a word of a role description): resolved by role, if at all.
        case skipped
        /// An organization or place, by this name.
        case organization(String)
        /// A person by this display name, with the roles written next to the name.
        case person(String, ActorKind, [RoleDescription])
    }

    /// Speakers repeat across documents (a newsroom quotes the same people), and folding a name, reading
    /// titles and parsing role descriptions was a third of the linker's time (profiled); bounded, so memory
    /// stays flat.
    private static let preparations = PreparationMemo()

    static func preparation(of input: Input) -> Preparation {
        let key = [input.speaker.map { "s" + $0 } ?? "-", input.kind.rawValue, input.mention.map { "m" + $0 } ?? "-"]
            .joined(separator: "\u{1}")
        return preparations.value(for: key) { computePreparation(of: input) }
    }

    private static func computePreparation(of input: Input) -> Preparation {
        // A mention that is a built-in organization ("The U.N.") names its speaker even when the extractor
        // left the speaker empty.
        if input.speaker == nil, let mention = input.mention, BuiltInActors.entry(for: mention) != nil {
            return .organization(mention)
        }
        // `trimmedOfWhitespace` trims the same characters as Foundation's `.whitespacesAndNewlines` (Unicode
        // White_Space), without bridging to NSString.
        guard let raw = input.speaker?.trimmedOfWhitespace, !raw.isEmpty,
            !isPieceOfDescription(raw, mention: input.mention)
        else { return .skipped }
        let kind = effectiveKind(name: raw, kind: input.kind, mention: input.mention)
        if kind == .organization { return .organization(raw) }
        return .person(NameKey.displayName(for: raw), kind, roles(inMention: input.mention, speaker: raw))
    }

    /// A thread-safe memo of ``preparation(of:)``, emptied when it holds 4,096 entries.
    final class PreparationMemo: @unchecked Sendable {
        // @unchecked: `entries` is only touched while holding `lock`.
        private let lock = NSLock()
        private var entries: [String: Preparation] = [:]

        func value(for key: String, compute: () -> Preparation) -> Preparation {
            lock.lock()
            defer { lock.unlock() }
            if let known = entries[key] { return known }
            let value = compute()
            if entries.count >= 4096 { entries.removeAll(keepingCapacity: true) }
            entries[key] = value
            return value
        }
    }

    /// Links already computed for this document, reused while the database has not changed since.
    ///
    /// A document names the same speaker in many statements; each lookup is several queries (profiled:
    /// the linker was about half of all ingest CPU). A link is a function of the name, its kind and the
    /// database, and inside the document's transaction only this linker writes; any write it makes
    /// (a new actor, a new alias, a learned role) changes `totalChangesCount` and so recomputes, which
    /// keeps the outcome, including each statement's rule, exactly what the uncached lookups give.
    struct Memo {
        private var entries: [String: (changes: Int, link: Link)] = [:]

        mutating func link(_ key: String, in db: Database, compute: () throws -> Link) rethrows -> Link {
            let changes = db.totalChangesCount
            if let entry = entries[key], entry.changes == changes { return entry.link }
            let link = try compute()
            // Only a lookup that wrote nothing is reused: after "new" the same name links by "alias".
            if db.totalChangesCount == changes { entries[key] = (changes, link) }
            return link
        }
    }

    /// Organization unless the extractor is sure it is a person: built-in organizations and one-word place
    /// names count as organizations ("Moscow said").
    /// A title before the name ("Senator Grace Washington") makes it a person even when its last word is a
    /// place.
    static func effectiveKind(name: String, kind: ActorKind, mention: String?) -> ActorKind {
        if BuiltInActors.entry(for: name) != nil { return .organization }
        // "The Hill said", "the Post reported": a person is never written "the" + a name.
        if let mention, kind != .organization {
            let words = NameKey.words(of: mention)
            if words.count >= 2, words[0] == "the", Array(words.dropFirst()) == NameKey.words(of: name) {
                return .organization
            }
        }
        if kind == .organization {
            let titled = [name, mention].compactMap { $0 }.contains { text in
                NameKey.words(of: text).count > 2 && NameKey.displayName(for: text) != text
                    && NameKey.keyTokens(for: NameKey.displayName(for: text)).count > 1
            }
            return titled ? .person : .organization
        }
        return kind == .unknown ? .person : kind
    }

    /// Whether the extractor's speaker is only a word of a role description ("Estonian" from "the Estonian
    /// foreign minister"), not a name: then the description is resolved by role instead.
    static func isPieceOfDescription(_ speaker: String, mention: String?) -> Bool {
        guard let mention, RoleDescription.parse(mention) != nil else { return false }
        let mentionWords = Set(NameKey.words(of: mention))
        return NameKey.words(of: speaker).allSatisfy { mentionWords.contains($0) }
    }

    /// Roles written next to the speaker's name in the mention: before it (`Kremlin spokesman Dmitry
    /// Peskov`), after it (`Dmitry Peskov, the Kremlin spokesman`), or in the resolved name itself.
    static func roles(inMention mention: String?, speaker: String) -> [RoleDescription] {
        guard let surname = NameKey.surnameKey(for: speaker) else { return [] }
        var found: [RoleDescription] = []
        for text in [mention, speaker].compactMap({ $0 }) {
            let parts = text.split(separator: ",", maxSplits: 1).map(String.init)
            let (role, rest) = RoleDescription.splitLeadingRole(from: parts[0])
            if let role, NameKey.surnameKey(for: rest) == surname { found.append(role) }
            if parts.count == 2, NameKey.surnameKey(for: parts[0]) == surname,
                let after = RoleDescription.parse(parts[1].trimmingCharacters(in: .whitespaces))
            {
                found.append(after)
            }
        }
        // "NATO Secretary-General" and "Secretary-General" from the same statement: keep the one with a place.
        return found.filter { role in
            role.place != nil || !found.contains { $0.place != nil && $0.roleWords == role.roleWords }
        }.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }

    // MARK: - Organizations

    private func linkOrganization(_ raw: String, in db: Database) throws -> Link {
        let entry = BuiltInActors.entry(for: raw)
        let names = entry.map { [$0.name] + $0.aliases } ?? [raw]
        let keys = Array(Set(names.map(NameKey.organizationKey(for:)))).filter { !$0.isEmpty }
        let key = NameKey.organizationKey(for: raw)
        guard !keys.isEmpty else {
            return Link(actorID: nil, speaker: raw, speakerKey: nil, kind: .organization, rule: "none")
        }
        let candidates = try lookups.aliasMatches(keys: keys, kinds: ["organization", "unknown"], in: db)
        if let link = choose(candidates, speaker: raw, key: key, kind: .organization) { return link }
        let display = entry?.name ?? Self.withoutLeadingThe(raw)
        let actorID = try createActor(name: display, kind: .organization, in: db)
        for name in Set([display] + names) {
            try addAlias(name, key: NameKey.organizationKey(for: name), to: actorID, in: db)
        }
        return Link(actorID: actorID, speaker: raw, speakerKey: key, kind: .organization, rule: "new")
    }

    // MARK: - People

    private func linkPerson(_ name: String, kind: ActorKind, in db: Database) throws -> Link {
        let key = NameKey.key(for: name)
        let tokens = NameKey.keyTokens(for: name)
        guard !key.isEmpty else { return Link(actorID: nil, speaker: name, speakerKey: nil, kind: kind, rule: "none") }
        let kinds = ["person", "unknown"]
        let exact = try lookups.aliasMatches(keys: [key], kinds: kinds, in: db)
        if tokens.count == 1 {
            let curated = exact.filter(\.curated)
            if !curated.isEmpty, let link = choose(curated, speaker: name, key: key, kind: kind) { return link }
            let bySurname = try lookups.surnameMatches(key, in: db)
            let ids = Set(exact.map(\.actorID)).union(bySurname)
            if ids.count == 1, let actorID = ids.first {
                let rule = exact.isEmpty ? "surname" : "alias"
                return Link(actorID: actorID, speaker: name, speakerKey: key, kind: kind, rule: rule)
            }
            if ids.count > 1 {
                return Link(actorID: nil, speaker: name, speakerKey: key, kind: kind, rule: "ambiguous")
            }
        } else {
            // No alias to add here: `exact` are actors that already have an alias with this key, and
            // (actor, key) is unique, so adding it again would do nothing (it was one write per statement).
            if let link = choose(exact, speaker: name, key: key, kind: kind) { return link }
            let compatible = try lookups.initialsMatches(name, in: db)
            if compatible.count == 1, let actorID = compatible.first {
                try addAlias(name, key: key, to: actorID, in: db)
                return Link(actorID: actorID, speaker: name, speakerKey: key, kind: kind, rule: "initials")
            }
            if compatible.count > 1 {
                return Link(actorID: nil, speaker: name, speakerKey: key, kind: kind, rule: "ambiguous")
            }
            // An actor known only by this surname is *not* given the full name: "Obama said" in one article
            // and "Michelle Obama" in another need not be one person (PolNeAR's 2016 news had exactly this).
        }
        let actorID = try createActor(name: name, kind: .person, in: db)
        try addAlias(name, key: key, to: actorID, in: db)
        return Link(actorID: actorID, speaker: name, speakerKey: key, kind: kind, rule: "new")
    }

    /// Curated matches first; then any match. One actor links, several are ambiguous, none is `nil`.
    private func choose(_ matches: [AliasMatch], speaker: String, key: String, kind: ActorKind) -> Link? {
        let curated = Set(matches.filter(\.curated).map(\.actorID))
        if curated.count == 1, let actorID = curated.first {
            return Link(actorID: actorID, speaker: speaker, speakerKey: key, kind: kind, rule: "curated")
        }
        let all = Set(matches.map(\.actorID))
        if curated.count > 1 || all.count > 1 {
            return Link(actorID: nil, speaker: speaker, speakerKey: key, kind: kind, rule: "ambiguous")
        }
        if let actorID = all.first {
            return Link(actorID: actorID, speaker: speaker, speakerKey: key, kind: kind, rule: "alias")
        }
        return nil
    }

    struct AliasMatch {
        var actorID: Int64
        var curated: Bool
    }

    /// Actors of the given kinds with an alias of one of `keys`, leaving out blocked pairs.
    static func aliasMatches(keys: [String], kinds: [String], in db: Database) throws -> [AliasMatch] {
        if keys.count == 1, kinds.count == 2 {
            // The common case (every person lookup): plain equalities, without `json_each` and the
            // temporary tables its `IN (SELECT …)` builds at every call (profiled). Same rows.
            let rows = try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT al.actor_id, max(al.source = 'curated') AS curated
                        FROM actor_aliases al JOIN actors a ON a.id = al.actor_id
                        WHERE al.alias_key = ? AND a.kind IN (?, ?)
                          AND NOT EXISTS (SELECT 1 FROM actor_alias_blocks b WHERE b.actor_id = al.actor_id AND b.alias_key = al.alias_key)
                        GROUP BY al.actor_id
                        """),
                arguments: [keys[0], kinds[0], kinds[1]])
            return rows.map { AliasMatch(actorID: $0["actor_id"], curated: $0["curated"]) }
        }
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT al.actor_id, max(al.source = 'curated') AS curated
                    FROM actor_aliases al JOIN actors a ON a.id = al.actor_id
                    WHERE al.alias_key IN (SELECT value FROM json_each(?)) AND a.kind IN (SELECT value FROM json_each(?))
                      AND NOT EXISTS (SELECT 1 FROM actor_alias_blocks b WHERE b.actor_id = al.actor_id AND b.alias_key = al.alias_key)
                    GROUP BY al.actor_id
                    """),
            arguments: [JSONList.encode(keys), JSONList.encode(kinds)])
        return rows.map { AliasMatch(actorID: $0["actor_id"], curated: $0["curated"]) }
    }

    // The two LIKE patterns below are built in SQL (`'% ' || ?`), not bound whole: with `LIKE ?` SQLite
    // re-prepares the statement at every new binding (for its LIKE-prefix optimization, useless with a
    // leading `%`), which made these cached statements parse again for every speaker (profiled).

    /// People with a multi-word alias whose surname has this key, unless the surname is blocked for them.
    static func surnameMatches(_ surname: String, in db: Database) throws -> Set<Int64> {
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT al.actor_id, al.alias FROM actor_aliases al JOIN actors a ON a.id = al.actor_id
                    WHERE al.alias_key LIKE '% ' || ? AND a.kind IN ('person', 'unknown')
                      AND NOT EXISTS (SELECT 1 FROM actor_alias_blocks b WHERE b.actor_id = al.actor_id AND b.alias_key = ?)
                    """),
            arguments: [surname, surname])
        return Set(
            rows.filter { NameKey.surnameKey(for: $0["alias"] as String) == surname }.map { $0["actor_id"] as Int64 })
    }

    /// People with an alias that differs from `name` only by initials or omitted given names.
    static func initialsMatches(_ name: String, in db: Database) throws -> Set<Int64> {
        guard let surname = NameKey.surnameKey(for: name) else { return [] }
        let key = NameKey.key(for: name)
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT al.actor_id, al.alias FROM actor_aliases al JOIN actors a ON a.id = al.actor_id
                    WHERE al.alias_key LIKE '% ' || ? || '%' AND a.kind IN ('person', 'unknown')
                      AND NOT EXISTS (SELECT 1 FROM actor_alias_blocks b WHERE b.actor_id = al.actor_id AND b.alias_key = ?)
                    """),
            arguments: [surname, key])
        return Set(
            rows.filter { row in
                let alias: String = row["alias"]
                return NameKey.keyTokens(for: alias).count > 1 && NameKey.initialsCompatible(name, alias)
            }.map { $0["actor_id"] as Int64 })
    }

    /// The linker's reads of `actors`, `actor_aliases` and `actor_alias_blocks`, remembered for the rest of
    /// one write transaction (an ingest batch of `IngestOptions.batchSize` articles).
    ///
    /// Why: the same speakers recur in every article, and their alias lookups were a tenth of the writer's
    /// time (profiled). Inside the transaction no other connection can write, so the answers change only
    /// when the linker itself creates an actor or adds an alias, which empties the memo; a rolled-back
    /// article (its savepoint) empties it too, so nothing it created is remembered. A new transaction
    /// starts empty, so curation by another process between batches is always seen.
    final class Lookups {
        // A class: one memo shared by the linkers of every article in the transaction.
        private var aliases: [String: [AliasMatch]] = [:]
        private var surnames: [String: Set<Int64>] = [:]
        private var initials: [String: Set<Int64>] = [:]
        private var blocks: [String: Bool] = [:]

        /// Forgets every answer.
        func removeAll() {
            aliases.removeAll(keepingCapacity: true)
            surnames.removeAll(keepingCapacity: true)
            initials.removeAll(keepingCapacity: true)
            blocks.removeAll(keepingCapacity: true)
        }

        func aliasMatches(keys: [String], kinds: [String], in db: Database) throws -> [AliasMatch] {
            let memoKey = keys.joined(separator: "\u{1}") + "\u{2}" + kinds.joined(separator: "\u{1}")
            return try Self.remembered(in: &aliases, memoKey) {
                try ActorLinker.aliasMatches(keys: keys, kinds: kinds, in: db)
            }
        }

        func surnameMatches(_ surname: String, in db: Database) throws -> Set<Int64> {
            try Self.remembered(in: &surnames, surname) { try ActorLinker.surnameMatches(surname, in: db) }
        }

        func initialsMatches(_ name: String, in db: Database) throws -> Set<Int64> {
            try Self.remembered(in: &initials, name) { try ActorLinker.initialsMatches(name, in: db) }
        }

        func isBlocked(_ actorID: Int64, key: String, in db: Database) throws -> Bool {
            try Self.remembered(in: &blocks, "\(actorID)\u{1}" + key) {
                try ActorLinker.isBlocked(actorID, key: key, in: db)
            }
        }

        /// The answer `memo` holds for `key`, else `lookup`'s, remembered.
        private static func remembered<Value>(
            in memo: inout [String: Value], _ key: String, _ lookup: () throws -> Value
        ) rethrows -> Value {
            if let known = memo[key] { return known }
            let found = try lookup()
            memo[key] = found
            return found
        }
    }

    static func isBlocked(_ actorID: Int64, key: String, in db: Database) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(
                sql: "SELECT EXISTS (SELECT 1 FROM actor_alias_blocks WHERE actor_id = ? AND alias_key = ?)"),
            arguments: [actorID, key]) ?? false
    }

    private func createActor(name: String, kind: ActorKind, in db: Database) throws -> Int64 {
        var actor = ActorRecord(id: nil, name: name, kind: kind.rawValue, description: nil, createdAt: now)
        try actor.insert(db)
        lookups.removeAll()
        return actor.id ?? db.lastInsertedRowID
    }

    private func addAlias(_ alias: String, key: String, to actorID: Int64?, in db: Database) throws {
        guard let actorID, !key.isEmpty else { return }
        try db.cachedStatement(
            sql: """
                INSERT INTO actor_aliases (actor_id, alias, alias_key, source)
                SELECT ?, ?, ?, 'extracted'
                WHERE NOT EXISTS (SELECT 1 FROM actor_alias_blocks WHERE actor_id = ? AND alias_key = ?)
                ON CONFLICT (actor_id, alias_key) DO NOTHING
                """
        ).execute(
            arguments: [actorID, alias, key, actorID, key])
        // Usually the alias is known already (DO NOTHING); only a new one changes what lookups find.
        if db.changesCount > 0 { lookups.removeAll() }
    }

    static func withoutLeadingThe(_ name: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = trimmed.lowercased()
        if lower.hasPrefix("the "), trimmed.count > 4 { return String(trimmed.dropFirst(4)) }
        return trimmed
    }
}

/// Encodes lists for `json_each(?)`, so a variable-length `IN` list stays one bound argument.
enum JSONList {
    /// A JSON array of strings. Written by hand: `JSONSerialization` cost more than the alias query it
    /// feeds (profiled), and `json_each` only needs valid JSON (quotes, backslashes, control characters
    /// escaped; everything else, non-ASCII included, passes through as UTF-8).
    static func encode(_ values: [String]) -> String {
        var out = "["
        for (index, value) in values.enumerated() {
            if index > 0 { out.append(",") }
            out.append("\"")
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\"": out.append("\\\"")
                case "\\": out.append("\\\\")
                case "\n": out.append("\\n")
                case "\r": out.append("\\r")
                case "\t": out.append("\\t")
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                default: out.unicodeScalars.append(scalar)
                }
            }
            out.append("\"")
        }
        out.append("]")
        return out
    }

    static func encode(_ values: [Int64]) -> String {
        "[" + values.map(String.init).joined(separator: ",") + "]"
    }
}
