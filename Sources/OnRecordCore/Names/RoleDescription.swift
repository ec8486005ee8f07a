/// A role such as "president of Ukraine", read from the ways articles write it: `Ukraine president`,
/// `Ukrainian president`, `Ukraine's president`, `the president of Ukraine` all have the key
/// `president of ukraine`.
///
/// A role is one or more role words (modifiers then a role noun: `foreign minister`) and at most one
/// place (a country, capital or organization from ``RoleVocabulary``). Descriptions that are not one
/// person ("a Kremlin spokesman", "several ministers") and former roles ("ex-president") are recognized
/// so callers can skip them.
public struct RoleDescription: Hashable, Sendable {
    /// The canonical role words, for example `["foreign", "minister"]`.
    public var roleWords: [String]
    /// The place the role belongs to, if the text names one.
    public var place: RoleVocabulary.Place?
    /// Whether the text calls it a former role ("former president", "ex-minister").
    public var isFormer: Bool

    /// The matching key: role words, then ` of ` and the place key (`foreign minister of russia`).
    public var key: String {
        let role = roleWords.joined(separator: " ")
        guard let place else { return role }
        return role + " of " + place.key
    }

    /// A readable name for the role: `president of Ukraine`, `spokesperson of the Kremlin`.
    public var displayName: String {
        let role = roleWords.joined(separator: " ")
        guard let place else { return role }
        return role + " of " + place.display
    }

    /// Whether the role noun is a generic head ("leader", "chief") that stands for whoever leads the place.
    public var isGenericHead: Bool {
        guard let last = roleWords.last else { return false }
        return RoleVocabulary.genericHeads.contains(last) && roleWords.count == 1
    }

    /// The role keys this description can stand for: its own key, and for a generic head of a place
    /// ("the Ukrainian leader") the leading roles of that place (`president of ukraine`, …).
    public var matchingKeys: [String] {
        var keys = [key]
        if isGenericHead, let place {
            keys += RoleVocabulary.leadingRoles.map { $0 + " of " + place.key }
        }
        var seen = Set<String>()
        return keys.filter { seen.insert($0).inserted }
    }

    /// Reads a whole text as a role description ("the Ukrainian president", "Kremlin spokesman").
    ///
    /// - Parameter text: A speaker mention or a role typed by a user.
    /// - Returns: The description, or `nil` when the text is not only a role (it names a person, is
    ///   indefinite like "a Kremlin spokesman", or has words that are neither role nor place).
    public static func parse(_ text: String) -> RoleDescription? {
        let words = NameKey.words(of: text)
        guard let (description, used) = parse(words: words, allowDeterminer: true), used == words.count else {
            return nil
        }
        return description
    }

    /// Splits a leading role off a name: `Ukraine president Volodymyr Zelensky` gives the role
    /// `president of Ukraine` and the name `Volodymyr Zelensky`.
    ///
    /// - Parameter name: A speaker name or mention as written.
    /// - Returns: The role (or `nil` if the name does not start with one) and the rest of the text, as
    ///   written. The name is returned unchanged when nothing would be left after the role.
    public static func splitLeadingRole(from name: String) -> (role: RoleDescription?, name: String) {
        let chunks = name.split(whereSeparator: { $0.isWhitespace })
        guard chunks.count > 1 else { return (nil, name) }
        var words: [String] = []
        var boundaries: [Int: Int] = [0: 0]  // words consumed -> chunks consumed
        for (index, chunk) in chunks.enumerated() {
            words += NameKey.words(of: String(chunk))
            boundaries[words.count] = index + 1
        }
        guard let (description, used) = parse(words: words, allowDeterminer: true),
            let chunkCount = boundaries[used], chunkCount < chunks.count
        else { return (nil, name) }
        let rest = chunks[chunkCount...].joined(separator: " ")
        guard !NameKey.words(of: rest).isEmpty else { return (nil, name) }
        return (description, rest)
    }

    /// Parses `[determiner] place* modifier* noun [of place]` from the start of `words`.
    static func parse(words: [String], allowDeterminer: Bool) -> (RoleDescription, Int)? {
        var index = 0
        if let first = words.first {
            if RoleVocabulary.indefiniteDeterminers.contains(first) { return nil }
            if allowDeterminer && RoleVocabulary.definiteDeterminers.contains(first) { index = 1 }
        }
        var isFormer = false
        while index < words.count, RoleVocabulary.modifierForms[words[index]] == "former" {
            isFormer = true
            index += 1
        }
        var place: RoleVocabulary.Place?
        while let (found, length) = RoleVocabulary.place(in: words, at: index) {
            place = place ?? found
            index += length
        }
        var roleWords: [String] = []
        var lastNoun = -1
        while index < words.count {
            if let (noun, length) = RoleVocabulary.roleNoun(in: words, at: index) {
                // "chief" is both a noun and a modifier ("chief negotiator"): a noun unless one follows.
                if length == 1, let modifier = RoleVocabulary.modifierForms[words[index]],
                    RoleVocabulary.roleNoun(in: words, at: index + 1) != nil
                {
                    roleWords.append(modifier)
                    index += 1
                    continue
                }
                roleWords.append(noun)
                index += length
                lastNoun = roleWords.count
                continue
            }
            if let modifier = RoleVocabulary.modifierForms[words[index]] {
                if modifier == "former" {
                    isFormer = true
                } else {
                    roleWords.append(modifier)
                }
                index += 1
                continue
            }
            break
        }
        guard lastNoun > 0 else { return nil }
        // Trailing modifiers without a noun after them are not part of the role.
        let consumedRoleWords = roleWords.count
        roleWords = Array(roleWords.prefix(lastNoun))
        if consumedRoleWords != lastNoun { return nil }
        if index < words.count, RoleVocabulary.placeConnectors.contains(words[index]) {
            var next = index + 1
            if next < words.count, words[next] == "the" { next += 1 }
            if let (found, length) = RoleVocabulary.place(in: words, at: next) {
                place = place ?? found
                index = next + length
            }
        }
        return (RoleDescription(roleWords: roleWords, place: place, isFormer: isFormer), index)
    }
}
