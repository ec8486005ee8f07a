/// What happened to a statement between two consecutive versions of an article.
public enum StatementChangeKind: String, Hashable, Sendable, CaseIterable {
    /// In the later version only.
    case appeared
    /// In the earlier version only.
    case disappeared
    /// In both, by the same speaker, with different wording.
    case changed
    /// In both, word for word.
    case unchanged
}

/// One statement compared across two consecutive versions of the article at one URL.
public struct StatementChange: Hashable, Sendable {
    /// What happened.
    public var kind: StatementChangeKind
    /// The article's URL, shared by both versions.
    public var url: String
    /// The earlier version's number (1 for the first text stored for the URL).
    public var fromVersion: Int
    /// The later version's number (`fromVersion + 1`).
    public var toVersion: Int
    /// The earlier version's document id.
    public var fromDocumentID: Int64
    /// The later version's document id.
    public var toDocumentID: Int64
    /// When the later version was ingested (ISO-8601).
    public var detectedAt: String
    /// The linked actor's name, if any.
    public var actorName: String?
    /// The words naming the speaker (from the later version when both sides exist).
    public var speakerMention: String?
    /// The earlier wording, when the statement was in the earlier version.
    public var oldText: String?
    /// The later wording, when the statement is in the later version.
    public var newText: String?
    /// The earlier version's statement id.
    public var oldStatementID: Int64?
    /// The later version's statement id.
    public var newStatementID: Int64?
    /// Word similarity of the two wordings (see ``StatementMatcher``); `nil` when one side is missing.
    public var similarity: Double?

    /// Creates a change.
    public init(
        kind: StatementChangeKind, url: String, fromVersion: Int, toVersion: Int, fromDocumentID: Int64,
        toDocumentID: Int64, detectedAt: String, actorName: String?, speakerMention: String?, oldText: String?,
        newText: String?, oldStatementID: Int64?, newStatementID: Int64?, similarity: Double?
    ) {
        self.kind = kind
        self.url = url
        self.fromVersion = fromVersion
        self.toVersion = toVersion
        self.fromDocumentID = fromDocumentID
        self.toDocumentID = toDocumentID
        self.detectedAt = detectedAt
        self.actorName = actorName
        self.speakerMention = speakerMention
        self.oldText = oldText
        self.newText = newText
        self.oldStatementID = oldStatementID
        self.newStatementID = newStatementID
        self.similarity = similarity
    }
}
