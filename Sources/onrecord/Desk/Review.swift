import ArgumentParser
import Foundation
import OnRecordCore
import OnRecordStore

extension OnRecordCommand {
    /// Records a fact-checker's verdict on a statement.
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review",
            abstract: "Record a fact-check verdict on a statement (several verdicts per statement are allowed).",
            discussion: """
                The default scale is, best first: True (6), Mostly true (5), Half true (4), Mostly false (3), \
                False (2), Pants on fire (1), Unverifiable (no number: published by name only, without \
                ratingValue, bestRating and worstRating). --scale names a stored scale, or a file with one verdict \
                per line, best first ('Name', 'Name = 3' or 'Name = none'), which is stored under the file's \
                name (so a file named default.txt replaces the default scale). \
                Publish verdicts with 'onrecord export --format claimreview'.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The statement id.")
        var id: Int64

        @Option(help: "The verdict, a name on the scale (for example \"Mostly false\").")
        var rating: String

        @Option(help: ArgumentHelp("The fact-checking organization.", valueName: "organization"))
        var by: String

        @Option(help: "The fact-check article's web address.")
        var url: String

        @Option(help: "The fact-check in a sentence or two.")
        var summary: String

        @Option(help: ArgumentHelp("The day the fact-check was published (default: today).", valueName: "YYYY-MM-DD"))
        var date: String?

        @Option(help: ArgumentHelp("A stored scale's name, or a scale file.", valueName: "name-or-file"))
        var scale: String = RatingScale.defaultName

        @Option(
            help: ArgumentHelp("The organization's web site (default: the fact-check URL's site).", valueName: "url"))
        var reviewerURL: String?

        func validate() throws {
            try CalendarDay.validate(date, option: "--date")
            try WebAddress.validate(url, option: "--url")
            try WebAddress.validate(reviewerURL, option: "--reviewer-url")
            for (option, value) in [("--rating", rating), ("--by", by), ("--summary", summary)] {
                try requireNonBlank(value, option: option)
            }
        }

        func run() throws {
            try reportingUserErrors {
                let fileScale = try Self.scaleFile(scale)
                let db = try database.openExistingForWriting()
                let request = ReviewRequest(
                    rating: rating, reviewer: by, reviewerURL: reviewerURL, url: url, summary: summary,
                    reviewedOn: date ?? CalendarDay.today())
                let review = try db.reviewStatement(id: id, request, scale: fileScale, scaleName: scale, at: Date())
                print(review.id)
                let number =
                    review.ratingValue.map {
                        " (\($0) on a \(review.worstRating ?? 1)–\(review.bestRating ?? $0) scale)"
                    } ?? ""
                StandardError.write("Statement \(id) rated '\(review.rating)'\(number) by \(review.reviewer).\n")
            }
        }

        /// The scale in the file at `nameOrPath`, or `nil` when it names no file (a stored scale then).
        static func scaleFile(_ nameOrPath: String) throws -> RatingScale? {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: nameOrPath, isDirectory: &isDirectory), !isDirectory.boolValue
            else { return nil }
            guard let data = FileManager.default.contents(atPath: nameOrPath),
                let text = String(data: data, encoding: .utf8)
            else { throw DeskCLIError.badScaleFile(path: nameOrPath, reason: "it cannot be read as UTF-8 text") }
            let name = URL(fileURLWithPath: nameOrPath).deletingPathExtension().lastPathComponent
            do {
                return try RatingScale.parse(text, name: name)
            } catch {
                let reason: String
                switch error {
                case .empty: reason = "it lists no verdicts"
                case .invalidLine(let number, let why): reason = "line \(number): \(why)"
                case .notAScale(let why): reason = why
                }
                throw DeskCLIError.badScaleFile(path: nameOrPath, reason: reason)
            }
        }
    }

    /// Lists the rating scales `review` can use.
    struct Scales: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "scales",
            abstract: "List the rating scales for 'review': each verdict, best first, with its ClaimReview number.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup(title: "Output") var output: OutputOptions

        /// The column contract of `scales` output.
        static let columns = ["scale", "position", "rating", "rating_value", "best_rating", "worst_rating"]

        func run() throws {
            try reportingUserErrors {
                let db = try database.openForReading()
                let writer = try output.makeWriter(columns: Self.columns)
                for scale in try db.ratingScales() {
                    for (position, rating) in scale.ratings.enumerated() {
                        let hasNumber = rating.value != nil
                        writer.write([
                            .string(scale.name), .int(Int64(position + 1)), .string(rating.name),
                            JSONValue(rating.value),
                            JSONValue(hasNumber ? scale.bestRating : nil),
                            JSONValue(hasNumber ? scale.worstRating : nil),
                        ])
                    }
                }
                writer.finish()
            }
        }
    }
}
