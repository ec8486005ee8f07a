import Dispatch
import Foundation

/// Transforms every element on all cores, keeping the input order.
///
/// Extraction is pure CPU work per document, so the batch is split across threads while the single
/// database writer stays on the caller's thread.
func parallelMap<Element: Sendable, Result: Sendable>(
    _ elements: [Element], _ transform: @Sendable (Element) -> Result
) -> [Result] {
    let results = ResultSlots<Result>(count: elements.count)
    DispatchQueue.concurrentPerform(iterations: elements.count) { index in
        results.set(transform(elements[index]), at: index)
    }
    return results.values()
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
