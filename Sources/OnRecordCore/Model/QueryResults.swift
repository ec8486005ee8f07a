import Foundation

/// A named subject defined by a full-text query, with how many statements it tags.
public struct TopicSummary: Hashable, Codable, Sendable {
    /// The topic's id.
    public var id: Int64
    /// The name users type after `--topic`.
    public var name: String
    /// The FTS5 query that decides which statements belong to the topic.
    public var query: String
    /// Active statements tagged with the topic.
    public var statementCount: Int
    /// The earliest tagged statement's date, if any.
    public var firstStatedOn: String?
    /// The latest tagged statement's date, if any.
    public var lastStatedOn: String?

    /// Creates a summary.
    public init(
        id: Int64, name: String, query: String, statementCount: Int, firstStatedOn: String?, lastStatedOn: String?
    ) {
        self.id = id
        self.name = name
        self.query = query
        self.statementCount = statementCount
        self.firstStatedOn = firstStatedOn
        self.lastStatedOn = lastStatedOn
    }
}

/// One search result: the statement, its relevance and the matching passage.
public struct SearchHit: Hashable, Sendable {
    /// The statement.
    public var row: StatementRow
    /// The statement text with matches wrapped in ``SearchHit/matchStart`` and ``SearchHit/matchEnd``
    /// (long texts are cut around the matches with "…").
    public var snippet: String
    /// bm25 relevance (lower is better, as SQLite reports it), or `nil` for fuzzy matches.
    public var score: Double?
    /// For fuzzy matches, the share of the query's words the statement contains (0 to 1).
    public var similarity: Double?

    /// Marks the start of a matched word in ``snippet``.
    public static let matchStart = "["
    /// Marks the end of a matched word in ``snippet``.
    public static let matchEnd = "]"

    /// Creates a hit.
    public init(row: StatementRow, snippet: String, score: Double?, similarity: Double?) {
        self.row = row
        self.snippet = snippet
        self.score = score
        self.similarity = similarity
    }
}

/// The answer to a search: hits, and whether they came from the fuzzy fallback.
public struct SearchResult: Hashable, Sendable {
    /// Best matches first.
    public var hits: [SearchHit]
    /// `true` when no statement had every word, and the hits are statements sharing the most words.
    public var isFuzzy: Bool

    /// When more statements matched than the ranking window, how many of the most recently stored
    /// matches were ranked (the rest were not considered); `nil` when every match was ranked.
    public var rankedWindow: Int?

    /// Creates a result.
    public init(hits: [SearchHit], isFuzzy: Bool, rankedWindow: Int? = nil) {
        self.hits = hits
        self.isFuzzy = isFuzzy
        self.rankedWindow = rankedWindow
    }
}

/// How search text is read.
public enum SearchSyntax: Hashable, Sendable {
    /// Every word must appear, in any order; punctuation and operators are plain text.
    case allWords
    /// SQLite FTS5 syntax as typed: `"phrases"`, `prefix*`, `OR`, `NOT`, `NEAR(a b, 5)`.
    case fts5
}

/// One appearance of a quote in the database, within a ``QuoteOrigin``.
public struct QuoteAppearance: Hashable, Sendable {
    /// The statement.
    public var row: StatementRow
    /// Word similarity to the earliest appearance (1 = same words).
    public var similarity: Double
    /// The word diff from the earliest appearance, `[-removed-] {+added+}`; empty when the words match.
    public var diff: String

    /// Whether this appearance only quotes more or less of the same words (at the start or end).
    public var isExcerpt: Bool

    /// Whether the wording differs from the earliest appearance inside the quote: a possible misquote.
    public var differs: Bool { !diff.isEmpty && !isExcerpt }

    /// Creates an appearance.
    public init(row: StatementRow, similarity: Double, diff: String, isExcerpt: Bool = false) {
        self.row = row
        self.similarity = similarity
        self.diff = diff
        self.isExcerpt = isExcerpt
    }
}

/// Every appearance of a quote, earliest first: where it originated and who carried it later.
public struct QuoteOrigin: Hashable, Sendable {
    /// The text searched for (the user's, or the statement's for `--id`).
    public var query: String
    /// Appearances in order of publication; the first is the earliest known.
    public var appearances: [QuoteAppearance]

