import Foundation

/// Matching keys for speaker names, so that spelling variants of one person's name meet in the
/// `actors` table while different people stay apart.
///
/// ``key(for:)`` folds, in this order:
/// 1. **Case, accents and width**: `Jérôme` = `JEROME`; letters that do not decompose are spelled out
///    (`ß` → `ss`, `ø` → `o`, `ł` → `l`, `æ` → `ae`, `œ` → `oe`, `đ` → `d`, `þ` → `th`, `ı` → `i`).
/// 2. **Punctuation**: `'s` and a trailing `'` are possessives and are dropped (`Putin's` → `putin`);
///    other apostrophes are removed (`O'Brien` → `obrien`); every other non-letter, non-digit is a
///    word break (`Jean-Claude` → `jean claude`, `J.` → `j`). Whitespace is collapsed.
/// 3. **Leading honorifics and titles**, repeatedly (`Mr.`, `Dr.`, `Sen.`, `Gov.`, `Gen.`, `President`,
///    `Prime Minister`, `Secretary-General` …), as long as a name remains (`President` alone stays).
///    Titles that are also common surnames or first names (`King`, `Major`, `Lady`) are not stripped.
///    A leading role description is removed the same way (`Ukraine president Volodymyr Zelensky`,
///    `NATO Secretary-General Jens Stoltenberg`; see ``RoleDescription``), again only when a name remains.
/// 4. **Transliteration variants** of Slavic names, per word. These rules are deliberately narrow:
///    each one only touches endings that English never produces from two different names, so that
///    `Kelly`/`Kelley`, `Bush`/`Busch`, `Marks`/`Marx` stay distinct.
///    - A consonant followed by `yy`, `iy`, `ij`, `yj`, `yi` or `ii` at the end of a word of at least
///      four letters becomes consonant + `y`. These are the competing romanizations of the Cyrillic
///      adjective endings -ий/-ый/-ій (BGN/PCGS, Library of Congress, ISO 9, Ukrainian national):
///      `Zelenskyy`, `Zelenskiy`, `Zelenskij`, `Zelenskyi`, `Zelenskii` → `zelensky`;
///      `Navalnyy` → `navalny`; `Dmitriy`/`Dmitrii` → `dmitry`. English names do not end in a
///      consonant followed by these pairs, which is why the rule cannot merge two English names.
///    - A word ending in `ski`/`cki` after at least two letters ends in `sky`/`cky` instead:
///      `Zelenski` (the French and Spanish press spelling) → `zelensky`. The two spellings are the
///      Polish and the Russian-style rendering of the same surname.
///    - A consonant followed by `ei` at the end of a word of at least five letters becomes `ey`:
///      `Sergei`/`Sergey`, `Alexei`/`Alexey`, `Andrei`/`Andrey` (-ей romanized two ways). `Kelley`
///      is untouched because the rule only rewrites `ei`, never `ey`.
///    - `kh` becomes `h` only in a word that also ends like a Slavic surname (`-sky`, `-cky`, `-ov`,
///      `-ova`, `-ev`, `-eva`, `-enko`, `-chuk`, `-yuk`, `-vich`, `-vna`): `Zakharova`/`Zaharova`,
///      `Khodorkovsky`/`Hodorkovsky`. Without that guard `Khan` would meet `Han`.
///
/// Not folded on purpose: Ukrainian and Russian forms of a given name (`Andriy`/`Andrei`,
/// `Serhiy`/`Sergei`, `Volodymyr`/`Vladimir`) are different names that a person chooses, and
/// `Dmitri`/`Dmitry` differ in a final letter that also separates unrelated names (`Andi`/`Andy`).
/// Grammatical gender forms (`Navalny`/`Navalnaya`, `Kowalski`/`Kowalska`) name different people.
///
/// Keys are meant for grouping and lookups, never for display: show the name as written.
public enum NameKey {
    /// The matching key of a name: folded, lowercase words separated by single spaces.
    ///
    /// - Parameter name: A name as written ("Mr. Zelenskyy's", "Ukrainian President Zelensky" is not a
    ///   name and keeps its first word).
    /// - Returns: The key, for example `"volodymyr zelensky"`; empty if the name has no letters or digits.
    public static func key(for name: String) -> String {
        keyTokens(for: name).joined(separator: " ")
    }

    /// The words of ``key(for:)``, in order.
    ///
    /// - Parameter name: A name as written.
    /// - Returns: The folded words, honorifics removed.
    public static func keyTokens(for name: String) -> [String] {
        keyTokensMemo.value(for: name) { name in
            let words = stripTitles(words(of: name))
            return words.map(foldTransliteration)
        }
    }

