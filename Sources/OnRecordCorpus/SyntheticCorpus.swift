public import Foundation

/// Generates synthetic news articles for benchmarks and load tests, deterministically from a seed.
///
/// Each article is about 5 KB of wire-style prose: front matter (or HTML meta tags), a headline and
/// eight to twelve paragraphs, with a realistic mix of direct quotes ("…," Name said), quotes split by
/// their attribution, reported speech (Name said that …), "according to" clauses and paragraphs with no
/// statement at all, several speakers per article drawn from a fixed pool, and dates. The same seed and
/// index always give the same bytes, so benchmark corpora can be rebuilt exactly.
public struct SyntheticCorpus: Sendable {
    /// The file formats the generator writes.
    public enum Format: String, Sendable, CaseIterable {
        /// Markdown with a front matter block.
        case markdown = "md"
        /// A saved web page with Open Graph and `article:published_time` meta tags.
        case html
        /// Plain text with front matter.
        case text = "txt"
    }

    /// The seed every article derives from.
    public var seed: UInt64
    /// Formats in rotation, weighted by repetition (`[.markdown, .markdown, .html]` is two-thirds Markdown).
    public var formats: [Format]

    /// Creates a generator.
    public init(seed: UInt64 = 1, formats: [Format] = [.markdown, .markdown, .markdown, .html, .text]) {
        self.seed = seed
        self.formats = formats.isEmpty ? [.markdown] : formats
    }

    /// One generated article: where to put it and its bytes.
    public struct File: Sendable {
        /// A relative path such as `0003/article-003141.md` (a thousand files per folder).
        public var relativePath: String
        /// The file's contents.
        public var contents: String
    }

    /// The article with number `index` (0-based).
    public func article(_ index: Int) -> File {
        var random = SplitMix64(seed: seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        let format = formats[random.next(below: formats.count)]
        let topic = Vocabulary.topics[random.next(below: Vocabulary.topics.count)]
        let outlet = Vocabulary.outlets[random.next(below: Vocabulary.outlets.count)]
        let day = 1 + random.next(below: 28)
        let month = 1 + random.next(below: 12)
        let year = 2019 + random.next(below: 6)
        let date = String(format: "%04d-%02d-%02d", year, month, day)
        let speakerCount = 2 + random.next(below: 3)
        var speakers: [Speaker] = []
        while speakers.count < speakerCount {
            let candidate = Vocabulary.speakers[random.next(below: Vocabulary.speakers.count)]
            if !speakers.contains(where: { $0.name == candidate.name }) { speakers.append(candidate) }
        }
        let title = "\(speakers[0].surname) \(topic.headlineVerb) \(topic.subject)"
        let url = "https://\(outlet.domain)/\(year)/\(String(format: "%02d", month))/\(topic.slug)-\(index)"
        var paragraphs: [String] = []
        var bytes = 0
        var mentioned = Set<String>()
        while bytes < 4_600 {
            let paragraph = makeParagraph(
                topic: topic, speakers: speakers, mentioned: &mentioned, date: date, random: &random)
            bytes += paragraph.utf8.count + 2
            paragraphs.append(paragraph)
        }
        let folder = String(format: "%04d", index / 1000)
        let name = String(format: "article-%06d", index)
        let contents: String
        switch format {
        case .markdown, .text:
            contents =
                "---\ntitle: \(title)\nurl: \(url)\noutlet: \(outlet.name)\npublished: \(date)\nauthor: \(Vocabulary.bylines[index % Vocabulary.bylines.count])\n---\n\n"
                + (format == .markdown ? "# \(title)\n\n" : "") + paragraphs.joined(separator: "\n\n") + "\n"
        case .html:
            contents = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>\(title) | \(outlet.name)</title>
                <meta property="og:title" content="\(title)">
                <meta property="og:url" content="\(url)">
                <meta property="og:site_name" content="\(outlet.name)">
                <meta property="article:published_time" content="\(date)T09:30:00Z">
                <style>body { font-family: serif; }</style><script>window.analytics = [];</script></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>\(title)</h1><p class="byline">By \(Vocabulary.bylines[index % Vocabulary.bylines.count])</p>
                \(paragraphs.map { "<p>\(escape($0))</p>" }.joined(separator: "\n"))
                </article><aside class="related"><a href="/more">More on \(topic.subject)</a></aside>
                <footer>© \(outlet.name)</footer></body></html>

                """
        }
        return File(relativePath: "\(folder)/\(name).\(format.rawValue)", contents: contents)
    }

    /// Writes articles `0..<count` under `folder`, creating subfolders.
    ///
    /// - Returns: The number of bytes written.
    /// - Throws: File system errors.
    @discardableResult
    public func write(count: Int, to folder: URL) throws -> Int {
        var total = 0
        var created = Set<String>()
        for index in 0..<count {
            let file = article(index)
            let url = folder.appendingPathComponent(file.relativePath)
            let parent = url.deletingLastPathComponent().path
            if created.insert(parent).inserted {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            }
            let data = Data(file.contents.utf8)
            try data.write(to: url)
            total += data.count
        }
        return total
    }

    private func makeParagraph(
        topic: Topic, speakers: [Speaker], mentioned: inout Set<String>, date: String, random: inout SplitMix64
    ) -> String {
        let speaker = speakers[random.next(below: speakers.count)]
        let isFirst = mentioned.insert(speaker.name).inserted
        let fullReference = "\(speaker.title) \(speaker.name)"
        let reference = isFirst ? fullReference : speaker.surname
        let claimIndex = random.next(below: topic.claims.count)
        let claim = topic.claims[claimIndex]
        let other = topic.claims[(claimIndex + 1 + random.next(below: topic.claims.count - 1)) % topic.claims.count]
        let filler = topic.background[random.next(below: topic.background.count)]
        let filler2 = Vocabulary.generic[random.next(below: Vocabulary.generic.count)]
        let cue = Vocabulary.cues[random.next(below: Vocabulary.cues.count)]
        // About three paragraphs in ten carry a statement, and some carry two: roughly ten statements
        // per 5 KB article, as in wire copy built around a briefing.
        switch random.next(below: 20) {
        case 0:
            return "“\(claim.capitalizedFirst),” \(reference) \(cue). \(filler)"
        case 1:
            return "\(reference) \(cue) that \(other). \(filler) \(filler2)"
        case 2:
            return
                "“\(claim.capitalizedFirst),” \(reference) \(cue) on \(Vocabulary.weekdays[random.next(below: 5)]). “\(other.capitalizedFirst).”"
        case 3:
            return "\(filler) According to \(reference), \(other). \(filler2)"
        case 4:
            return
                "\(fullReference.capitalizedFirst) \(cue): “\(claim.capitalizedFirst). \(other.capitalizedFirst).” \(filler)"
        case 5:
            return "“\(claim.capitalizedFirst),” \(reference) \(cue), “and \(other).” \(filler2)"
        default:
            return "\(filler) \(filler2) The figures were published on \(date)."
        }
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }
}

/// A small, fast, seedable random number generator (SplitMix64), so corpora do not depend on the platform.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: Int) -> Int {
        Int(next() % UInt64(max(1, bound)))
    }
}

struct Speaker: Sendable {
    var title: String
    var name: String
    var surname: String { String(name.split(separator: " ").last ?? Substring(name)) }
}

struct Outlet: Sendable {
    var name: String
    var domain: String
}

struct Topic: Sendable {
    var slug: String
    var subject: String
    var headlineVerb: String
    var claims: [String]
    var background: [String]
}

extension String {
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