    /// Creates an origin report.
    public init(query: String, appearances: [QuoteAppearance]) {
        self.query = query
        self.appearances = appearances
    }
}

/// A statement in a timeline, with its topics and its period.
public struct TimelineEntry: Hashable, Sendable {
    /// The statement.
    public var row: StatementRow
    /// Names of the topics the statement is tagged with.
    public var topics: [String]
    /// The period label (`2022-03`, `2022-W11`, `2022`) when grouping, else `nil`.
    public var period: String?
    /// Statements in the same period, when grouping.
    public var periodCount: Int?
    /// `first: T` / `latest: T` for each topic this statement opens or closes.
    public var marks: [String]

    /// Creates an entry.
    public init(
        row: StatementRow, topics: [String], period: String? = nil, periodCount: Int? = nil, marks: [String] = []
    ) {
        self.row = row
        self.topics = topics
        self.period = period
        self.periodCount = periodCount
        self.marks = marks
    }
}

/// A topic's first and latest statement within a timeline.
public struct TopicSpan: Hashable, Sendable {
    /// The topic's name.
    public var topic: String
    /// Statements in the timeline tagged with it.
    public var count: Int
    /// The earliest.
    public var first: StatementRow
    /// The most recent.
    public var latest: StatementRow

    /// Creates a span.
    public init(topic: String, count: Int, first: StatementRow, latest: StatementRow) {
        self.topic = topic
        self.count = count
        self.first = first
        self.latest = latest
    }
}

/// An actor's statements over time: entries in date order, per-period counts and per-topic spans.
public struct TimelineReport: Hashable, Sendable {
    /// The actor.
    public var actor: ActorSummary
    /// Statements, oldest first (undated last).
    public var entries: [TimelineEntry]
    /// Every period from the first to the last statement with its count, gaps included (empty when
    /// not grouping).
    public var periods: [(label: String, count: Int)]
    /// Each topic's first and latest statement, by topic name.
    public var topicSpans: [TopicSpan]

    /// Builds the report from rows in date order and their topics.
    ///
    /// - Parameters:
    ///   - actor: Whose timeline it is.
    ///   - rows: Statements in date order, each with its topic names.
    ///   - period: Group by week, month or year, or `nil` for no grouping.
    public init(actor: ActorSummary, rows: [(row: StatementRow, topics: [String])], by period: TimelinePeriod?) {
        self.actor = actor
        var entries = rows.map { TimelineEntry(row: $0.row, topics: $0.topics) }
        var periods: [(label: String, count: Int)] = []
        if let period {
            var counts: [String: Int] = [:]
            for index in entries.indices {
                let label = entries[index].row.statedOn.flatMap(period.label(for:)) ?? "undated"
                entries[index].period = label
                counts[label, default: 0] += 1
            }
            for index in entries.indices {
                entries[index].periodCount = entries[index].period.flatMap { counts[$0] }
            }
            let dated = entries.compactMap(\.row.statedOn).filter { period.label(for: $0) != nil }
            if let first = dated.first, let last = dated.last {
                periods = period.labels(from: first, through: last).map { ($0, counts[$0] ?? 0) }
            }
        }
        var firstIndex: [String: Int] = [:]
        var lastIndex: [String: Int] = [:]
        var counts: [String: Int] = [:]
        var order: [String] = []
        for (index, entry) in entries.enumerated() {
            for topic in entry.topics {
                if firstIndex[topic] == nil {
                    firstIndex[topic] = index
                    order.append(topic)
                }
                lastIndex[topic] = index
                counts[topic, default: 0] += 1
            }
        }
        var spans: [TopicSpan] = []
        for topic in order.sorted(by: { $0.localizedCaseInsensitiveCompare($1) == .orderedAscending }) {
            guard let first = firstIndex[topic], let last = lastIndex[topic] else { continue }
            entries[first].marks.append("first: \(topic)")
            if last != first { entries[last].marks.append("latest: \(topic)") }
            spans.append(
                TopicSpan(topic: topic, count: counts[topic] ?? 0, first: entries[first].row, latest: entries[last].row)
            )
        }
        self.entries = entries
        self.periods = periods
        self.topicSpans = spans
    }

