/// The words that make up role descriptions ("Ukraine president", "Kremlin spokesman", "the NATO chief"),
/// as data: places with their demonyms and capitals, role nouns, and the modifiers that may precede them.
///
/// Every entry is written as folded words (see ``NameKey/words(of:)``), so `Secretary-General` is
/// `secretary general` and `U.N.` is `u n`.
public enum RoleVocabulary {
    /// A place or organization that roles belong to: its key and how to write it in a role's name.
    public struct Place: Hashable, Sendable {
        /// The canonical key, for example `ukraine` or `un`.
        public var key: String
        /// How the place is written after "of": `Ukraine`, `the United Nations`.
        public var display: String
    }

    /// Places: canonical key, display name, and every way of writing it (country, demonym, capital,
    /// abbreviation). A capital stands for its government ("Moscow's envoy" is Russia's envoy).
    static let placeTable: [(key: String, display: String, forms: [String])] = [
        ("ukraine", "Ukraine", ["ukraine", "ukrainian", "kyiv", "kiev"]),
        ("russia", "Russia", ["russia", "russian", "moscow", "russian federation"]),
        ("kremlin", "the Kremlin", ["kremlin"]),
        (
            "us", "the United States",
            ["united states", "u s", "us", "usa", "u s a", "america", "american", "washington"]
        ),
        ("white house", "the White House", ["white house"]),
        ("uk", "the United Kingdom", ["united kingdom", "uk", "u k", "britain", "great britain", "british", "london"]),
        ("un", "the United Nations", ["united nations", "un", "u n"]),
        ("nato", "NATO", ["nato", "north atlantic treaty organization"]),
        ("eu", "the European Union", ["european union", "eu", "e u", "european", "brussels"]),
        ("iaea", "the IAEA", ["iaea", "international atomic energy agency"]),
        ("osce", "the OSCE", ["osce"]),
        ("france", "France", ["france", "french", "paris"]),
        ("germany", "Germany", ["germany", "german", "berlin"]),
        ("china", "China", ["china", "chinese", "beijing"]),
        ("poland", "Poland", ["poland", "polish", "warsaw"]),
        ("belarus", "Belarus", ["belarus", "belarusian", "minsk"]),
        ("turkey", "Turkey", ["turkey", "turkish", "turkiye", "ankara"]),
        ("israel", "Israel", ["israel", "israeli"]),
        ("iran", "Iran", ["iran", "iranian", "tehran"]),
        ("india", "India", ["india", "indian"]),
        ("japan", "Japan", ["japan", "japanese", "tokyo"]),
        ("italy", "Italy", ["italy", "italian", "rome"]),
        ("spain", "Spain", ["spain", "spanish", "madrid"]),
        ("canada", "Canada", ["canada", "canadian", "ottawa"]),
        ("moldova", "Moldova", ["moldova", "moldovan"]),
        ("hungary", "Hungary", ["hungary", "hungarian", "budapest"]),
        ("finland", "Finland", ["finland", "finnish", "helsinki"]),
        ("sweden", "Sweden", ["sweden", "swedish", "stockholm"]),
        ("estonia", "Estonia", ["estonia", "estonian", "tallinn"]),
        ("latvia", "Latvia", ["latvia", "latvian", "riga"]),
        ("lithuania", "Lithuania", ["lithuania", "lithuanian", "vilnius"]),
        ("georgia", "Georgia", ["georgia", "georgian", "tbilisi"]),
        ("kazakhstan", "Kazakhstan", ["kazakhstan", "kazakh"]),
    ]

    /// Role nouns: the head of a role phrase, with the canonical words they fold to (spokesman,
    /// spokeswoman and spokesperson are one role).
    static let roleNouns: [(forms: [String], canonical: String)] = [
        (["vice president"], "vice president"),
        (["prime minister"], "prime minister"),
        (["secretary general"], "secretary general"),
        (["secretary of state"], "secretary of state"),
        (["director general"], "director general"),
        (["president"], "president"),
        (["premier"], "premier"),
        (["chancellor"], "chancellor"),
        (["minister"], "minister"),
        (["secretary"], "secretary"),
        (["spokesman", "spokeswoman", "spokesperson"], "spokesperson"),
        (["ambassador"], "ambassador"),
        (["envoy"], "envoy"),
        (["governor"], "governor"),
        (["mayor"], "mayor"),
        (["senator"], "senator"),
        (["general"], "general"),
        (["commander", "commander in chief"], "commander"),
        (["chief"], "chief"),
        (["leader"], "leader"),
        (["head"], "head"),
        (["director"], "director"),
        (["chairman", "chairwoman", "chairperson", "chair"], "chair"),
        (["king"], "king"),
        (["queen"], "queen"),
        (["pope"], "pope"),
        (["adviser", "advisor"], "adviser"),
        (["negotiator"], "negotiator"),
        (["commissioner"], "commissioner"),
        (["prosecutor", "prosecutor general"], "prosecutor"),
        (["ombudsman", "ombudsperson"], "ombudsperson"),
        (["attorney general"], "attorney general"),
        (["chief of staff"], "chief of staff"),
        (["campaign manager"], "campaign manager"),
        (["running mate"], "running mate"),
        (["nominee"], "nominee"),
        (["candidate"], "candidate"),
        (["speaker"], "speaker"),
        (["lawmaker", "congressman", "congresswoman"], "lawmaker"),
    ]

