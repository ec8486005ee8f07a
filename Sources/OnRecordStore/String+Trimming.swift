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
