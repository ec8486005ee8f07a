/// A fact-checker's rating scale: named verdicts, best first, with the numbers ClaimReview publishes.
///
/// ClaimReview's `Rating` carries a textual verdict (`alternateName`, the only part Google shows) and,
/// for numeric scales, `ratingValue` between `worstRating` and `bestRating`. Google requires
/// `worstRating >= 1` and `bestRating > worstRating`. A verdict outside the true-false axis, such as
/// "Unverifiable", has no number: placing it anywhere on the scale would claim a degree of truth, so it is
/// published by name only and its `ratingValue`, `bestRating` and `worstRating` are left out.
///
/// The default scale numbers True 6, Mostly true 5, Half true 4, Mostly false 3, False 2, Pants on fire 1.
public struct RatingScale: Hashable, Sendable {
    /// One verdict on the scale.
    public struct Rating: Hashable, Sendable {
        /// The verdict as published ("Mostly false").
        public var name: String
        /// Its number, or `nil` for a verdict outside the true-false axis.
        public var value: Int?

        /// Creates a verdict.
        public init(name: String, value: Int?) {
            self.name = name
            self.value = value
        }
    }

    /// The scale's name ("default").
    public var name: String
    /// Its verdicts, best first.
    public var ratings: [Rating]

    /// Creates a scale.
    public init(name: String, ratings: [Rating]) {
        self.name = name
        self.ratings = ratings
    }

    /// The scale used when none is named.
    public static let defaultName = "default"

    /// The highest number on the scale (ClaimReview `bestRating`), if the scale is numeric.
    public var bestRating: Int? { ratings.compactMap(\.value).max() }

    /// The lowest number on the scale (ClaimReview `worstRating`), if the scale is numeric.
    public var worstRating: Int? { ratings.compactMap(\.value).min() }

    /// The verdict called `name`, ignoring case and surrounding spaces.
    public func rating(named name: String) -> Rating? {
        let wanted = Self.fold(name)
        return ratings.first { Self.fold($0.name) == wanted }
    }

    private static func fold(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    /// Reads a scale file: one verdict per line, best first; `#` starts a comment.
    ///
    /// A line is `Name`, `Name = 4` or `Name = none`. When no line gives a number, the named lines are
    /// numbered from the count of numbered lines (best) down to 1 (worst); `none` lines stay without a number.
    /// When any line gives a number, every line must give one (or `none`).
    ///
    /// - Parameters:
    ///   - text: The file's contents.
    ///   - name: The name the scale is stored under.
    /// - Throws: ``RatingScaleError`` naming the line that is wrong.
    public static func parse(_ text: String, name: String) throws(RatingScaleError) -> RatingScale {
        var entries: [(name: String, value: String?, line: Int)] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = line.trimmedOfSpaces()
            if trimmed.isEmpty { continue }
            let parts = trimmed.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let verdict = parts[0].trimmedOfSpaces()
            if verdict.isEmpty { throw .invalidLine(number: index + 1, reason: "the verdict has no name") }
            entries.append((verdict, parts.count > 1 ? parts[1].trimmedOfSpaces() : nil, index + 1))
        }
        if entries.isEmpty { throw .empty }
        let isExplicit = entries.contains { $0.value.map { $0.lowercased() != "none" } ?? false }
        var ratings: [Rating] = []
        var next = entries.filter { $0.value == nil }.count
        for entry in entries {
            let value: Int?
            switch entry.value?.lowercased() {
            case "none":
                value = nil
            case nil:
                if isExplicit {
                    throw .invalidLine(
                        number: entry.line, reason: "give '\(entry.name)' a number or 'none' like the other lines")
                }
                value = next
                next -= 1
            case .some(let number):
                guard let parsed = Int(number), parsed >= 1 else {
                    throw .invalidLine(number: entry.line, reason: "'\(number)' is not a whole number of at least 1")
                }
                value = parsed
            }
            if ratings.contains(where: { fold($0.name) == fold(entry.name) }) {
                throw .invalidLine(number: entry.line, reason: "'\(entry.name)' appears twice")
            }
            ratings.append(Rating(name: entry.name, value: value))
        }
        let scale = RatingScale(name: name, ratings: ratings)
        if let best = scale.bestRating, let worst = scale.worstRating, best == worst {
            throw .notAScale(reason: "a numeric scale needs at least two different numbers")
        }
        return scale
    }
}

/// Why a rating scale file cannot be used.
public enum RatingScaleError: Error, Equatable, Sendable {
    /// The file lists no verdicts.
    case empty
    /// A line is malformed.
    case invalidLine(number: Int, reason: String)
    /// The numbers do not form a scale.
    case notAScale(reason: String)
}

extension Substring {
    fileprivate func trimmedOfSpaces() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}

/// A verdict recorded on a statement.
public struct StatementReview: Hashable, Sendable {
    /// The review's id.
    public var id: Int64
    /// The statement reviewed.
    public var statementID: Int64
    /// The verdict's name (ClaimReview `alternateName`).
    public var rating: String
    /// Its number, if the verdict has one.
    public var ratingValue: Int?
    /// The scale's best number, when the verdict has a number.
    public var bestRating: Int?
    /// The scale's worst number, when the verdict has a number.
    public var worstRating: Int?
    /// The scale the verdict comes from.
    public var scale: String
    /// The fact-checking organization.
    public var reviewer: String
    /// The organization's web site.
    public var reviewerURL: String?
    /// The fact-check article.
    public var url: String
    /// The fact-check in a sentence or two.
    public var summary: String
    /// The day the fact-check was published, `YYYY-MM-DD`.
    public var reviewedOn: String
    /// When it was recorded (ISO-8601 UTC).
    public var createdAt: String

    /// Creates a review.
    public init(
        id: Int64, statementID: Int64, rating: String, ratingValue: Int?, bestRating: Int?, worstRating: Int?,
        scale: String, reviewer: String, reviewerURL: String?, url: String, summary: String, reviewedOn: String,
        createdAt: String
    ) {
        self.id = id
        self.statementID = statementID
        self.rating = rating
        self.ratingValue = ratingValue
        self.bestRating = bestRating
        self.worstRating = worstRating
        self.scale = scale
        self.reviewer = reviewer
        self.reviewerURL = reviewerURL
        self.url = url
        self.summary = summary
        self.reviewedOn = reviewedOn
        self.createdAt = createdAt
    }
}

/// A verdict to record: `onrecord review`'s options.
public struct ReviewRequest: Hashable, Sendable {
    /// The verdict's name; must be on the scale.
    public var rating: String
    /// The fact-checking organization.
    public var reviewer: String
    /// The organization's web site; when `nil`, the fact-check URL's origin is used.
    public var reviewerURL: String?
    /// The fact-check article.
    public var url: String
    /// The fact-check in a sentence or two.
    public var summary: String
    /// The day the fact-check was published, `YYYY-MM-DD`.
    public var reviewedOn: String

    /// Creates a request.
    public init(
        rating: String, reviewer: String, reviewerURL: String? = nil, url: String, summary: String,
        reviewedOn: String
    ) {
        self.rating = rating
        self.reviewer = reviewer
        self.reviewerURL = reviewerURL
        self.url = url
        self.summary = summary
        self.reviewedOn = reviewedOn
    }
}
