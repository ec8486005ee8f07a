/// A read-only hash table keyed by `WordKey` values.
///
/// The keys are already well-mixed 64-bit hashes, so the table indexes with their low bits and
/// probes linearly; this avoids re-hashing every lookup through `Hasher`, which showed up as the
/// largest cost of the rules in profiles.
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int

    /// Builds a table from key-value pairs; later pairs win over earlier ones with the same key.
    init(_ pairs: some Sequence<(UInt64, Value)>) {
        let list = Array(pairs)
        var capacity = 16
        while capacity < list.count * 3 { capacity <<= 1 }
        mask = capacity - 1
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        for (key, value) in list {
            let k = key == 0 ? 1 : key
            var i = Int(truncatingIfNeeded: k) & mask
            while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
            keys[i] = k
            values[i] = value
        }
    }

    /// The value stored for `key`, if any.
    @inline(__always)
    subscript(key: UInt64) -> Value? {
        let k = key == 0 ? 1 : key
        var i = Int(truncatingIfNeeded: k) & mask
        while true {
            let found = keys[i]
            if found == k { return values[i] }
            if found == 0 { return nil }
            i = (i + 1) & mask
        }
    }
}

/// A read-only set of `WordKey` values with the same fast lookup as `WordTable`.
struct WordSet: Sendable {
    private let table: WordTable<Bool>

    /// Builds the set from keys.
    init(_ keys: some Sequence<UInt64>) {
        table = WordTable(keys.map { ($0, true) })
    }

    /// Builds the set from words separated by spaces or line breaks.
    init(words: String) {
        self.init(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { WordKey.of($0) })
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { table[key] != nil }
}
