/// What can go wrong in topic, search and origin queries, beyond the database errors of ``StoreError``.
///
/// Every case carries what the user needs to see; the CLI turns them into messages and exit codes.
public enum QueryError: Error, Equatable, Sendable {
    /// No topic has that name; `known` lists the topics that exist.
    case unknownTopic(name: String, known: [String])
    /// A topic with that name already exists (names are case-insensitive).
    case topicExists(name: String)
    /// A topic name is empty or only spaces.
    case emptyTopicName
    /// A topic's match query is not valid FTS5 syntax, or has no words.
    case invalidTopicQuery(query: String, reason: String)
    /// The quote given to `origin` has no words to compare.
    case emptyQuote
    /// Both names given to `compare` lead to the same actor (`name` is its canonical name).
    case sameActor(first: String, second: String, name: String)
}
