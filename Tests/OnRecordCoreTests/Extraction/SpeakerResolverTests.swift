import Testing

@testable import OnRecordCore

@Suite struct SpeakerResolverTests {
    /// (text, the speaker of its last statement, the kind of that speaker)
    static let cases: [(String, String?, ActorKind)] = [
        ("Foreign Minister Anna Berg arrived. Berg said the talks failed.", "Anna Berg", .person),
        ("President Tomas Weller spoke. Mr. Weller said the deal is done.", "Tomas Weller", .person),
        ("Ilse Korr spoke first. She said that the vote was fair.", "Ilse Korr", .person),
        (
            "Latvian prime minister Edgars Ozols met reporters. The Latvian prime minister said the border is calm.",
            "Edgars Ozols", .person
        ),
        ("Chile and Peru signed. The former insisted that fishing rights stay.", "Chile", .person),
        ("The Kremlin said the exercises were routine.", "Kremlin", .organization),
        ("Russia's foreign ministry said the note was received.", "Russia's foreign ministry", .organization),
        ("Moscow said the exercises were routine.", "Moscow", .organization),
        ("They said the road was closed for a week.", nil, .unknown),
        (
            "Mrs. Vera Holt chaired the panel. Mr. Tomas Weller said the budget was short. She said the cuts were fair.",
            "Vera Holt", .person
        ),
        ("Rep. Ada Lind of Oregon said the dam would hold.", "Ada Lind", .person),
        ("The Harbor Institute in Lisbon said the tides were rising.", "Harbor Institute", .organization),
        // Hyphenated titles and an organization before them are not part of the name.
        (
            "World Rowing Federation Secretary-General Odette Vance said the regatta would go ahead.",
            "Odette Vance", .person
        ),
        ("OSCE Director-General Piet Laarman said the monitors had left.", "Piet Laarman", .person),
        ("Secretary-General Mirela Dobre warned that the fund was empty.", "Mirela Dobre", .person),
        (
            "Secretary-General Mirela Dobre arrived on Monday. The secretary-general said the fund was empty.",
            "Mirela Dobre", .person
        ),
        // A head of an institution is later its "chief" or "leader"; initials stand for the institution.
        (
            "Arctic Council Chairman Lars Eide opened the meeting. The AC chief said the ice was thinning.",
            "Lars Eide", .person
        ),
        (
            "Baltic trade bloc foreign policy chief Rasa Mockus spoke. Rasa Mockus said the tariffs would stay.",
            "Rasa Mockus", .person
        ),
        // Plural common nouns name groups, not people.
        ("Harbor officials asked drivers to avoid the coast road.", "Harbor officials", .unknown),
        ("Relief agencies say that the shelters are full.", "Relief agencies", .organization),
        ("Organisers said the tickets sold out in an hour.", nil, .unknown),
        ("Economists said the rate cut came too late.", nil, .unknown),
        ("Several ministers said that the budget was too tight.", nil, .unknown),
        // A role before a preposition is the head; the institution after it is not the speaker.
        ("A water analyst at the Delta Institute said the dikes were sound.", nil, .unknown),
        // A dateline is not the subject of the sentence.
        (
            "OSLO, Norway — Mayor Kari Dahl unveiled a plan on Monday, calling it a \"fresh start\" for the city.",
            "Kari Dahl", .person
        ),
    ]

    @Test(arguments: cases)
    func resolves(_ text: String, _ speaker: String?, _ kind: ActorKind) throws {
        let last = try #require(AttributionExtractor().extract(from: text).last)
        #expect(last.speaker == speaker)
        #expect(last.speakerKind == kind)
    }
}
