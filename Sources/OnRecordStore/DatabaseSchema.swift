/// The database schema version this build of OnRecord writes, and the SQL that creates it.
enum DatabaseSchema {
    /// The `PRAGMA user_version` that `schema.sql` sets.
    static let currentVersion = 1
}
