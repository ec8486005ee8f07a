/// A node of a parsed page, copied out of libxml2's tree so the rest of the module works on plain,
/// `Sendable` Swift values and the C document can be freed right after parsing.
enum HTMLNode: Sendable {
    case element(HTMLElement)
    /// Character data, entities already decoded (script and style contents included).
    case text(String)
}

/// An element with a lowercased tag name, its attributes and its children. Comments, processing
/// instructions and the doctype are not copied.
struct HTMLElement: Sendable {
    var name: String
    /// Attribute values by lowercased name; the first of duplicated attributes wins.
    var attributes: [String: String]
    var children: [HTMLNode]

    init(name: String, attributes: [String: String] = [:], children: [HTMLNode] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// The element's attribute value, if present.
    subscript(attribute name: String) -> String? {
        attributes[name]
    }

    /// The whitespace-separated tokens of an attribute (`class`, `rel`, `itemprop`), lowercased.
    func tokens(of attribute: String) -> [String] {
        guard let value = attributes[attribute] else { return [] }
        return value.lowercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    /// All character data below this element, concatenated without any separator.
    var rawText: String {
        var result = ""
        appendRawText(to: &result)
        return result
    }

    private func appendRawText(to result: inout String) {
        for child in children {
            switch child {
            case .text(let text): result += text
            case .element(let element): element.appendRawText(to: &result)
            }
        }
    }

    /// Visits this element and its descendant elements in document order. Returning `false` from
    /// `body` skips the element's descendants.
    func walk(_ body: (HTMLElement) -> Bool) {
        guard body(self) else { return }
        for case .element(let child) in children {
            child.walk(body)
        }
    }

    /// The first element, in document order, that satisfies `predicate`.
    func first(where predicate: (HTMLElement) -> Bool) -> HTMLElement? {
        var found: HTMLElement?
        walk { element in
            if found != nil { return false }
            if predicate(element) {
                found = element
                return false
            }
            return true
        }
        return found
    }

    /// Every element, in document order, that satisfies `predicate`.
    func all(where predicate: (HTMLElement) -> Bool) -> [HTMLElement] {
        var found: [HTMLElement] = []
        walk { element in
            if predicate(element) { found.append(element) }
            return true
        }
        return found
    }
}
