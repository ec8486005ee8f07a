/// One attributed statement found in a document, with the evidence that produced it.
///
/// Every offset is a Unicode scalar offset into the text the extractor was given. The invariant
/// `text == document[span]` always holds; the extractor never emits a statement that breaks it.
public struct ExtractedStatement: Hashable, Codable, Sendable {
    /// Direct quote or reported speech.
    public var kind: StatementKind
    /// The statement's words, exactly as they appear in the document between `span.start` and `span.end`.
    public var text: String
    /// Where the content sits, without its quotation marks. For a quote split by its attribution
    /// (`"A," she said, "B."`) the span runs from the first piece to the last.
    public var span: TextSpan
    /// The pieces of a split quote, in order; a single-piece statement has one segment equal to `span`.
    public var segments: [TextSpan]
    /// The resolved speaker name ("Volodymyr Zelensky"), or `nil` when the text does not allow it.
    public var speaker: String?
    /// What sort of actor the speaker is, as far as the extractor can tell.
    public var speakerKind: ActorKind
    /// The words in the text that name the speaker ("he", "the Ukrainian president"), as written.
    public var speakerMention: String?
    /// Where `speakerMention` sits in the document.
    public var speakerSpan: TextSpan?
    /// The speech or claim verb as written ("said", "also noted", "according to").
    public var cue: String?
    /// Where `cue` sits in the document.
    public var cueSpan: TextSpan?
    /// The name of the rule that produced the statement, for auditing and filtering.
    public var rule: String
    /// How sure the extractor is, from 0 to 1.
    public var confidence: Double

    /// Creates a statement; `segments` defaults to the single span.
    public init(
        kind: StatementKind,
        text: String,
        span: TextSpan,
        segments: [TextSpan]? = nil,
        speaker: String?,
        speakerKind: ActorKind = .unknown,
        speakerMention: String?,
        speakerSpan: TextSpan?,
        cue: String?,
        cueSpan: TextSpan?,
        rule: String,
        confidence: Double
    ) {
        self.kind = kind
        self.text = text
        self.span = span
        self.segments = segments ?? [span]
        self.speaker = speaker
        self.speakerKind = speakerKind
        self.speakerMention = speakerMention
        self.speakerSpan = speakerSpan
        self.cue = cue
        self.cueSpan = cueSpan
        self.rule = rule
        self.confidence = confidence
    }
}