    // Ingest links every statement's speaker on the single writer thread, and the same few names recur in
    // every article: these pure functions were about a fifth of the writer's CPU (perf). Bounded memos.
    private static let wordsMemo = BoundedMemo<[String]>()
    private static let keyTokensMemo = BoundedMemo<[String]>()

    /// The name to show for a speaker: leading roles and honorifics removed, the rest as written.
    ///
    /// `Ukraine president Volodymyr Zelensky` → `Volodymyr Zelensky`; `Dr. Halyna Moroz` → `Halyna Moroz`;
    /// `Mr. President` and `President` stay as they are (nothing would be left).
    ///
    /// - Parameter name: A person's name as written.
    /// - Returns: The name without its leading titles, whitespace collapsed.
    public static func displayName(for name: String) -> String {
        var chunks = name.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        var changed = true
        while changed && chunks.count > 1 {
            changed = false
            let (role, rest) = RoleDescription.splitLeadingRole(from: chunks.joined(separator: " "))
            if role != nil {
                chunks = rest.split(whereSeparator: { $0.isWhitespace }).map(String.init)
                changed = true
                continue
            }
            let first = words(of: chunks[0])
            if !first.isEmpty, honorifics.contains(first), chunks.count > 1 {
                chunks.removeFirst()
                changed = true
            }
        }
        return chunks.joined(separator: " ")
    }

    /// The matching key of an organization or place name: folded words without a leading `the`, and no
    /// honorific or transliteration folding (`the Kremlin` → `kremlin`, `U.N.` → `u n`).
    ///
    /// - Parameter name: An organization or place as written.
    /// - Returns: The key; empty if the name has no letters or digits.
    public static func organizationKey(for name: String) -> String {
        var folded = words(of: name)
        if folded.count > 1, folded.first == "the" { folded.removeFirst() }
        return folded.joined(separator: " ")
    }

    /// The key of the surname: the last word of the name, ignoring suffixes such as `Jr.`, `Sr.`, `III`.
    ///
    /// - Parameter name: A name as written ("Joseph R. Biden Jr.").
    /// - Returns: The surname key ("biden"), or `nil` if the name has no words.
    public static func surnameKey(for name: String) -> String? {
        dropSuffixes(keyTokens(for: name)).last
    }

    /// Whether two names can refer to the same person when one of them abbreviates given names to initials.
    ///
    /// The surnames must have the same key. Then the given names are compared in order: an initial
    /// matches any given name that starts with the same letter, full given names must have equal keys,
    /// and extra given names on one side are ignored ("J. Biden" ~ "Joseph R. Biden"). A surname alone
    /// is compatible with any name that has that surname.
    ///
    /// - Parameters:
    ///   - a: A name as written ("J. Biden").
    ///   - b: Another name as written ("Joe Biden").
    /// - Returns: `true` when nothing in the two names contradicts each other ("J. Biden" vs
    ///   "Hunter Biden" is `false`).
    public static func initialsCompatible(_ a: String, _ b: String) -> Bool {
        let left = dropSuffixes(keyTokens(for: a))
        let right = dropSuffixes(keyTokens(for: b))
        guard let leftSurname = left.last, let rightSurname = right.last, leftSurname == rightSurname else {
            return false
        }
        for (x, y) in zip(left.dropLast(), right.dropLast()) {
            if x.count == 1 || y.count == 1 {
                guard x.first == y.first else { return false }
            } else if x != y {
                return false
            }
        }
        return true
    }

    // MARK: - Step 1 and 2: folding and words

    private static let spelledOut: [Character: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
    ]

    private static let apostrophes: Set<Character> = ["'", "\u{2019}", "\u{2018}", "\u{02BC}", "`", "\u{00B4}"]

    /// The folded words of a name: lowercase, accents removed, possessive `'s` dropped, punctuation as breaks.
    ///
    /// - Parameter name: Any text.
    /// - Returns: The words, for example `["secretary", "general"]` for `Secretary-General's`.
    public static func words(of name: String) -> [String] {
        wordsMemo.value(for: name, compute: computeWords)
    }

    private static func computeWords(of name: String) -> [String] {
        // Plain ASCII (most names) has no accents or widths to fold; Foundation's folding is the slow part
        // of linking, so it is only paid for text that needs it.
        let folded =
            name.utf8.allSatisfy { $0 < 0x80 }
            ? name.lowercased()
            : name.folding(options: [.diacriticInsensitive, .widthInsensitive, .caseInsensitive], locale: nil)
                .lowercased()
        var words: [String] = []
        var current = ""
        func finish() {
            var word = Substring(current)
            current = ""
            if word.hasSuffix("'s") { word = word.dropLast(2) }
            let cleaned = String(word.filter { $0 != "'" })
            if !cleaned.isEmpty { words.append(cleaned) }
        }
        for character in folded {
            if let replacement = spelledOut[character] {
                current += replacement
            } else if apostrophes.contains(character) {
                current.append("'")
            } else if character.isLetter || character.isNumber {
                current.append(character)
            } else {
                finish()
            }
        }
        finish()
        return words
    }

