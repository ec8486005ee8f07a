/// A half-open range of Unicode scalar (code point) offsets into a document's text.
///
/// These are the same indices Python's `str` uses, so offsets can be checked with any tool.
public struct TextSpan: Hashable, Codable, Sendable, Comparable {
    /// Offset of the first scalar in the span.
    public var start: Int
    /// Offset one past the last scalar in the span.
    public var end: Int

    /// Creates a span; `end` must not be less than `start`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "span end precedes start")
        self.start = start
        self.end = end
    }

    /// The number of scalars the span covers.
    public var length: Int { end - start }

    /// Whether the span shares at least one scalar with `other`.
    public func overlaps(_ other: TextSpan) -> Bool {
        start < other.end && other.start < end
    }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
