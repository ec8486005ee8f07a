import Testing

@testable import OnRecordCore

struct NameKeyTests {
    @Test(arguments: [
        ("Volodymyr Zelensky", "volodymyr zelensky"),
        ("  VOLODYMYR   ZELENSKY ", "volodymyr zelensky"),
        ("Jérôme Powell", "jerome powell"),
        ("António Guterres", "antonio guterres"),
        ("Ａｎｎａ", "anna"),
        ("Straße", "strasse"),
        ("Lech Wałęsa", "lech walesa"),
        ("Putin's", "putin"),
        ("Putin’s", "putin"),
        ("the Jones' house", "the jones house"),
        ("Conan O'Brien", "conan obrien"),
        ("Jean-Claude Juncker", "jean claude juncker"),
        ("J. R. R. Tolkien", "j r r tolkien"),
        ("Mr. Zelensky", "zelensky"),
        ("Mrs Clinton", "clinton"),
        ("Dr. Anthony Fauci", "anthony fauci"),
        ("Sen. Bernie Sanders", "bernie sanders"),
        ("Rep. Nancy Pelosi", "nancy pelosi"),
        ("Gov. Gavin Newsom", "gavin newsom"),
        ("Gen. Mark Milley", "mark milley"),
        ("President Joe Biden", "joe biden"),
        ("Prime Minister Boris Johnson", "boris johnson"),
        ("U.N. Secretary-General António Guterres", "antonio guterres"),
        ("Secretary-General Guterres", "guterres"),
        ("Lt. Gen. John Doe", "john doe"),
        ("Mr. President", "president"),
        ("Ukraine president Volodymyr Zelensky", "volodymyr zelensky"),
        ("Kremlin spokesman Dmitry Peskov", "dmitry peskov"),
        ("United Nations Secretary-General António Guterres", "antonio guterres"),
        ("Estonian Foreign Minister Kadri Tamm", "kadri tamm"),
        ("Kremlin spokesman", "kremlin spokesman"),
        ("J. Biden", "j biden"),
        ("Zelensky's", "zelensky"),
        ("Mr. Zelenskyy's", "zelensky"),
        ("President", "president"),
        ("Carole King", "carole king"),
        ("Martin Luther King Jr.", "martin luther king jr"),
        ("", ""),
        ("...", ""),
    ])
    func normalizes(name: String, expected: String) {
        #expect(NameKey.key(for: name) == expected)
    }

