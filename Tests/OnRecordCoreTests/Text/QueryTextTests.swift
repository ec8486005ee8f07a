import OnRecordCore
import Testing

struct QuoteComparisonTests {
    @Test func wordsFoldCaseAccentsPunctuationAndQuoteMarks() {
        #expect(
            QuoteComparison.words("“Don’t TRADE our land,” Zelenskyy said — «Jérôme»") == [
                "dont", "trade", "our", "land", "zelenskyy", "said", "jerome",
            ])
        #expect(QuoteComparison.key("We won't  surrender!") == QuoteComparison.key("\"We won’t surrender\""))
    }

    @Test func contentWordsDropStopWordsAndRepeats() {
        #expect(QuoteComparison.contentWords("We will not trade our land, our LAND") == ["trade", "land"])
    }

    @Test func diffShowsRemovedAndAddedWords() {
        let old = QuoteComparison.words("we will not trade our land")
        let new = QuoteComparison.words("we will never trade land")
        let changes = QuoteComparison.diff(old, new)
        #expect(QuoteComparison.render(changes) == "we will [-not-] {+never+} trade [-our-] land")
        #expect(QuoteComparison.render(QuoteComparison.diff(old, old)).isEmpty)
        #expect(!QuoteComparison.isExcerpt(changes))
        #expect(QuoteComparison.isExcerpt(QuoteComparison.diff(old, old + ["again"])))
        #expect(QuoteComparison.isExcerpt(QuoteComparison.diff(["he", "said"] + old, old)))
    }

    @Test func similarityAndMatchScore() {
        let quote = QuoteComparison.words("we will not trade our land")
        #expect(QuoteComparison.similarity(words: quote, quote) == 1)
        #expect(QuoteComparison.similarity("a b c d", "e f g h") == 0)
        // An excerpt of a longer statement still matches fully.
        let longer = quote + QuoteComparison.words("for peace, whatever they offer us")
        #expect(QuoteComparison.matchScore(words: quote, longer) == 1)
        #expect(QuoteComparison.similarity(words: quote, longer) < 0.75)
    }

    @Test func overlapCountsWordStemsAtHalfWeight() {
        #expect(QuoteComparison.overlap(of: "negotiate peace", in: "Negotiations for peace") == 0.75)
        #expect(QuoteComparison.overlap(of: "the a", in: "anything") == 0)
    }
}

struct SearchHighlighterTests {
    @Test func marksWordsAndPrefixesIgnoringCaseAndAccents() {
        let plain = SearchHighlighter.forWords("jerome TALKS")
        #expect(plain.snippet(of: "Jérôme said talks, not talk.") == "[Jérôme] said [talks], not talk.")
        let raw = SearchHighlighter.forFTS5("\"peace talks\" OR negotiat* NOT war AND NEAR(grain ship, 5)")
        #expect(raw.terms.map(\.text) == ["peace", "talks", "negotiat", "war", "grain", "ship"])
        #expect(raw.snippet(of: "Negotiators want peace.") == "[Negotiators] want [peace].")
        #expect(SearchHighlighter.forFTS5("text : ceasefire").terms.map(\.text) == ["ceasefire"])
    }

    @Test func longTextsAreCutAroundTheFirstMatch() {
        let words = (1...100).map { "w\($0)" }
        let text = words.joined(separator: " ")
        let snippet = SearchHighlighter.forWords("w60").snippet(of: text, maxWords: 10)
        #expect(snippet.hasPrefix("…"))
        #expect(snippet.hasSuffix("…"))
        #expect(snippet.contains("[w60]"))
        #expect(snippet.split(separator: " ").count == 10)
    }
}

struct TimelinePeriodTests {
    @Test func labels() {
        #expect(TimelinePeriod.month.label(for: "2022-03-20") == "2022-03")
        #expect(TimelinePeriod.year.label(for: "2022-03-20T10:00:00Z") == "2022")
        #expect(TimelinePeriod.week.label(for: "2022-01-02") == "2021-W52")  // ISO weeks start on Monday
        #expect(TimelinePeriod.week.label(for: "2022-01-03") == "2022-W01")
        #expect(TimelinePeriod.month.label(for: "someday") == nil)
    }

    @Test func rangesIncludeEmptyPeriods() {
        #expect(
            TimelinePeriod.month.labels(from: "2022-11-30", through: "2023-02-01") == [
                "2022-11", "2022-12", "2023-01", "2023-02",
            ])
        #expect(TimelinePeriod.year.labels(from: "2020-05-01", through: "2022-01-01") == ["2020", "2021", "2022"])
        #expect(
            TimelinePeriod.week.labels(from: "2022-01-03", through: "2022-01-20") == [
                "2022-W01", "2022-W02", "2022-W03",
            ])
    }

    @Test func sparklineScalesToTheLargestCount() {
        #expect(Sparkline.render([0, 1, 4, 8]) == "·▁▄█")
        #expect(Sparkline.render([]) == "")
    }
}
