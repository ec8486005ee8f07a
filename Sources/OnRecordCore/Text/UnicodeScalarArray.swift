extension String {
    /// The text's Unicode scalars as an array: the same elements as `Array(unicodeScalars)`, decoded from
    /// the UTF-8 storage in one pass.
    ///
    /// Why: `Array(unicodeScalars)` first counts the scalars (a decoding pass) and then copies them
    /// through the view's iterator (a second one): a tenth of the reading threads' CPU at ingest (perf), for
    /// the extractor and the provenance check alike.
    public var unicodeScalarArray: [Unicode.Scalar] {
        var text = self
        return text.withUTF8 { bytes in
            // At most one scalar per byte.
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
                var count = 0
                var index = 0
                let end = bytes.count
                while index < end {
                    let lead = UInt32(bytes[index])
                    var value: UInt32
                    var length: Int
                    if lead < 0x80 {
                        value = lead
                        length = 1
                    } else if lead < 0xE0 {
                        value = lead & 0x1F
                        length = 2
                    } else if lead < 0xF0 {
                        value = lead & 0x0F
                        length = 3
                    } else {
                        value = lead & 0x07
                        length = 4
                    }
                    // A String's storage is valid UTF-8, so the continuation bytes are there.
                    var next = index + 1
                    while next < index + length && next < end {
                        value = value << 6 | UInt32(bytes[next] & 0x3F)
                        next += 1
                    }
                    buffer[count] = Unicode.Scalar(value) ?? "\u{FFFD}"
                    count += 1
                    index += length
                }
                initialized = count
            }
        }
    }
}
