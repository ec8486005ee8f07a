import Foundation
import Testing

@testable import OnRecordIngest

/// The ingest pipeline's parallel map and batch pipeline: every element once, in input order.
@Suite struct ParallelMapTests {
    @Test(arguments: [1, 2, 3, 16])
    func everyElementIsTransformedOnceInOrder(workers: Int) {
        let input = Array(0..<1_000)
        let output = parallelMap(input, workers: workers) { $0 * 2 }
        #expect(output == input.map { $0 * 2 })
    }

    @Test func emptyInputAndMoreWorkersThanElements() {
        #expect(parallelMap([Int](), workers: 4) { $0 }.isEmpty)
        #expect(parallelMap([7], workers: 4) { $0 + 1 } == [8])
    }

    @Test func batchesArriveInOrderAndStoppingEarlyStopsTheProducer() {
        let produced = Counter()
        var consumed: [Int] = []
        pipelined(
            lookahead: 2,
            produce: { produced.next(upTo: 100) },
            consume: { (batch: Int) -> Bool in
                consumed.append(batch)
                return batch < 9
            })
        #expect(consumed == Array(0...9))
        // The producer stops after at most the batches that were waiting plus the one in hand.
        #expect(produced.count <= 10 + 2 + 1)
    }
}

/// Counts up to a limit from any thread.
private final class Counter: @unchecked Sendable {
    // @unchecked: `value` is only touched while holding `lock`.
    private var value = 0
    private let lock = NSLock()

    var count: Int { lock.withLock { value } }

    func next(upTo limit: Int) -> Int? {
        lock.withLock {
            guard value < limit else { return nil }
            defer { value += 1 }
            return value
        }
    }
}
