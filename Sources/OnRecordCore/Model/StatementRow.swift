/// A stored statement joined with its actor and document: what listing commands show and exports write.
public struct StatementRow: Hashable, Codable, Sendable {
    /// The statement's id in the database.
    public var id: Int64
    /// The day the statement was made or first reported (`YYYY-MM-DD`), if known.
    public var statedOn: String?
    /// The resolved actor's id, if the speaker was linked to one.
    public var actorID: Int64?
    /// The resolved actor's canonical name.
    public var actorName: String?
    /// The speaker as written in the document ("he", "the Ukrainian president").
    public var speakerMention: String?
    /// Direct quote or reported speech.
    public var kind: StatementKind
    /// The cue verb as written ("said", "urged").
    public var cue: String?
    /// The statement's words, exactly as the document has them at `charStart..<charEnd`.
    public var text: String
    /// The document the statement comes from.
    public var documentID: Int64
    /// The outlet that published the document.
    public var outlet: String?
    /// The document's headline.
    public var title: String?
    /// The document's URL.
    public var url: String?
    /// The document's publication date (ISO-8601).
    public var publishedAt: String?
    /// The file the document was read from.
    public var sourcePath: String?
    /// Unicode scalar offset of the statement's first character in the document text.
    public var charStart: Int
    /// Unicode scalar offset one past the statement's last character.
    public var charEnd: Int
    /// The extraction rule that produced it, or `manual`.
    public var rule: String
    /// Extraction confidence, 0 to 1.
    public var confidence: Double
    /// `name@version` of the extractor, or `manual`.
    public var extractor: String
    /// When the statement was stored (ISO-8601 UTC).
    public var createdAt: String
    /// A person's correction of the wording (`onrecord edit --text`), if any. `text` keeps the source's
    /// words so that provenance holds; this is what the statement now reads.
    public var correctedText: String?

    /// The wording to show: the correction when there is one, else the source's words.
    public var currentText: String { correctedText ?? text }

    /// Creates a row; used by the store and by tests.
    public init(
        id: Int64, statedOn: String?, actorID: Int64?, actorName: String?, speakerMention: String?,
        kind: StatementKind, cue: String?, text: String, documentID: Int64, outlet: String?, title: String?,
        url: String?, publishedAt: String?, sourcePath: String?, charStart: Int, charEnd: Int, rule: String,
        confidence: Double, extractor: String, createdAt: String, correctedText: String? = nil
    ) {
        self.id = id
        self.statedOn = statedOn
        self.actorID = actorID
        self.actorName = actorName
        self.speakerMention = speakerMention
        self.kind = kind
        self.cue = cue
        self.text = text
        self.documentID = documentID
        self.outlet = outlet
        self.title = title
        self.url = url
        self.publishedAt = publishedAt
        self.sourcePath = sourcePath
        self.charStart = charStart
        self.charEnd = charEnd
        self.rule = rule
        self.confidence = confidence
        self.extractor = extractor
        self.createdAt = createdAt
        self.correctedText = correctedText
    }

    /// Where a reader can find the statement: the URL, else the source file, else the outlet.
    public var source: String {
        url ?? sourcePath ?? outlet ?? "document \(documentID)"
    }
}

/// One actor with how often and when they were quoted.
public struct ActorSummary: Hashable, Codable, Sendable {
    /// The actor's id.
    public var id: Int64
    /// The canonical name.
    public var name: String
    /// Person, organization or unknown.
    public var kind: ActorKind
    /// Every other name the actor appears under.
    public var aliases: [String]
    /// How many statements are attributed to the actor.
    public var statementCount: Int
    /// The earliest statement date, if any.
    public var firstStatedOn: String?
    /// The latest statement date, if any.
    public var lastStatedOn: String?

    /// Creates a summary.
    public init(
        id: Int64, name: String, kind: ActorKind, aliases: [String], statementCount: Int,
        firstStatedOn: String?, lastStatedOn: String?
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.statementCount = statementCount
        self.firstStatedOn = firstStatedOn
        self.lastStatedOn = lastStatedOn
    }
}

/// A statement with everything needed to check it against its source.
public struct StatementDetail: Hashable, Sendable {
    /// The statement and its document facts.
    public var row: StatementRow
    /// The speaker mention's offsets in the document, if any.
    public var speakerSpan: TextSpan?
    /// The cue's offsets in the document, if any.
    public var cueSpan: TextSpan?
    /// The sentence (or sentences) of the document around the statement, as stored.
    public var context: String
    /// The document's SHA-256.
    public var contentSHA256: String
    /// When the document was ingested.
    public var ingestedAt: String

    /// Creates a detail record.
    public init(
        row: StatementRow, speakerSpan: TextSpan?, cueSpan: TextSpan?, context: String, contentSHA256: String,
        ingestedAt: String
    ) {
        self.row = row
        self.speakerSpan = speakerSpan
        self.cueSpan = cueSpan
        self.context = context
        self.contentSHA256 = contentSHA256
        self.ingestedAt = ingestedAt
    }
}
