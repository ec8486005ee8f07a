/// A statement found by a rule, before its speaker is resolved.
struct Candidate {
    var kind: StatementKind
    /// Content pieces as scalar ranges, in order.
    var segments: [Range<Int>]
    /// Tokens of the speaker mention as written, if any.
    var mention: ClosedRange<Int>?
    /// Tokens of the cue as written, if any.
    var cue: ClosedRange<Int>?
    var rule: String
    var confidence: Double
    /// Index of the last content token, when the rule worked on tokens (-1 otherwise).
    var lastToken: Int = -1

    var start: Int { segments.first?.lowerBound ?? 0 }
    var end: Int { segments.last?.upperBound ?? 0 }
}
