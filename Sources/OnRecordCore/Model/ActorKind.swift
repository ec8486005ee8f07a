/// What sort of speaker an actor is.
public enum ActorKind: String, Codable, Sendable, CaseIterable, Hashable {
    /// A named human being.
    case person
    /// A government, ministry, company, party, agency, or a place standing for its government.
    case organization
    /// Not yet known (for instance a pronoun that could not be resolved).
    case unknown
}