    /// Words that may stand before a role noun and are part of the role ("foreign minister").
    static let modifiers: [(forms: [String], canonical: String)] = [
        (["foreign"], "foreign"), (["defense", "defence"], "defense"), (["interior"], "interior"),
        (["finance"], "finance"), (["economy"], "economy"), (["health"], "health"), (["energy"], "energy"),
        (["justice"], "justice"), (["trade"], "trade"), (["deputy"], "deputy"), (["first"], "first"),
        (["acting"], "acting"), (["press"], "press"), (["top"], "top"), (["national"], "national"),
        (["security"], "security"), (["military"], "military"), (["army"], "army"), (["special"], "special"),
        (["chief"], "chief"), (["senior"], "senior"),
        (["democratic"], "democratic"), (["republican"], "republican"), (["presidential"], "presidential"),
        (["house"], "house"), (["senate"], "senate"), (["rival"], "rival"),
        (["former", "ex", "then"], "former"),
    ]

    /// Generic heads ("the Ukrainian leader", "the U.N. chief") stand for whoever leads the place.
    static let genericHeads: Set<String> = ["leader", "chief", "head", "top"]

    /// The roles a generic head may stand for.
    static let leadingRoles = [
        "president", "prime minister", "chancellor", "secretary general", "director general", "king", "queen",
        "premier", "chair", "leader", "chief", "head",
    ]

    /// Determiners that may open a definite description.
    static let definiteDeterminers: Set<String> = ["the", "its", "their"]
    /// Determiners that make a description indefinite ("a Kremlin spokesman" is not one person).
    static let indefiniteDeterminers: Set<String> = ["a", "an", "one", "some", "another", "several", "two", "three"]
    /// Words that link a role to its place ("president of Ukraine", "spokesman for the Kremlin").
    static let placeConnectors: Set<String> = ["of", "for", "at", "to"]

    /// Every place form, as word sequences, longest first.
    static let placeForms: [(words: [String], place: Place)] = placeTable.flatMap { entry in
        entry.forms.map {
            (words: $0.split(separator: " ").map(String.init), place: Place(key: entry.key, display: entry.display))
        }
    }.sorted { $0.words.count > $1.words.count }

    static let roleNounForms: [(words: [String], canonical: String)] = roleNouns.flatMap { entry in
        entry.forms.map { (words: $0.split(separator: " ").map(String.init), canonical: entry.canonical) }
    }.sorted { $0.words.count > $1.words.count }

    static let modifierForms: [String: String] = Dictionary(
        modifiers.flatMap { entry in entry.forms.map { ($0, entry.canonical) } }, uniquingKeysWith: { a, _ in a })

    /// Place forms by their first word, so a lookup only compares the few forms that can match.
    static let placeFormsByFirstWord: [String: [(words: [String], place: Place)]] = Dictionary(
        grouping: placeForms, by: { $0.words[0] })

    /// Role noun forms by their first word.
    static let roleNounFormsByFirstWord: [String: [(words: [String], canonical: String)]] = Dictionary(
        grouping: roleNounForms, by: { $0.words[0] })

    /// The place key and display name written with `words` at `index`, and how many words it took.
    static func place(in words: [String], at index: Int) -> (Place, Int)? {
        guard index < words.count, let forms = placeFormsByFirstWord[words[index]] else { return nil }
        for form in forms where index + form.words.count <= words.count {
            if words[index..<index + form.words.count].elementsEqual(form.words) {
                return (form.place, form.words.count)
            }
        }
        return nil
    }

    /// The role noun at `index`, canonical, and how many words it took.
    static func roleNoun(in words: [String], at index: Int) -> (String, Int)? {
        guard index < words.count, let forms = roleNounFormsByFirstWord[words[index]] else { return nil }
        for form in forms where index + form.words.count <= words.count {
            if words[index..<index + form.words.count].elementsEqual(form.words) {
                return (form.canonical, form.words.count)
            }
        }
        return nil
    }

    /// The display form of a place key, for instance `the United Nations` for `un`.
    public static func placeDisplay(forKey key: String) -> String? {
        placeTable.first { $0.key == key }?.display
    }
}
