/// Organizations and places that speak in the news, with the other names they go by, as data.
///
/// When a speaker is one of these (`the UN`, `U.N.`, `United Nations`), it links to one organization
/// actor with the canonical name, which starts out with all of these aliases. A journalist can add more
/// with `onrecord actors alias add`.
public enum BuiltInActors {
    /// One built-in organization: the name it is stored under and its other names.
    public struct Entry: Hashable, Sendable {
        /// The canonical name ("United Nations").
        public var name: String
        /// Other names, as written ("UN", "U.N.").
        public var aliases: [String]
    }

    /// The table. Leading "the" never matters (`the Kremlin` = `Kremlin`), so it is not listed.
    public static let entries: [Entry] = [
        Entry(name: "United Nations", aliases: ["UN", "U.N."]),
        Entry(name: "NATO", aliases: ["North Atlantic Treaty Organization", "the Alliance"]),
        Entry(name: "European Union", aliases: ["EU", "E.U."]),
        Entry(name: "European Commission", aliases: []),
        Entry(name: "Kremlin", aliases: []),
        Entry(name: "White House", aliases: []),
        Entry(name: "Pentagon", aliases: []),
        Entry(name: "International Atomic Energy Agency", aliases: ["IAEA"]),
        Entry(name: "Organization for Security and Co-operation in Europe", aliases: ["OSCE"]),
        Entry(name: "International Committee of the Red Cross", aliases: ["ICRC", "Red Cross"]),
        Entry(name: "Russia", aliases: ["Russian Federation"]),
        Entry(name: "Ukraine", aliases: []),
        Entry(name: "United States", aliases: ["US", "U.S.", "USA", "U.S.A."]),
        Entry(name: "United Kingdom", aliases: ["UK", "U.K.", "Britain", "Great Britain"]),
    ]

    private static let byKey: [String: Entry] = {
        var table: [String: Entry] = [:]
        for entry in entries {
            for name in [entry.name] + entry.aliases {
                table[NameKey.organizationKey(for: name)] = entry
            }
        }
        return table
    }()

    /// The built-in organization a name stands for, if any (`the U.N.` → United Nations).
    ///
    /// - Parameter name: An organization or place as written.
    /// - Returns: The entry, or `nil` when the name is not in the table.
    public static func entry(for name: String) -> Entry? {
        byKey[NameKey.organizationKey(for: name)]
    }
}
