import Foundation
import GRDB
public import OnRecordCore

extension OnRecordDatabase {
    /// Statements that appeared, disappeared or changed wording between consecutive versions of articles.
    ///
    /// A version is a text stored for a URL that was already stored with other text (see
    /// `document_versions` in `schema.sql`). Each pair of consecutive versions is compared with
    /// ``StatementMatcher``; active statements only.
    ///
    /// - Parameters:
    ///   - url: Only this URL's versions; all URLs with more than one version when `nil`.
    ///   - includesUnchanged: Also list statements found word for word in both versions.
    /// - Returns: Changes grouped by URL (in URL order), then by version, then by position in the article.
    /// - Throws: ``StoreError/unknownURL(url:suggestions:)`` when `url` is given and no article has it.
    public func statementChanges(url: String? = nil, includesUnchanged: Bool = false) throws(StoreError)
        -> [StatementChange]
    {
        try read { db in
            if let url, try !Self.isStoredURL(url, in: db) {
                throw StoreError.unknownURL(url: url, suggestions: try Self.similarURLs(to: url, in: db))
            }
            var request: SQL = """
                SELECT v.url, v.version, v.document_id, v.previous_document_id, d.ingested_at,
                       (SELECT p.version FROM document_versions p WHERE p.document_id = v.previous_document_id) AS from_version
                FROM document_versions v JOIN documents d ON d.id = v.document_id
                WHERE v.previous_document_id IS NOT NULL
                """
            if let url { request += " AND v.url = \(url)" }
            request += " ORDER BY v.url, v.version"
            var changes: [StatementChange] = []
            for version in try Row.fetchAll(db, SQLRequest(literal: request)) {
                let fromID: Int64 = version["previous_document_id"]
                let toID: Int64 = version["document_id"]
                let toVersion: Int = version["version"]
                let old = try Self.versionStatements(of: fromID, in: db)
                let new = try Self.versionStatements(of: toID, in: db)
                for pairing in StatementMatcher.match(old: old.map(\.item), new: new.map(\.item)) {
                    if pairing.change == .unchanged && !includesUnchanged { continue }
                    let before = pairing.oldIndex.map { old[$0] }
                    let after = pairing.newIndex.map { new[$0] }
                    changes.append(
                        StatementChange(
                            kind: pairing.change, url: version["url"],
                            fromVersion: version["from_version"] ?? toVersion - 1, toVersion: toVersion,
                            fromDocumentID: fromID, toDocumentID: toID, detectedAt: version["ingested_at"],
                            actorName: after?.actorName ?? before?.actorName,
                            speakerMention: after?.speakerMention ?? before?.speakerMention,
                            oldText: before?.item.text, newText: after?.item.text, oldStatementID: before?.id,
                            newStatementID: after?.id, similarity: pairing.similarity))
                }
            }
            return changes
        }
    }

    /// Whether an article with exactly this URL is stored.
    static func isStoredURL(_ url: String, in db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM documents WHERE url = ?)", arguments: [url]) ?? false
    }

    /// Stored URLs that look like `url`, closest first, at most three: those on the same host (any scheme),
    /// ranked by how long a start they share with it once the scheme and a trailing slash are set aside,
    /// so a typo in the last part of the path still finds its article.
    static func similarURLs(to url: String, in db: Database) throws -> [String] {
        func bare(_ text: String) -> Substring {
            var rest = Substring(text)
            if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
            while rest.hasSuffix("/") { rest = rest.dropLast() }
            return rest
        }
        let wanted = bare(url)
        guard let host = wanted.split(separator: "/").first, host.count >= 3 else { return [] }
        let escaped = host.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
        let candidates = try String.fetchAll(
            db, sql: "SELECT DISTINCT url FROM documents WHERE url LIKE ? ESCAPE '\\' LIMIT 10000",
            arguments: ["%" + escaped + "%"])
        func shared(_ candidate: String) -> Int {
            zip(bare(candidate), wanted).prefix { $0 == $1 }.count
        }
        return
            candidates
            .map { (url: $0, shared: shared($0)) }
            .filter { $0.shared >= host.count }
            .sorted { ($0.shared, $1.url) > ($1.shared, $0.url) }
            .prefix(3).map(\.url)
    }

    /// A version's active statements in document order, keyed by speaker for matching.
    private static func versionStatements(of documentID: Int64, in db: Database) throws -> [VersionStatement] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT s.id, s.actor_id, a.name AS actor_name, s.speaker_mention, s.text
                FROM statements s LEFT JOIN actors a ON a.id = s.actor_id
                WHERE s.document_id = ? AND s.status = 'active'
                ORDER BY s.char_start, s.id
                """,
            arguments: [documentID]
        ).map { row in
            let actorID: Int64? = row["actor_id"]
            let mention: String? = row["speaker_mention"]
            let speakerKey = actorID.map { "actor \($0)" } ?? "mention " + NameKey.key(for: mention ?? "")
            return VersionStatement(
                id: row["id"], actorName: row["actor_name"], speakerMention: mention,
                item: StatementMatcher.Item(speakerKey: speakerKey, text: row["text"]))
        }
    }
}

/// One statement of a version, as the comparison needs it.
private struct VersionStatement {
    var id: Int64
    var actorName: String?
    var speakerMention: String?
    var item: StatementMatcher.Item
}
