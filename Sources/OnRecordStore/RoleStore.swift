import Foundation
import GRDB
import OnRecordCore

/// Reads and writes `actor_roles`: who held which role when.
///
/// A **curated** role's dates are bounds (`NULL` is open). A **learned** role's dates are the first and
/// last article dates it was seen on; the holder of a role on a day is then the actor whose observations
/// cover the day, else the one seen nearest to it. Curated roles win: an actor with a curated role for a
/// key is judged only by it.
enum RoleStore {
    /// Records that `actorID` was described with `role` in an article dated `date`.
    /// - Returns: `false` when a person said the actor does not hold this role (nothing is stored).
    @discardableResult
    static func learn(_ role: RoleDescription, actorID: Int64, on date: String?, now: String, in db: Database) throws
        -> Bool
    {
        let blocked = try Bool.fetchOne(
            db.cachedStatement(
                sql: "SELECT EXISTS (SELECT 1 FROM actor_role_blocks WHERE actor_id = ? AND role_key = ?)"),
            arguments: [actorID, role.key])
        if blocked == true { return false }
        let existing = try Row.fetchOne(
            db.cachedStatement(
                sql:
                    "SELECT id, starts_on, ends_on FROM actor_roles WHERE actor_id = ? AND role_key = ? AND source = 'learned'"
            ),
            arguments: [actorID, role.key])
        guard let existing else {
            try db.cachedStatement(
                sql: """
                    INSERT INTO actor_roles (actor_id, role, role_key, starts_on, ends_on, source, created_at)
                    VALUES (?, ?, ?, ?, ?, 'learned', ?)
                    """
            ).execute(
                arguments: [actorID, role.displayName, role.key, date, date, now])
            return true
        }
        guard let date else { return true }
        let start: String? = existing["starts_on"]
        let end: String? = existing["ends_on"]
        let (newStart, newEnd) = (min(start ?? date, date), max(end ?? date, date))
        // Most articles fall inside the dates already seen: then there is nothing to write (an UPDATE that
        // changes nothing still cost a statement and a dirtied page per learned role at ingest).
        guard newStart != start || newEnd != end else { return true }
        try db.cachedStatement(sql: "UPDATE actor_roles SET starts_on = ?, ends_on = ? WHERE id = ?").execute(
            arguments: [newStart, newEnd, existing["id"] as Int64])
        return true
    }

    /// Whether a stored role key is one `description` can stand for. A description without a place
    /// ("the secretary-general") matches that role of any place.
    static func key(_ key: String, matches description: RoleDescription) -> Bool {
        for candidate in description.matchingKeys {
            if key == candidate { return true }
            if description.place == nil, key.hasPrefix(candidate + " of ") { return true }
        }
        return false
    }

    /// The one actor holding a role the description stands for on `date`, or `nil` when nobody or
    /// several actors fit.
    static func holder(of description: RoleDescription, on date: String?, in db: Database) throws -> Int64? {
        let holders = try self.holders(of: description, on: date, in: db)
        return holders.count == 1 ? holders.first : nil
    }

    /// Every actor that may hold the role on `date` (one when the answer is clear).
    static func holders(of description: RoleDescription, on date: String?, in db: Database) throws -> Set<Int64> {
        var rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT actor_id, role_key, starts_on, ends_on, source FROM actor_roles
                    WHERE role_key IN (SELECT value FROM json_each(?))
                    """),
            arguments: [JSONList.encode(description.matchingKeys)])
        if description.place == nil {
            rows += try Row.fetchAll(
                db.cachedStatement(
                    sql: "SELECT actor_id, role_key, starts_on, ends_on, source FROM actor_roles WHERE role_key LIKE ?"),
                arguments: [description.key + " of %"])
        }
        let roles = rows.map {
            HeldRole(
                actorID: $0["actor_id"], key: $0["role_key"], start: $0["starts_on"], end: $0["ends_on"],
                isCurated: ($0["source"] as String) == "curated")
        }
        return holders(among: roles, on: date)
    }

    struct HeldRole {
        var actorID: Int64
        var key: String
        var start: String?
        var end: String?
        var isCurated: Bool
    }

    static func holders(among roles: [HeldRole], on date: String?) -> Set<Int64> {
        guard !roles.isEmpty else { return [] }
        let curated = roles.filter(\.isCurated)
        if let date {
            let covering = curated.filter { ($0.start ?? "") <= date && ($0.end.map { date <= $0 } ?? true) }
            if !covering.isEmpty { return Set(covering.map(\.actorID)) }
        } else if !curated.isEmpty {
            let open = curated.filter { $0.end == nil }
            return Set((open.isEmpty ? curated : open).map(\.actorID))
        }
        let curatedPairs = Set(curated.map { "\($0.actorID) \($0.key)" })
        let learned = roles.filter { !$0.isCurated && !curatedPairs.contains("\($0.actorID) \($0.key)") }
        var result = Set<Int64>()
        for key in Set(learned.map(\.key)) {
            let forKey = learned.filter { $0.key == key }
            guard let date, let day = Day.number(date) else {
                result.formUnion(forKey.map(\.actorID))
                continue
            }
            let covering = forKey.filter { ($0.start ?? "") <= date && ($0.end.map { date <= $0 } ?? true) }
            if !covering.isEmpty {
                result.formUnion(covering.map(\.actorID))
                continue
            }
            let distances = forKey.compactMap { role -> (Int64, Int)? in
                let days = [role.start, role.end].compactMap { $0.flatMap(Day.number) }.map { abs($0 - day) }
                return days.min().map { (role.actorID, $0) }
            }
            guard let nearest = distances.map(\.1).min() else {
                result.formUnion(forKey.map(\.actorID))
                continue
            }
            result.formUnion(distances.filter { $0.1 == nearest }.map(\.0))
        }
        return result
    }
}

/// Day numbers for `YYYY-MM-DD` strings, to measure how far apart two dates are.
enum Day {
    /// Days since 1970-01-01 (proleptic Gregorian), or `nil` if `text` does not start with a date.
    static func number(_ text: String) -> Int? {
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, let y0 = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        return DateNormalizer.daysFromCivil(year: y0, month: m, day: d)
    }
}
