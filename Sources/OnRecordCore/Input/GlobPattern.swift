/// A shell-style file pattern, as used by `--include` and `--exclude`.
///
/// Syntax (fnmatch-like, matched against `/`-separated paths):
/// - `*` matches any run of characters within one path segment (never `/`);
/// - `?` matches exactly one character other than `/`;
/// - `[abc]`, `[a-z]`, `[!a-z]` (or `[^a-z]`) match one character from (or not from) a set;
/// - `**` as a whole segment matches zero or more segments (`2022/**/*.md`, `**/drafts/**`);
/// - `\` makes the next character literal.
///
/// A pattern without any `/` is matched against the file name only, so `*.md` finds Markdown files at
/// any depth (the rule `.gitignore` uses). A pattern with a `/` is matched against the whole path
/// relative to the folder being walked. Matching is case-sensitive, like the file systems it runs on.
public struct GlobPattern: Hashable, Sendable {
    /// The pattern as written.
    public let pattern: String
    /// Whether the pattern applies to the file name only (it has no `/`).
    public let matchesFileNameOnly: Bool
    private let segments: [Segment]

    private enum Segment: Hashable, Sendable {
        case anyDepth
        case pieces([Piece])
    }

    private enum Piece: Hashable, Sendable {
        case literal(Character)
        case anyOne
        case anyRun
        case set([ClosedRange<Character>], negated: Bool)
    }

    /// Compiles a pattern. Every string is a valid pattern; an unclosed `[` is taken literally.
    ///
    /// - Parameter pattern: The pattern, for example `"**/2022-*.md"`.
    public init(_ pattern: String) {
        self.pattern = pattern
        var trimmed = Substring(pattern)
        while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
        self.matchesFileNameOnly = !trimmed.contains("/")
        self.segments = trimmed.split(separator: "/", omittingEmptySubsequences: true).map { segment in
            segment == "**" ? .anyDepth : .pieces(Self.compile(segment))
        }
    }

    /// Whether `path` matches.
    ///
    /// - Parameter path: A relative path with `/` separators, such as `2022/march/talks.md`. For a
    ///   file-name-only pattern, only its last segment is considered.
    /// - Returns: `true` if the pattern matches the whole path (or name).
    public func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map { Array($0) }
        if matchesFileNameOnly {
            guard let name = parts.last else { return false }
            return Self.match(segments: segments[...], parts: [name][...])
        }
        return Self.match(segments: segments[...], parts: parts[...])
    }

    private static func match(segments: ArraySlice<Segment>, parts: ArraySlice<[Character]>) -> Bool {
        guard let first = segments.first else { return parts.isEmpty }
        switch first {
        case .anyDepth:
            let rest = segments.dropFirst()
            var remaining = parts
            while true {
                if match(segments: rest, parts: remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        case .pieces(let pieces):
            guard let part = parts.first, matchSegment(pieces[...], part[...]) else { return false }
            return match(segments: segments.dropFirst(), parts: parts.dropFirst())
        }
    }

    /// Matches one segment with the classic greedy-star backtracking loop (linear in practice).
    private static func matchSegment(_ pieces: ArraySlice<Piece>, _ text: ArraySlice<Character>) -> Bool {
        var p = pieces.startIndex
        var t = text.startIndex
        var starPiece: Int?
        var starText = t
        while t < text.endIndex {
            if p < pieces.endIndex {
                switch pieces[p] {
                case .anyRun:
                    starPiece = p
                    starText = t
                    p += 1
                    continue
                case .anyOne:
                    p += 1
                    t += 1
                    continue
                case .literal(let character) where character == text[t]:
                    p += 1
                    t += 1
                    continue
                case .set(let ranges, let negated) where ranges.contains { $0.contains(text[t]) } != negated:
                    p += 1
                    t += 1
                    continue
                default:
                    break
                }
            }
            guard let star = starPiece else { return false }
            p = star + 1
            starText += 1
            t = starText
        }
        while p < pieces.endIndex, pieces[p] == .anyRun { p += 1 }
        return p == pieces.endIndex
    }

    private static func compile(_ segment: Substring) -> [Piece] {
        let characters = Array(segment)
        var pieces: [Piece] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "*":
                if pieces.last != .anyRun { pieces.append(.anyRun) }
            case "?":
                pieces.append(.anyOne)
            case "\\" where index + 1 < characters.count:
                index += 1
                pieces.append(.literal(characters[index]))
            case "[":
                if let (set, end) = compileSet(characters, from: index) {
                    pieces.append(set)
                    index = end
                } else {
                    pieces.append(.literal("["))
                }
            default:
                pieces.append(.literal(character))
            }
            index += 1
        }
        return pieces
    }

    /// Parses `[...]` starting at `start`; returns the piece and the index of the closing `]`.
    private static func compileSet(_ characters: [Character], from start: Int) -> (Piece, Int)? {
        var index = start + 1
        var negated = false
        if index < characters.count, characters[index] == "!" || characters[index] == "^" {
            negated = true
            index += 1
        }
        var ranges: [ClosedRange<Character>] = []
        var isFirst = true
        while index < characters.count {
            let character = characters[index]
            if character == "]" && !isFirst {
                return (.set(ranges, negated: negated), index)
            }
            isFirst = false
            if index + 2 < characters.count, characters[index + 1] == "-", characters[index + 2] != "]" {
                let upper = characters[index + 2]
                if character <= upper { ranges.append(character...upper) }
                index += 3
            } else {
                ranges.append(character...character)
                index += 1
            }
        }
        return nil
    }
}
