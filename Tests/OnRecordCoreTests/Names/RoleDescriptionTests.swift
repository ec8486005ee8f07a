import Testing

@testable import OnRecordCore

struct RoleDescriptionTests {
    /// Ways of writing one role that must share a key.
    @Test(
        arguments: [
            (
                [
                    "Ukraine president", "Ukrainian president", "the Ukrainian president", "Ukraine's president",
                    "the president of Ukraine", "President of Ukraine", "Kyiv's president",
                ], "president of ukraine"
            ),
            (
                ["Kremlin spokesman", "the Kremlin spokeswoman", "spokesperson for the Kremlin"],
                "spokesperson of kremlin"
            ),
            (
                ["Russian Foreign Minister", "the Russian foreign minister", "Russia's foreign minister"],
                "foreign minister of russia"
            ),
            (["NATO Secretary-General", "the NATO secretary general"], "secretary general of nato"),
            (
                ["U.N. Secretary-General", "United Nations Secretary-General", "UN secretary-general"],
                "secretary general of un"
            ),
            (["U.S. Secretary of State", "the American secretary of state"], "secretary of state of us"),
            (["the secretary-general", "Secretary-General"], "secretary general"),
            (["the president", "President"], "president"),
            (["The U.N. chief"], "chief of un"),
            (["the Estonian foreign minister", "Estonian Foreign Minister"], "foreign minister of estonia"),
        ] as [([String], String)])
    func variantsShareAKey(texts: [String], key: String) {
        for text in texts {
            #expect(RoleDescription.parse(text)?.key == key, "\(text)")
        }
    }

    /// Texts that are not (only) a role of one person.
    @Test(arguments: [
        "Volodymyr Zelensky", "the Ukrainian president's office", "Russia's foreign ministry", "a Kremlin spokesman",
        "several ministers", "Ukraine", "the Kremlin", "he", "The latter", "", "First Lady",
    ])
    func notARole(text: String) {
        #expect(RoleDescription.parse(text) == nil, "\(text)")
    }

    @Test func formerRolesAreMarked() {
        #expect(RoleDescription.parse("the former Ukrainian president")?.isFormer == true)
        #expect(RoleDescription.parse("ex-president")?.isFormer == true)
        #expect(RoleDescription.parse("the Ukrainian president")?.isFormer == false)
    }

    @Test func displayNameSpellsOutThePlace() {
        #expect(RoleDescription.parse("Ukrainian president")?.displayName == "president of Ukraine")
        #expect(RoleDescription.parse("Kremlin spokesman")?.displayName == "spokesperson of the Kremlin")
    }

    @Test func genericHeadsStandForTheLeadingRolesOfThePlace() throws {
        let leader = try #require(RoleDescription.parse("the Ukrainian leader"))
        #expect(leader.matchingKeys.contains("president of ukraine"))
        #expect(leader.matchingKeys.contains("prime minister of ukraine"))
        let president = try #require(RoleDescription.parse("the Ukrainian president"))
        #expect(president.matchingKeys == ["president of ukraine"])
    }

    @Test(arguments: [
        ("Ukraine president Volodymyr Zelensky", "president of ukraine", "Volodymyr Zelensky"),
        ("President Vladimir Putin", "president", "Vladimir Putin"),
        ("Kremlin spokesman Dmitry Peskov", "spokesperson of kremlin", "Dmitry Peskov"),
        ("NATO Secretary-General Jens Stoltenberg", "secretary general of nato", "Jens Stoltenberg"),
        ("U.S. Secretary of State Antony Blinken", "secretary of state of us", "Antony Blinken"),
        ("Deputy Foreign Minister Mykola Zabolotsky", "deputy foreign minister", "Mykola Zabolotsky"),
        ("President Georgia Brown", "president", "Georgia Brown"),
        ("Republican presidential nominee Donald Trump", "republican presidential nominee", "Donald Trump"),
        ("House Speaker Paul Ryan", "house speaker", "Paul Ryan"),
        ("White House press secretary Josh Earnest", "press secretary of white house", "Josh Earnest"),
    ])
    func splitsALeadingRoleOffAName(text: String, key: String, name: String) {
        let (role, rest) = RoleDescription.splitLeadingRole(from: text)
        #expect(role?.key == key)
        #expect(rest == name)
    }

    @Test(arguments: ["Volodymyr Zelensky", "President", "Georgia Brown", "Carole King", "Mr. President"])
    func leavesNamesWithoutALeadingRoleAlone(text: String) {
        let (role, rest) = RoleDescription.splitLeadingRole(from: text)
        #expect(role == nil)
        #expect(rest == text)
    }
}

struct BuiltInActorsTests {
    @Test(arguments: [
        ("UN", "United Nations"), ("U.N.", "United Nations"), ("the United Nations", "United Nations"),
        ("The U.N.", "United Nations"), ("EU", "European Union"), ("the Kremlin", "Kremlin"), ("NATO", "NATO"),
        ("U.S.", "United States"), ("Russia", "Russia"),
    ])
    func aliasesFoldToTheCanonicalName(name: String, canonical: String) {
        #expect(BuiltInActors.entry(for: name)?.name == canonical)
    }

    @Test func personsAndUnknownNamesAreNotBuiltIn() {
        #expect(BuiltInActors.entry(for: "Volodymyr Zelensky") == nil)
        #expect(BuiltInActors.entry(for: "Moscow") == nil)
        #expect(BuiltInActors.entry(for: "Washington") == nil)
    }
}