    /// Compares reports field by field.
    public static func == (lhs: TimelineReport, rhs: TimelineReport) -> Bool {
        lhs.actor == rhs.actor && lhs.entries == rhs.entries && lhs.topicSpans == rhs.topicSpans
            && lhs.periods.map(\.label) == rhs.periods.map(\.label)
            && lhs.periods.map(\.count) == rhs.periods.map(\.count)
    }

    /// Hashes the entries (enough to tell reports apart).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(actor)
        hasher.combine(entries)
    }
}

/// How a timeline groups statements.
public enum TimelinePeriod: String, CaseIterable, Codable, Sendable {
    /// ISO weeks, labelled `2022-W09`.
    case week
    /// Calendar months, labelled `2022-03`.
    case month
    /// Calendar years, labelled `2022`.
    case year

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }()

    /// The period a day falls in.
    ///
    /// - Parameter day: `YYYY-MM-DD` (anything after the tenth character is ignored).
    /// - Returns: The label, or `nil` when `day` is not a date.
    public func label(for day: String) -> String? {
        guard let (year, month, dayOfMonth) = Self.parse(day) else { return nil }
        switch self {
        case .year:
            return String(format: "%04d", year)
        case .month:
            return String(format: "%04d-%02d", year, month)
        case .week:
            guard let date = Self.calendar.date(from: DateComponents(year: year, month: month, day: dayOfMonth))
            else { return nil }
            let parts = Self.calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
            guard let weekYear = parts.yearForWeekOfYear, let week = parts.weekOfYear else { return nil }
            return String(format: "%04d-W%02d", weekYear, week)
        }
    }

    /// Every period label from the one containing `first` to the one containing `last`, in order.
    ///
    /// - Parameters:
    ///   - first: The earliest day, `YYYY-MM-DD`.
    ///   - last: The latest day, `YYYY-MM-DD`.
    /// - Returns: The labels; empty when either day is not a date.
    public func labels(from first: String, through last: String) -> [String] {
        guard let (y1, m1, d1) = Self.parse(first), let (y2, m2, d2) = Self.parse(last),
            var date = Self.calendar.date(from: DateComponents(year: y1, month: m1, day: d1)),
            let end = Self.calendar.date(from: DateComponents(year: y2, month: m2, day: d2)),
            let endLabel = label(for: last)
        else { return [] }
        let step: DateComponents
        switch self {
        case .week: step = DateComponents(day: 7)
        case .month:
            step = DateComponents(month: 1)
            date = Self.calendar.date(from: DateComponents(year: y1, month: m1, day: 1)) ?? date
        case .year:
            step = DateComponents(year: 1)
            date = Self.calendar.date(from: DateComponents(year: y1, month: 1, day: 1)) ?? date
        }
        var labels: [String] = []
        // Bounded: a malformed range must not loop forever.
        while labels.count < 100_000 {
            let parts = Self.calendar.dateComponents([.year, .month, .day], from: date)
            guard let year = parts.year, let month = parts.month, let day = parts.day,
                let label = label(for: String(format: "%04d-%02d-%02d", year, month, day))
            else { break }
            if labels.last != label { labels.append(label) }
            if label == endLabel || date > end { break }
            guard let next = Self.calendar.date(byAdding: step, to: date) else { break }
            date = next
        }
        return labels
    }

    private static func parse(_ day: String) -> (Int, Int, Int)? {
        let parts = day.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let dayOfMonth = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(dayOfMonth)
        else { return nil }
        return (year, month, dayOfMonth)
    }
}

/// Renders counts as a one-line bar chart (▁▂▃▄▅▆▇█), for terminals.
public enum Sparkline {
    /// One character per count, scaled to the largest; zero is a space-like `·`.
    ///
    /// - Parameter counts: Non-negative counts.
    /// - Returns: The sparkline.
    public static func render(_ counts: [Int]) -> String {
        let bars = Array("▁▂▃▄▅▆▇█")
        let top = max(1, counts.max() ?? 1)
        return String(
            counts.map { count in
                guard count > 0 else { return "·" }
                return bars[min(bars.count - 1, (count * bars.count - 1) / top)]
            })
    }
}
