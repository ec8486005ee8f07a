import Testing

@testable import OnRecordCore

@Suite struct QuoteScannerTests {
    /// (text, the contents of every quoted span found, in order)
    static let cases: [(String, [String])] = [
        ("She said \"yes\" twice.", ["yes"]),
        ("“curly” and “again”", ["curly", "again"]),
        ("«guillemets» here", ["guillemets"]),
        ("''two apostrophes'' work", ["two apostrophes"]),
        ("``backticks'' work too", ["backticks"]),
        ("It's Russia’s call in the '90s, isn't it?", []),
        ("Headline: 'time to talk' now", ["time to talk"]),
        ("“outer ‘inner’ outer”", ["outer ‘inner’ outer"]),
        ("the voters' choice and the players' union", []),
        ("“open and never closed\n\nnext paragraph", ["open and never closed"]),
        ("“first paragraph\n\n“second paragraph”", ["first paragraph\n\n“second paragraph"]),
        ("\"straight open\n\n“curly next”", ["straight open", "curly next"]),
        ("“forgot to close. “Then a new one.”", ["forgot to close.", "Then a new one."]),
    ]

    @Test(arguments: cases)
    func pairsMarks(_ text: String, _ expected: [String]) {
        let doc = AnalyzedText(text)
        let found = doc.quotes.map { doc.string($0.contentStart..<$0.contentEnd) }
        #expect(found == expected)
    }

    @Test func tokenizerKeepsAbbreviationPeriods() {
        let doc = AnalyzedText("Mr. Ode met U.S. envoys in Washington, D.C. on Friday.")
        let words = doc.tokens.filter(\.isWord).map { doc.string($0.range) }
        #expect(words.contains("Mr."))
        #expect(words.contains("U.S."))
        #expect(words.contains("D.C."))
    }

    @Test func tokenizerSplitsContractedIsAfterHeAndShe() {
        let doc = AnalyzedText("He’s sure she's right about Lind’s plan, and it's late.")
        let words = doc.tokens.filter(\.isWord).map { doc.string($0.range) }
        #expect(words == ["He", "’s", "sure", "she", "'s", "right", "about", "Lind’s", "plan", "and", "it's", "late"])
        // ("He’s" and "she's" are not possessives; "Lind’s" is.)
        let possessives = doc.tokens.filter { $0.flags.contains(.possessive) }.map { doc.string($0.range) }
        #expect(possessives.contains("Lind’s") && !possessives.contains("He") && !possessives.contains("she"))
    }
}