    /// Spelling groups that must share one key.
    @Test(arguments: [
        [
            "Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskij", "Zelenskyi", "Zelenskii", "Zelenski", "ZELENSKYY",
            "Mr. Zelenskyy's",
        ],
        ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "President Volodymyr Zelenskiy"],
        ["Navalny", "Navalnyy", "Navalniy", "Navalny's"],
        ["Dmitry Peskov", "Dmitriy Peskov", "Dmitrii Peskov"],
        ["Sergei Lavrov", "Sergey Lavrov"],
        ["Alexei Navalny", "Alexey Navalnyy"],
        ["Maria Zakharova", "Maria Zaharova"],
        ["Mikhail Khodorkovsky", "Mikhail Hodorkovsky"],
        ["Dostoevsky", "Dostoevskiy", "Dostoevskii"],
        ["Jérôme", "Jerome", "JEROME"],
        ["Akhmetov", "Ahmetov"],
        ["Andrei", "Andrey"],
        ["Andriy", "Andrii"],
    ])
    func variantsShareAKey(names: [String]) {
        let keys = Set(names.map(NameKey.key(for:)))
        #expect(keys.count == 1, "\(names) → \(keys)")
    }

    /// Different names that look alike and must keep different keys.
    @Test(arguments: [
        ("Kelly", "Kelley"),
        ("Bush", "Busch"),
        ("Marks", "Marx"),
        ("Khan", "Han"),
        ("Kerry", "Kerr"),
        ("Mary", "Marie"),
        ("Hawaii", "Hawaiy"),
        ("Zelensky", "Zelenska"),
        ("Navalny", "Navalnaya"),
        ("Sergei", "Sergio"),
        ("Andy", "Andi"),
        ("Joe Biden", "Hunter Biden"),
        ("Dmitriev", "Dmitrieva"),
        ("Lee", "Li"),
        ("Dmitry", "Dmitri"),
        ("Fujii", "Fuji"),
        ("Kowalski", "Kowalska"),
        ("Akhmetov", "Akhmetova"),
    ])
    func lookalikesStayApart(a: String, b: String) {
        #expect(NameKey.key(for: a) != NameKey.key(for: b), "\(a) / \(b)")
    }

    @Test(
        arguments: [
            ("Volodymyr Zelenskyy", "zelensky"),
            ("Joseph R. Biden Jr.", "biden"),
            ("Henry Ford III", "ford"),
            ("Dr. Martin Luther King, Jr.", "king"),
            ("Mr. Putin's", "putin"),
            ("Guterres", "guterres"),
            ("Jr.", "jr"),
            ("", nil),
            ("  --  ", nil),
        ] as [(String, String?)])
    func surnameKey(name: String, expected: String?) {
        #expect(NameKey.surnameKey(for: name) == expected)
    }

    @Test(arguments: [
        ("J. Biden", "Joe Biden", true),
        ("Joe Biden", "J. Biden", true),
        ("J. Biden", "Joseph R. Biden Jr.", true),
        ("J. R. Biden", "Joseph Robinette Biden", true),
        ("Biden", "Joe Biden", true),
        ("President Biden", "Joe Biden", true),
        ("V. Zelenskyy", "Volodymyr Zelensky", true),
        ("Joe Biden", "Joe Biden", true),
        ("J. Biden", "Hunter Biden", false),
        ("Joe Biden", "Jill Biden", false),
        ("J. R. Biden", "Joseph T. Biden", false),
        ("J. Biden", "J. Bidden", false),
        ("J. Biden", "", false),
        ("", "", false),
    ])
    func initialsCompatible(a: String, b: String, expected: Bool) {
        #expect(NameKey.initialsCompatible(a, b) == expected, "\(a) / \(b)")
        #expect(NameKey.initialsCompatible(b, a) == expected, "symmetric: \(b) / \(a)")
    }
}

struct NameKeyDisplayAndOrganizationTests {
    @Test(arguments: [
        ("Ukraine president Volodymyr Zelensky", "Volodymyr Zelensky"),
        ("Secretary-General Jens Stoltenberg", "Jens Stoltenberg"),
        ("Dr. Halyna Moroz", "Halyna Moroz"),
        ("Senator Grace Washington", "Grace Washington"),
        ("  Volodymyr   Zelensky ", "Volodymyr Zelensky"),
        ("President", "President"),
        ("Mr. President", "President"),
        ("M. Zabolotskiy", "M. Zabolotskiy"),
    ])
    func displayNameDropsLeadingTitles(name: String, expected: String) {
        #expect(NameKey.displayName(for: name) == expected)
    }

    @Test(arguments: [
        ("the Kremlin", "kremlin"), ("The U.N.", "u n"), ("Russia's", "russia"), ("the", "the"),
        ("President Putin", "president putin"),
    ])
    func organizationKeyDropsOnlyALeadingThe(name: String, expected: String) {
        #expect(NameKey.organizationKey(for: name) == expected)
    }

    /// Initials meet the full name only through `initialsCompatible`, never through the key, so that
    /// "J. Biden" cannot silently merge Joe and Jill.
    @Test func initialsKeepTheirOwnKey() {
        #expect(NameKey.key(for: "J. Biden") != NameKey.key(for: "Joe Biden"))
        #expect(NameKey.initialsCompatible("M. Zabolotskiy", "Mykola Zabolotsky"))
        #expect(!NameKey.initialsCompatible("P. Kravets", "Anna Kravets"))
    }
}