    // MARK: - Step 3: honorifics

    /// Leading titles, as folded word sequences; longer sequences are tried first.
    private static let honorifics: [[String]] = [
        ["deputy", "prime", "minister"], ["secretary", "of", "state"], ["un", "secretary", "general"],
        ["u", "n", "secretary", "general"],
        ["prime", "minister"], ["vice", "president"], ["secretary", "general"], ["foreign", "minister"],
        ["defense", "minister"], ["defence", "minister"], ["chief", "justice"], ["attorney", "general"],
        ["supreme", "leader"], ["lt", "gen"], ["lt", "col"], ["maj", "gen"], ["brig", "gen"], ["rear", "adm"],
        ["mr"], ["mrs"], ["ms"], ["miss"], ["mx"], ["dr"], ["prof"], ["professor"], ["sen"], ["senator"],
        ["rep"], ["representative"], ["gov"], ["governor"], ["president"], ["pres"], ["gen"], ["general"],
        ["lt"], ["col"], ["colonel"], ["capt"], ["captain"], ["cmdr"], ["adm"], ["admiral"], ["sgt"],
        ["sir"], ["dame"], ["rev"], ["reverend"], ["fr"], ["sec"], ["secretary"], ["minister"], ["chancellor"],
        ["premier"], ["mayor"], ["amb"], ["ambassador"], ["judge"], ["hon"], ["pope"], ["sheikh"], ["rabbi"],
        ["imam"], ["mme"], ["mlle"], ["herr"], ["frau"],
    ].sorted { $0.count > $1.count }

    /// Removes leading honorifics and leading role descriptions (`Ukraine president`, `NATO
    /// Secretary-General`) as long as a name remains.
    private static func stripTitles(_ words: [String]) -> [String] {
        var remaining = stripHonorifics(words)
        while let (_, used) = RoleDescription.parse(words: remaining, allowDeterminer: false), used < remaining.count {
            remaining = stripHonorifics(Array(remaining[used...]))
        }
        return remaining
    }

    private static func stripHonorifics(_ words: [String]) -> [String] {
        var remaining = words[...]
        var stripped = true
        while stripped {
            stripped = false
            for title in honorifics where remaining.count > title.count && remaining.starts(with: title) {
                remaining = remaining.dropFirst(title.count)
                stripped = true
                break
            }
        }
        return Array(remaining)
    }

    private static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv", "esq", "phd"]

    private static func dropSuffixes(_ words: [String]) -> [String] {
        var result = words
        while result.count > 1, let last = result.last, suffixes.contains(last) {
            result.removeLast()
        }
        return result
    }

    // MARK: - Step 4: transliteration

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
    private static let adjectiveEndings = ["yy", "iy", "ij", "yj", "yi", "ii"]
    private static let slavicSurnameEndings = [
        "sky", "cky", "ov", "ova", "ev", "eva", "enko", "chuk", "yuk", "vich", "vna",
    ]

    private static func isConsonant(_ character: Character?) -> Bool {
        guard let character, character.isASCII, character.isLetter else { return false }
        return !vowels.contains(character)
    }

    static func foldTransliteration(_ word: String) -> String {
        var word = word
        if word.count >= 4,
            let ending = adjectiveEndings.first(where: { word.hasSuffix($0) }),
            isConsonant(word.dropLast(ending.count).last)
        {
            word = String(word.dropLast(ending.count)) + "y"
        } else if word.count >= 5, word.hasSuffix("ski") || word.hasSuffix("cki") {
            word = String(word.dropLast()) + "y"
        } else if word.count >= 5, word.hasSuffix("ei"), isConsonant(word.dropLast(2).last) {
            word = String(word.dropLast(2)) + "ey"
        }
        if word.contains("kh"), slavicSurnameEndings.contains(where: { word.hasSuffix($0) }) {
            word = word.replacingOccurrences(of: "kh", with: "h")
        }
        return word
    }
}

/// A thread-safe memo of a pure function of a string, emptied when it holds `limit` entries so memory
/// stays bounded however many distinct inputs a run sees.
final class BoundedMemo<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: Value] = [:]
    private let limit: Int

    init(limit: Int = 4096) {
        self.limit = limit
    }

    func value(for key: String, compute: (String) -> Value) -> Value {
        lock.lock()
        if let known = entries[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let value = compute(key)
        lock.lock()
        if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
        entries[key] = value
        lock.unlock()
        return value
    }
}
