/// Narrows a listing or export of statements. Every field is optional; `nil` means "no limit".
public struct StatementFilter: Hashable, Sendable {
    /// Only statements by this actor (any name or alias).
    public var actor: String?
    /// Only statements made on or after this day (`YYYY-MM-DD`).
    public var since: String?
    /// Only statements made on or before this day (`YYYY-MM-DD`).
    public var until: String?
    /// Only direct quotes or only reported speech.
    public var kind: StatementKind?
    /// At most this many rows.
    public var limit: Int?
    /// Only statements from documents of this outlet (case-insensitive).
    public var outlet: String?
    /// Only statements tagged with this topic (see `onrecord topics`).
    public var topic: String?
    /// Also list statements from earlier versions of re-published articles. By default only the latest
    /// version of each URL counts, so an article ingested twice with edits is not listed twice.
    public var includesEarlierVersions: Bool

    /// Creates a filter.
    public init(
        actor: String? = nil, since: String? = nil, until: String? = nil, kind: StatementKind? = nil,
        limit: Int? = nil, outlet: String? = nil, topic: String? = nil, includesEarlierVersions: Bool = false
    ) {
        self.includesEarlierVersions = includesEarlierVersions
        self.actor = actor
        self.since = since
        self.until = until
        self.kind = kind
        self.limit = limit
        self.outlet = outlet
        self.topic = topic
    }
}
