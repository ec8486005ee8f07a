import Foundation
import OnRecordCore

/// Remembers ``NameKey`` results for the life of an open database.
///
/// Folding a name (case, accents, honorifics, transliteration) costs more than the SQL that uses the
/// key, and an ingest run sees the same few thousand speaker names over and over. The functions are
/// pure, so caching them can never change a result.
final class NameKeyCache: @unchecked Sendable {
    // A class with a lock: one cache shared by every copy of the database value and any thread using
    // it. @unchecked because all state is only touched while holding `lock`.
    private let lock = NSLock()
    private var keys: [String: String] = [:]
    private var surnameKeys: [String: String?] = [:]
    /// Past this many names the cache starts over, so memory stays bounded on huge corpora.
    private let limit = 50_000

    /// `NameKey.key(for:)`, cached.
    func key(for name: String) -> String {
        lock.lock()
        if let cached = keys[name] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        let key = NameKey.key(for: name)
        lock.lock()
        if keys.count >= limit { keys.removeAll(keepingCapacity: true) }
        keys[name] = key
        lock.unlock()
        return key
    }

    /// `NameKey.surnameKey(for:)`, cached.
    func surnameKey(for name: String) -> String? {
        lock.lock()
        if let cached = surnameKeys[name] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        let key = NameKey.surnameKey(for: name)
        lock.lock()
        if surnameKeys.count >= limit { surnameKeys.removeAll(keepingCapacity: true) }
        surnameKeys[name] = .some(key)
        lock.unlock()
        return key
    }
}

extension String {
    /// The string without leading and trailing whitespace and newlines.
    ///
    /// Foundation's `trimmingCharacters(in:)` bridges through `NSString` on Linux, which showed up in
    /// ingest profiles; this stays in Swift and returns the string itself when there is nothing to trim.
    var trimmedOfWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}
