import OnRecordCore
import Testing

struct StatementMatcherTests {
    typealias Item = StatementMatcher.Item

    @Test func identicalStatementsAreUnchanged() {
        let items = [Item(speakerKey: "a", text: "We are ready."), Item(speakerKey: "b", text: "Not yet.")]
        let pairs = StatementMatcher.match(old: items, new: items)
        #expect(pairs.map(\.change) == [.unchanged, .unchanged])
        #expect(pairs.map(\.newIndex) == [0, 1])
    }

    @Test func editedQuoteBySameSpeakerIsChangedWithBothWordings() {
        let old = [Item(speakerKey: "a", text: "We will never negotiate with them, under any circumstances.")]
        let new = [Item(speakerKey: "a", text: "We will negotiate with them, under some circumstances.")]
        let pairs = StatementMatcher.match(old: old, new: new)
        #expect(pairs.count == 1)
        #expect(pairs.first?.change == .changed)
        #expect(pairs.first?.oldIndex == 0)
        #expect(pairs.first?.newIndex == 0)
        #expect((pairs.first?.similarity ?? 0) > 0.5 && (pairs.first?.similarity ?? 1) < 1)
    }

    @Test func sameWordsFromAnotherSpeakerDoNotPair() {
        let old = [Item(speakerKey: "a", text: "Prices will fall by spring.")]
        let new = [Item(speakerKey: "b", text: "Prices will fall by spring.")]
        let pairs = StatementMatcher.match(old: old, new: new)
        #expect(Set(pairs.map(\.change)) == [.appeared, .disappeared])
    }

    @Test func unrelatedStatementsAppearAndDisappear() {
        let old = [
            Item(speakerKey: "a", text: "The budget is balanced."),
            Item(speakerKey: "a", text: "Taxes will not rise."),
        ]
        let new = [
            Item(speakerKey: "a", text: "The budget is balanced."),
            Item(speakerKey: "a", text: "We expect a strong harvest this autumn."),
        ]
        let pairs = StatementMatcher.match(old: old, new: new)
        // Like a diff: what was removed is listed where it stood, before what took its place.
        #expect(pairs.map(\.change) == [.unchanged, .disappeared, .appeared])
        #expect(pairs[1].oldIndex == 1)
        #expect(pairs[2].newIndex == 1)
    }

    @Test func mostSimilarCandidateWinsWhenSeveralQualify() {
        let old = [Item(speakerKey: "a", text: "the line will open in the spring of next year")]
        let new = [
            Item(speakerKey: "a", text: "the line will open in the autumn"),
            Item(speakerKey: "a", text: "the line will open in the autumn of next year"),
        ]
        let pairs = StatementMatcher.match(old: old, new: new)
        let changed = pairs.first { $0.change == .changed }
        #expect(changed?.newIndex == 1)
        #expect(pairs.contains { $0.change == .appeared && $0.newIndex == 0 })
    }

    @Test func whitespaceDifferencesCountAsUnchanged() {
        let old = [Item(speakerKey: "a", text: "We are\nready.")]
        let new = [Item(speakerKey: "a", text: "We are ready.")]
        #expect(StatementMatcher.match(old: old, new: new).map(\.change) == [.unchanged])
    }

    @Test func emptyVersionsCompareCleanly() {
        #expect(StatementMatcher.match(old: [], new: []).isEmpty)
        let one = [Item(speakerKey: "a", text: "Hello.")]
        #expect(StatementMatcher.match(old: [], new: one).map(\.change) == [.appeared])
        #expect(StatementMatcher.match(old: one, new: []).map(\.change) == [.disappeared])
    }
}
