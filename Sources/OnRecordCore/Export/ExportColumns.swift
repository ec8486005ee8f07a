/// The column contract of statement exports and listings (CSV header, JSON keys).
///
/// Spreadsheets, R and pandas scripts depend on these names and their order: add new columns at the
/// end, never rename or reorder. README.md documents each column; a golden test pins the header.
public enum ExportColumns {
    /// Column names of a statement export, in order.
    public static let statement: [String] = [
        "statement_id", "stated_on", "actor", "speaker_mention", "kind", "cue", "text", "outlet", "title",
        "url", "published_at", "document_id", "char_start", "char_end", "rule", "confidence", "extractor",
        "source_path", "created_at",
    ]

    /// The cells of one statement, in ``statement`` order.
    public static func cells(for row: StatementRow) -> [ExportCell] {
        [
            .integer(row.id), .optional(row.statedOn), .optional(row.actorName), .optional(row.speakerMention),
            .text(row.kind.rawValue), .optional(row.cue), .text(row.text), .optional(row.outlet),
            .optional(row.title), .optional(row.url), .optional(row.publishedAt), .integer(row.documentID),
            .integer(Int64(row.charStart)), .integer(Int64(row.charEnd)), .text(row.rule), .real(row.confidence),
            .text(row.extractor), .optional(row.sourcePath), .text(row.createdAt),
        ]
    }

    /// Column names of an actor listing, in order.
    public static let actor: [String] = [
        "actor_id", "name", "kind", "statements", "first_stated_on", "last_stated_on", "aliases",
    ]

    /// The cells of one actor, in ``actor`` order; aliases are joined with "; ".
    public static func cells(for actor: ActorSummary) -> [ExportCell] {
        [
            .integer(actor.id), .text(actor.name), .text(actor.kind.rawValue), .integer(Int64(actor.statementCount)),
            .optional(actor.firstStatedOn), .optional(actor.lastStatedOn), .text(actor.aliases.joined(separator: "; ")),
        ]
    }
}
