import Foundation
import OnRecordCore

/// Reads one input path into articles, choosing the reader by file extension.
enum ArticleSource {
    /// Extensions that ingest picks up when walking folders.
    static let supportedExtensions: Set<String> = ["txt", "text", "md", "markdown"]

    /// The articles in `path` (`-` is standard input); one entry per record for multi-record files.
    /// A record that cannot be used is a failure message naming the file and line.
    static func read(path: String, sizeLimit: Int) throws -> [Result<Article, RecordFailure>] {
        let reader = ArticleReader()
        let loaded: LoadedArticle
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            loaded = try reader.load(data: data, path: "-", format: .text, sizeLimit: sizeLimit)
        } else {
            loaded = try reader.load(fileAt: path, sizeLimit: sizeLimit)
        }
        var article = loaded.article
        article.sourceSHA256 = loaded.sourceSHA256
        return [.success(article)]
    }
}

/// Why one record of an input could not become an article.
struct RecordFailure: Error, Sendable {
    var message: String
}
