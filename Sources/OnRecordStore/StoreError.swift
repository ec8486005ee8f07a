/// What can go wrong when opening, writing or querying an OnRecord database.
///
/// Every case carries what the user needs to see; the CLI turns them into messages and exit codes.
public enum StoreError: Error, Equatable, Sendable {
    /// The file exists but is not an OnRecord database: not SQLite, corrupt, another program's SQLite file,
    /// or (opened read-only) an empty file.
    case notADatabase(path: String)
    /// The file or its folder cannot be opened or created.
    case cannotOpen(path: String, reason: String)
    /// Another process held the database longer than the busy timeout.
    case databaseBusy(path: String)
    /// The database was written by a newer OnRecord.
    case schemaTooNew(path: String, found: Int, supported: Int)
    /// No actor goes by that name or alias; `suggestions` holds close names that do exist.
    case unknownActor(name: String, suggestions: [String])
    /// No statement has that id.
    case statementNotFound(id: Int64)
    /// No stored article has that URL; `suggestions` holds stored URLs that look alike.
    case unknownURL(url: String, suggestions: [String])
    /// The search text contains no searchable words.
    case emptyQuery
    /// A raw full-text query could not be understood.
    case invalidSearchSyntax(query: String, reason: String)
    /// A statement's offsets do not point at its text in the document; it was not stored.
    case provenanceMismatch(statement: String)
    /// Any other database failure, with SQLite's message.
    case databaseFailure(path: String, message: String)
}
