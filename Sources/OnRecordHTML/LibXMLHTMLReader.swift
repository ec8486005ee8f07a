internal import CLibXML2

/// Parses HTML bytes with libxml2's forgiving HTML parser and copies the result into `HTMLElement`s.
enum LibXMLHTMLReader {
    /// Why bytes could not be turned into a document.
    enum Failure: Error, Equatable {
        case empty
        case binary
        case tooLarge
        case noDocument
    }

    /// libxml2 must set up its globals once before parsers run on several threads; a lazily
    /// initialized static runs exactly once, whichever thread gets there first.
    private static let isParserInitialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses a page.
    ///
    /// - Parameters:
    ///   - bytes: The page as stored on disk or sent by a server.
    ///   - forcedEncoding: An encoding to use whatever the page declares (for text that is already
    ///     decoded); `nil` to honour a byte order mark or a `<meta charset>`, with UTF-8 as default.
    /// - Returns: The root element (normally `html`).
    static func parse(_ bytes: [UInt8], forcedEncoding: String? = nil) throws(Failure) -> HTMLElement {
        if bytes.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) {
            throw .empty
        }
        guard bytes.count < Int(Int32.max) else {
            throw .tooLarge
        }
        let encoding = forcedEncoding ?? CharsetSniffer.encoding(of: bytes)
        if !encoding.hasPrefix("UTF-16"), CharsetSniffer.looksBinary(bytes) {
            throw .binary
        }
        guard isParserInitialized else { throw .noDocument }
        let options =
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { start in
                htmlReadMemory(start, Int32(buffer.count), nil, encoding, Int32(bitPattern: options))
            }
        }
        guard let document else { throw .noDocument }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw .noDocument }
        return copyElement(root)
    }

    /// Whether libxml2 can decode `name` (through its own tables or iconv).
    static func supportsEncoding(_ name: String) -> Bool {
        guard let handler = xmlFindCharEncodingHandler(name) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }

    private static func copyElement(_ node: xmlNodePtr) -> HTMLElement {
        var element = HTMLElement(name: string(node.pointee.name)?.lowercased() ?? "")
        var attribute = node.pointee.properties
        while let current = attribute {
            if let name = string(current.pointee.name)?.lowercased(), element.attributes[name] == nil {
                element.attributes[name] = textContent(of: current.pointee.children)
            }
            attribute = current.pointee.next
        }
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                element.children.append(.element(copyElement(current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let text = string(current.pointee.content) {
                    element.children.append(.text(text))
                }
            default:
                // Comments, processing instructions and entity declarations carry no article text.
                break
            }
            child = current.pointee.next
        }
        return element
    }

    /// The concatenated text of an attribute's value nodes.
    private static func textContent(of firstChild: xmlNodePtr?) -> String {
        var result = ""
        var child = firstChild
        while let current = child {
            if let text = string(current.pointee.content) {
                result += text
            }
            child = current.pointee.next
        }
        return result
    }

    /// libxml2 stores all strings as NUL-terminated UTF-8, whatever the page's encoding was.
    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func string(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}

/// Picks the encoding to hand to libxml2: a byte order mark, else a `<meta>` charset declaration
/// near the top of the page, else UTF-8.
enum CharsetSniffer {
    /// How far into the page a `<meta charset>` is looked for; HTML requires it in the first 1024
    /// bytes, but real pages put long scripts before it.
    private static let sniffLength = 4096

    /// The encoding name for libxml2.
    static func encoding(of bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        guard let declared = declaredCharset(in: bytes) else { return "UTF-8" }
        switch declared {
        case "utf-8", "utf8", "unicode-1-1-utf-8":
            return "UTF-8"
        case "iso-8859-1", "latin1", "iso8859-1", "l1", "us-ascii", "ascii":
            // Browsers read these labels as windows-1252, and so do the pages that use them: the
            // curly quotes in the 0x80–0x9F range are the common case, C1 controls never are.
            return "windows-1252"
        default:
            return LibXMLHTMLReader.supportsEncoding(declared) ? declared : "UTF-8"
        }
    }

    /// The lowercased charset named by the first `<meta charset=…>` or
    /// `<meta http-equiv="Content-Type" content="…; charset=…">` in the first few kilobytes.
    static func declaredCharset(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(sniffLength).map { byte -> UInt8 in
            (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
        }
        let metaTag = Array("<meta".utf8)
        let charset = Array("charset".utf8)
        var index = 0
        while let tagStart = find(metaTag, in: head, from: index) {
            let tagEnd = head[tagStart...].firstIndex(of: UInt8(ascii: ">")) ?? head.count
            let tag = Array(head[tagStart..<tagEnd])
            var searchFrom = 0
            while let found = find(charset, in: tag, from: searchFrom) {
                searchFrom = found + charset.count
                if let value = value(afterCharsetIn: tag, at: searchFrom) {
                    return value
                }
            }
            index = tagEnd
        }
        return nil
    }

    /// Whether the bytes look like a binary file (image, archive, PDF) rather than text.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        if sample.contains(0) { return true }
        let controls = sample.filter { $0 < 0x09 || (0x0E..<0x20).contains($0) || $0 == 0x7F }.count
        return controls * 10 > sample.count
    }

    private static func value(afterCharsetIn tag: [UInt8], at start: Int) -> String? {
        var position = start
        func skipSpaces() {
            while position < tag.count, tag[position] == 0x20 || (0x09...0x0D).contains(tag[position]) {
                position += 1
            }
        }
        skipSpaces()
        guard position < tag.count, tag[position] == UInt8(ascii: "=") else { return nil }
        position += 1
        skipSpaces()
        while position < tag.count, tag[position] == UInt8(ascii: "\"") || tag[position] == UInt8(ascii: "'") {
            position += 1
        }
        var name: [UInt8] = []
        while position < tag.count, isCharsetCharacter(tag[position]) {
            name.append(tag[position])
            position += 1
        }
        return name.isEmpty ? nil : String(decoding: name, as: UTF8.self)
    }

    private static func isCharsetCharacter(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else {
            return nil
        }
        for offset in start...(haystack.count - needle.count) where haystack[offset] == needle[0] {
            if haystack[offset..<(offset + needle.count)].elementsEqual(needle) {
                return offset
            }
        }
        return nil
    }
}
