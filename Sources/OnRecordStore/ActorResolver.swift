import Foundation
import GRDB
import OnRecordCore

/// Finds the actors a user means by a name typed on the command line.
///
/// In order: `#12` (an actor id); any alias, case-, accent- and spelling-insensitive, organization aliases
/// included (`UN` = `United Nations`; a curated alias beats an automatic one); a bare surname that only
/// one actor has; a role (`the Ukrainian president`, `Kremlin spokesman`), held on `date` when one is
/// given, else by anyone ever.
enum ActorResolver {
    /// The matching actors' ids: one when the name is clear, several when it is ambiguous, none when unknown.
    static func candidates(for name: String, on date: String? = nil, in db: Database) throws -> [Int64] {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if let id = actorID(from: trimmed),
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM actors WHERE id = ?)", arguments: [id]) == true
        {
            return [id]
        }
        let key = NameKey.key(for: trimmed)
        var keys = [key, NameKey.organizationKey(for: trimmed)]
        if let entry = BuiltInActors.entry(for: trimmed) {
            keys += ([entry.name] + entry.aliases).map(NameKey.organizationKey(for:))
        }
        keys = Array(Set(keys.filter { !$0.isEmpty }))
        let matches = try ActorLinker.aliasMatches(
            keys: keys, kinds: ActorKind.allCases.map(\.rawValue), in: db)
        let curated = Set(matches.filter(\.curated).map(\.actorID))
        if curated.count == 1 { return Array(curated) }
        if !matches.isEmpty { return Array(Set(matches.map(\.actorID))).sorted() }
        if !key.isEmpty, !key.contains(" ") {
            let bySurname = try ActorLinker.surnameMatches(key, in: db)
            if !bySurname.isEmpty { return bySurname.sorted() }
        }
        if let role = RoleDescription.parse(trimmed), !role.isFormer {
            return try RoleStore.holders(of: role, on: date, in: db).sorted()
        }
        return []
    }

    /// `#12` or `12` as an actor id.
    static func actorID(from text: String) -> Int64? {
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        return Int64(digits)
    }
}
