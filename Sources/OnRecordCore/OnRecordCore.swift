/// OnRecordCore: the domain model, text handling, statement extraction, speaker names and export
/// encoders. It imports Foundation only, so every other module and tool can build on it.
public enum OnRecordCore {
    /// The version of the OnRecord tool and library.
    public static let version = "0.1.0"
}
