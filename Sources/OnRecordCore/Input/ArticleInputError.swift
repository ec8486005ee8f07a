public import Foundation

/// Why an article file could not be read.
///
/// Every case carries the path as the user typed it (or as discovery produced it), so messages can
/// name the file. Messages are written for journalists: they say which file, what is wrong and what
/// to do about it. The CLI maps these cases to exit codes (66 for missing or unreadable files,
/// 65 for files whose content cannot be used).
public enum ArticleInputError: Error, Equatable, Sendable, LocalizedError {
    /// Nothing exists at `path`.
    case fileNotFound(path: String)
    /// The path exists but could not be read (a folder, missing permission, an I/O error).
    case unreadable(path: String, reason: String)
    /// The file is not valid UTF-8; `byteOffset` is the zero-based offset of the first bad byte.
    case notUTF8(path: String, byteOffset: Int)
    /// The file looks like binary data (NUL bytes or many control characters).
    case binaryFile(path: String)
    /// The file has no bytes, or only whitespace (after any front matter).
    case emptyFile(path: String)
    /// The file is larger than the configured limit.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// The front matter block at the top of the file is broken; `line` is 1-based.
    case malformedFrontMatter(path: String, line: Int, reason: String)
    /// The file's extension or declared format is not one this reader handles.
    case unsupportedFormat(path: String)

    /// The path the error is about.
    public var path: String {
        switch self {
        case .fileNotFound(let path), .unreadable(let path, _), .notUTF8(let path, _), .binaryFile(let path),
            .emptyFile(let path), .tooLarge(let path, _, _), .malformedFrontMatter(let path, _, _),
            .unsupportedFormat(let path):
            return path
        }
    }

    /// A one- or two-sentence message naming the file and saying what to do.
    public var errorDescription: String? {
        switch self {
        case .fileNotFound(let path):
            return "File '\(path)' does not exist. Check the spelling of the path."
        case .unreadable(let path, let reason):
            return "File '\(path)' could not be read (\(reason)). Check that it is a file you have permission to open."
        case .notUTF8(let path, let byteOffset):
            return
                "File '\(path)' is not UTF-8 text (first bad byte at offset \(byteOffset)). "
                + "Re-save it as UTF-8 in your editor and try again."
        case .binaryFile(let path):
            return
                "File '\(path)' looks like a binary file, not article text. "
                + "Export the article as plain text, Markdown or HTML first."
        case .emptyFile(let path):
            return "File '\(path)' has no article text. Add the article body or leave the file out."
        case .tooLarge(let path, let bytes, let limit):
            return
                "File '\(path)' is \(bytes) bytes, more than the \(limit)-byte limit for one article. "
                + "Split it into separate articles or raise the size limit."
        case .malformedFrontMatter(let path, let line, let reason):
            return
                "File '\(path)' has a broken front matter block at line \(line): \(reason). "
                + "Fix the lines between the '---' markers or remove the block."
        case .unsupportedFormat(let path):
            return
                "File '\(path)' is not in a supported format. "
                + "Use a .txt, .md, .markdown or .text file for plain articles."
        }
    }
}
