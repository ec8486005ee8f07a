/// Finds attributed statements in a document's text.
///
/// Implementations must be pure and thread-safe: the same text always yields the same statements,
/// and several documents may be extracted in parallel.
public protocol StatementExtractor: Sendable {
    /// A stable name, stored with every statement (`extractor` column) together with `version`.
    var name: String { get }
    /// Bumped whenever the rules change, so stored statements say which rules produced them.
    var version: String { get }
    /// Returns every statement found in `text`, ordered by position.
    func extract(from text: String) -> [ExtractedStatement]
}

extension StatementExtractor {
    /// `name@version`, the value stored in the `extractor` column.
    public var identifier: String { "\(name)@\(version)" }
}
