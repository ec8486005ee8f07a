/// Whether a statement quotes the speaker's own words or reports what they said.
public enum StatementKind: String, Codable, Sendable, CaseIterable, Hashable {
    /// Words inside quotation marks, attributed to a speaker.
    case direct
    /// Paraphrased or reported speech ("X said that …", "according to X, …").
    case reported
}
