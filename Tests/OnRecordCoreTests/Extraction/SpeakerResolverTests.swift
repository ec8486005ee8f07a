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
    ]

    @Test(arguments: cases)
    func resolves(_ text: String, _ speaker: String?, _ kind: ActorKind) throws {
        let last = try #require(AttributionExtractor().extract(from: text).last)
        #expect(last.speaker == speaker)
        #expect(last.speakerKind == kind)
    }
}
