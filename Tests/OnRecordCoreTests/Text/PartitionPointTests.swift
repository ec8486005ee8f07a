import Testing

@testable import OnRecordCore

/// The binary search the extractor uses to find tokens, quotes and names by offset.
@Suite struct PartitionPointTests {
    @Test(arguments: [
        (0, 0), (1, 0), (2, 1), (3, 1), (4, 2), (5, 2), (7, 3), (8, 3), (9, 4), (100, 4),
    ])
    func findsTheFirstElementAtOrAfterAnOffset(offset: Int, expected: Int) {
        let starts = [1, 3, 5, 8]
        #expect(starts.partitionPoint { $0 >= offset } == expected)
    }

    @Test func emptyArrayHasItsPointAtZero() {
        #expect([Int]().partitionPoint { _ in true } == 0)
    }

    @Test func repeatedValuesGiveTheFirstOfThem() {
        #expect([2, 4, 4, 4, 6].partitionPoint { $0 >= 4 } == 1)
    }
}
