import OnRecordStore

/// Messages and exit codes for topic, search and origin errors (issue 6); the rest are in
/// UserFacingError.swift.
extension QueryError: UserFacingError {
    var message: String {
        switch self {
        case .unknownTopic(let name, let known):
            known.isEmpty
                ? "No topic named '\(name)'. Add one with: onrecord topics add \(name) --match 'word OR other*'"
                : "No topic named '\(name)'. Known topics: \(known.prefix(10).joined(separator: ", "))."
        case .topicExists(let name):
            "A topic named '\(name)' already exists. Use 'onrecord topics edit \(name) --match …' to change it."
        case .emptyTopicName:
            "A topic needs a name, for example: onrecord topics add negotiations --match 'talks OR negotiat*'"
        case .invalidTopicQuery(let query, let reason):
            "The match query '\(query)' is not valid full-text syntax (\(reason)). Write words, \"exact phrases\", prefix* and OR, NOT, NEAR(a b)."
        case .emptyQuote:
            "The quote has no words to compare. Paste the quote's words, for example: onrecord origin \"we are ready to talk\""
        case .sameActor(let first, let second, let name):
            "'\(first)' and '\(second)' are both \(name); compare needs two different actors. Use 'onrecord timeline \(first)' for one actor's statements."
        }
    }

    var exitStatus: Int32 {
        switch self {
        case .unknownTopic: 1
        case .topicExists: 65
        case .emptyTopicName, .invalidTopicQuery, .emptyQuote, .sameActor: 64
        }
    }
}
