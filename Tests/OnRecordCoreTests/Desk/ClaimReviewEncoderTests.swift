import Foundation
import OnRecordCore
import Testing

struct ClaimReviewEncoderTests {
    static func item(rating: String, value: Int?) -> ClaimReviewItem {
        ClaimReviewItem(
            review: StatementReview(
                id: 1, statementID: 7, rating: rating, ratingValue: value, bestRating: value == nil ? nil : 6,
                worstRating: value == nil ? nil : 1, scale: "default", reviewer: "Fact Desk",
                reviewerURL: "https://facts.test", url: "https://facts.test/1", summary: "Explained.",
                reviewedOn: "2022-05-01", createdAt: "2022-05-01T10:00:00Z"),
            claim: "Prices fell.", speaker: "Ministry of Finance", speakerKind: .organization, statedOn: "2022-04-04",
            appearances: [
                .init(url: "https://news.test/a", name: "Budget news", outlet: "News", publishedAt: "2022-04-04"),
                .init(url: nil, name: "press conference", outlet: nil, publishedAt: "2022-04-05"),
            ])
    }

    @Test func numericVerdictHasTheFullRatingAndProvenance() throws {
        let json = ClaimReviewEncoder.object(for: Self.item(rating: "Mostly false", value: 3)).serialized()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["@type"] as? String == "ClaimReview")
        #expect(object["@context"] as? String == "https://schema.org")
        #expect(object["claimReviewed"] as? String == "Prices fell.")
        let rating = try #require(object["reviewRating"] as? [String: Any])
        #expect(rating["ratingValue"] as? Int == 3)
        #expect(rating["bestRating"] as? Int == 6)
        #expect(rating["worstRating"] as? Int == 1)
        #expect(rating["alternateName"] as? String == "Mostly false")
        let claim = try #require(object["itemReviewed"] as? [String: Any])
        let author = try #require(claim["author"] as? [String: Any])
        #expect(author["@type"] as? String == "Organization")
        let first = try #require(claim["firstAppearance"] as? [String: Any])
        #expect(first["url"] as? String == "https://news.test/a")
        #expect((claim["appearance"] as? [Any])?.count == 2)
    }

    @Test func verdictWithoutNumberIsPublishedByNameOnly() throws {
        let json = ClaimReviewEncoder.object(for: Self.item(rating: "Unverifiable", value: nil)).serialized()
        #expect(json.contains(#""reviewRating":{"@type":"Rating","alternateName":"Unverifiable""#))
        #expect(!json.contains("ratingValue"))
        #expect(ClaimReviewEncoder.document(for: []) == "[]\n")
    }
}
