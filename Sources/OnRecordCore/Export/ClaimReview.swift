/// A reviewed claim with everything its schema.org `ClaimReview` needs, as the store assembles it.
public struct ClaimReviewItem: Hashable, Sendable {
    /// Where the claim appeared: one of the documents the statement was found in or logged from.
    public struct Appearance: Hashable, Sendable {
        /// The page, if the source has a web address.
        public var url: String?
        /// The headline, or a description such as "press conference, Kyiv".
        public var name: String?
        /// The outlet that published it.
        public var outlet: String?
        /// When it was published (ISO-8601).
        public var publishedAt: String?

        /// Creates an appearance.
        public init(url: String?, name: String?, outlet: String?, publishedAt: String?) {
            self.url = url
            self.name = name
            self.outlet = outlet
            self.publishedAt = publishedAt
        }
    }

    /// The verdict.
    public var review: StatementReview
    /// The claim's current wording (a person's correction if there is one).
    public var claim: String
    /// Who made the claim, if known.
    public var speaker: String?
    /// Whether the speaker is a person, an organization or not known.
    public var speakerKind: ActorKind
    /// The day the claim was made, if known.
    public var statedOn: String?
    /// Every document the claim was found in, earliest first; the first is its first appearance.
    public var appearances: [Appearance]

    /// Creates an item.
    public init(
        review: StatementReview, claim: String, speaker: String?, speakerKind: ActorKind, statedOn: String?,
        appearances: [Appearance]
    ) {
        self.review = review
        self.claim = claim
        self.speaker = speaker
        self.speakerKind = speakerKind
        self.statedOn = statedOn
        self.appearances = appearances
    }
}

/// Encodes verdicts as schema.org `ClaimReview` JSON-LD, the format fact-checkers publish and Google's
/// Fact Check Tools read.
///
/// Each object carries `@context`, `url`, `claimReviewed`, `datePublished`, `author` (the fact-checking
/// `Organization` with `name` and `url`), `reviewRating` (`Rating` with `alternateName` and, for verdicts
/// with a number, `ratingValue`, `bestRating` and `worstRating`; the summary as `ratingExplanation`) and
/// `itemReviewed`, a `Claim` with its `author` (`Person` or `Organization`), `datePublished` and
/// `appearance`/`firstAppearance` (`CreativeWork`s from the statement's provenance). Unknown facts are left
/// out rather than written as `null`.
public enum ClaimReviewEncoder {
    /// The JSON-LD object of one verdict.
    ///
    /// - Parameter item: The verdict and its claim.
    /// - Returns: An ordered JSON object.
    public static func object(for item: ClaimReviewItem) -> JSONValue {
        let review = item.review
        var members: [(key: String, value: JSONValue)] = [
            ("@context", "https://schema.org"),
            ("@type", "ClaimReview"),
            ("url", .string(review.url)),
            ("datePublished", .string(review.reviewedOn)),
            ("claimReviewed", .string(item.claim)),
        ]
        var author: [(key: String, value: JSONValue)] = [("@type", "Organization"), ("name", .string(review.reviewer))]
        if let url = review.reviewerURL { author.append(("url", .string(url))) }
        members.append(("author", .object(author)))

        var rating: [(key: String, value: JSONValue)] = [("@type", "Rating")]
        if let value = review.ratingValue, let best = review.bestRating, let worst = review.worstRating {
            rating += [
                ("ratingValue", .int(Int64(value))), ("bestRating", .int(Int64(best))),
                ("worstRating", .int(Int64(worst))),
            ]
        }
        rating += [("alternateName", .string(review.rating)), ("ratingExplanation", .string(review.summary))]
        members.append(("reviewRating", .object(rating)))

        var claim: [(key: String, value: JSONValue)] = [("@type", "Claim")]
        if let speaker = item.speaker {
            claim.append(
                (
                    "author",
                    .object([
                        ("@type", .string(item.speakerKind == .organization ? "Organization" : "Person")),
                        ("name", .string(speaker)),
                    ])
                ))
        }
        if let statedOn = item.statedOn { claim.append(("datePublished", .string(statedOn))) }
        let appearances = item.appearances.map(creativeWork)
        if let first = appearances.first {
            claim.append(("firstAppearance", first))
            claim.append(("appearance", .array(appearances)))
        }
        members.append(("itemReviewed", .object(claim)))
        return .object(members)
    }

    /// A JSON array of the verdicts' objects, one per line, ready to publish or load.
    ///
    /// - Parameter items: The verdicts.
    /// - Returns: The array's text, ending in a newline.
    public static func document(for items: [ClaimReviewItem]) -> String {
        guard !items.isEmpty else { return "[]\n" }
        return "[\n" + items.map { object(for: $0).serialized() }.joined(separator: ",\n") + "\n]\n"
    }

    private static func creativeWork(_ appearance: ClaimReviewItem.Appearance) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("@type", "CreativeWork")]
        if let url = appearance.url { members.append(("url", .string(url))) }
        if let name = appearance.name { members.append(("name", .string(name))) }
        if let published = appearance.publishedAt { members.append(("datePublished", .string(published))) }
        if let outlet = appearance.outlet {
            members.append(("publisher", .object([("@type", "Organization"), ("name", .string(outlet))])))
        }
        return .object(members)
    }
}
