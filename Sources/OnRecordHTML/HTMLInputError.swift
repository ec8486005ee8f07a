public import Foundation

/// Why an HTML page could not be turned into an article.
public enum HTMLInputError: Error, Equatable, Sendable, LocalizedError {
    /// The page parsed, but no article text was found outside navigation, ads and other furniture.
    case noArticleText(path: String)
    /// The input is not an HTML page at all (empty, binary, or too large); `reason` says which.
    case unparsable(path: String, reason: String)

    /// One or two sentences naming the file, saying what failed and what to do.
    public var errorDescription: String? {
        switch self {
        case .noArticleText(let path):
            "No article text was found in '\(path)'. Check that the page is a single article (not a "
                + "front page, a paywall or a login page), or save the article text as a .txt file and "
                + "ingest that instead."
        case .unparsable(let path, let reason):
            "Could not read '\(path)' as HTML: \(reason). Check that the file is a web page saved from a "
                + "browser, or ingest the article as plain text."
        }
    }
}
