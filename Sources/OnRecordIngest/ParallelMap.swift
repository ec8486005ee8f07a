import Dispatch
import Foundation

/// Transforms every element on `workers` threads (all cores by default), keeping the input order.
///
/// Extraction is pure CPU work per document, so the batch is split across threads while the single
/// database writer stays on the caller's thread. Threads take the next element as they finish, so a
/// long article does not hold up a share of the batch.
func parallelMap<Element: Sendable, Result: Sendable>(
    _ elements: [Element], workers: Int = ProcessInfo.processInfo.activeProcessorCount,
    _ transform: @Sendable (Element) -> Result
) -> [Result] {
    let results = ResultSlots<Result>(count: elements.count)
    let next = NextIndex()
    DispatchQueue.concurrentPerform(iterations: max(1, min(workers, elements.count))) { _ in
        while let index = next.take(below: elements.count) {
            results.set(transform(elements[index]), at: index)
        }
    }
    return results.values()
}

/// Hands out indices 0, 1, 2, … to worker threads, each once.
private final class NextIndex: @unchecked Sendable {
    // @unchecked: `value` is only touched while holding `lock`.
    private var value = 0
    private let lock = NSLock()

    func take(below count: Int) -> Int? {
        lock.withLock {
            guard value < count else { return nil }
            defer { value += 1 }
            return value
        }
    }
}

/// Slots that worker threads fill at distinct indices.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    // @unchecked: every index is written by exactly one thread, and the lock orders those writes
    // before `values()` reads them.
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ value: Value, at index: Int) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}

/// Produces batches on a background thread while the caller consumes earlier ones.
///
/// Ingest has two kinds of work: reading and extracting (parallel, CPU-bound) and writing (one
/// writer). Run one after the other, the cores idle while the writer works; here batch `n + 1` is read
/// and extracted while batch `n` is written. At most `lookahead` finished batches wait, so memory stays
/// flat however large the corpus.
///
/// - Parameters:
///   - lookahead: How many finished batches may wait for the consumer.
///   - produce: Builds the next batch (on a background thread, one call at a time), or returns `nil`
///     when there are no more.
///   - consume: Handles one batch on the caller's thread; returns `false` to stop early (the producer
///     then stops after the batch it is working on).
/// - Throws: What `consume` throws; the producer is stopped and waited for first.
func pipelined<Batch: Sendable, Failure: Error>(
    lookahead: Int, produce: @escaping @Sendable () -> Batch?,
    consume: (Batch) throws(Failure) -> Bool
) throws(Failure) {
    let handoff = Handoff<Batch>(capacity: max(1, lookahead))
    let finished = DispatchSemaphore(value: 0)
    DispatchQueue.global(qos: .userInitiated).async {
        while !handoff.isCancelled, let batch = produce() {
            if !handoff.put(batch) { break }
        }
        handoff.close()
        finished.signal()
    }
    defer {
        handoff.cancel()
        finished.wait()
    }
    while let batch = handoff.take() {
        if try !consume(batch) { break }
    }
}

/// A bounded first-in, first-out queue between one producer thread and one consumer thread.
private final class Handoff<Value: Sendable>: @unchecked Sendable {
    // @unchecked: every field is read and written only while holding `condition`.
    private let condition = NSCondition()
    private let capacity: Int
    private var items: [Value] = []
    private var closed = false
    private var cancelled = false

    init(capacity: Int) {
        self.capacity = capacity
    }

    var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }

    /// Adds a value, waiting while the queue is full; `false` when the consumer has gone.
    func put(_ value: Value) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        items.append(value)
        condition.broadcast()
        return true
    }

    /// The next value, waiting for one; `nil` once the producer has finished and the queue is empty.
    func take() -> Value? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !closed && !cancelled { condition.wait() }
        guard !cancelled, !items.isEmpty else { return nil }
        let value = items.removeFirst()
        condition.broadcast()
        return value
    }

    /// The producer has no more values.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// The consumer stops; a waiting producer wakes up and gives up.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
