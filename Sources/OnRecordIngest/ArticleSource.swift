import Foundation
import OnRecordCore
import OnRecordHTML

/// Reads one input path into articles, choosing the reader by file extension.
enum ArticleSource {
    /// Extensions that ingest picks up when walking folders.
    static let supportedExtensions: Set<String> = [
        "txt", "text", "md", "markdown", "html", "htm", "json", "jsonl",
    ]

    /// The articles in `path` (`-` is standard input); one entry per record for JSON files.
    ///
    /// A record that cannot be used is a failure naming the file and line, and the other records
    /// still come through. A file that cannot be used at all throws.
    static func read(path: String, sizeLimit: Int) throws -> [Result<Article, RecordFailure>] {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            let loaded = try ArticleReader().load(data: data, path: "-", format: .text, sizeLimit: sizeLimit)
            var article = loaded.article
            article.sourceSHA256 = loaded.sourceSHA256
            return [.success(article)]
        }
        switch (path as NSString).pathExtension.lowercased() {
        case "html", "htm":
            let data = try readBytes(path, sizeLimit: sizeLimit)
            var article = try HTMLArticleParser().parse(data, sourcePath: path)
            article.sourceSHA256 = ContentHash.sha256Hex(of: data)
            return [.success(article)]
        case "json", "jsonl":
            let data = try readBytes(path, sizeLimit: sizeLimit)
            let format: ArticleRecordFormat = path.lowercased().hasSuffix(".jsonl") ? .jsonLines : .json
            let digest = ContentHash.sha256Hex(of: data)
            let parser = HTMLArticleParser()
            return try ArticleRecordReader().read(data, format: format, path: path).map { entry in
                switch entry {
                case .failure(let error):
                    return .failure(RecordFailure(message: error.localizedDescription))
                case .success(let record):
                    do {
                        var article = try parser.parse(record)
                        article.sourceSHA256 = digest
                        return .success(article)
                    } catch {
                        return .failure(RecordFailure(message: error.localizedDescription))
                    }
                }
            }
        default:
            let loaded = try ArticleReader().load(fileAt: path, sizeLimit: sizeLimit)
            var article = loaded.article
            article.sourceSHA256 = loaded.sourceSHA256
            return [.success(article)]
        }
    }

    /// The file's bytes, with the same checks and messages as the text reader.
    private static func readBytes(_ path: String, sizeLimit: Int) throws(ArticleInputError) -> Data {
        // One stat(2) (following links, as reading does) instead of FileManager's existence and attribute
        // calls; the size is the linked file's, where FileManager's attributes described the link itself.
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw .fileNotFound(path: path)
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(path: path, reason: "it is a folder, not a file") }
        if Int(info.st_size) > sizeLimit {
            throw .tooLarge(path: path, bytes: Int(info.st_size), limit: sizeLimit)
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: "permission denied or I/O error")
        }
    }
}

/// Why one record of an input could not become an article.
struct RecordFailure: Error, Sendable {
    var message: String
}
