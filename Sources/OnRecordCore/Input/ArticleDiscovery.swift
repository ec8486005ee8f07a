import Foundation

/// One entry produced by ``ArticleDiscovery``: a file to read, or a path that could not be used.
public enum DiscoveredInput: Equatable, Sendable {
    /// A file to hand to a reader. The path is the one given, or the folder path joined with the
    /// relative path inside it.
    case file(String)
    /// A path that could not be expanded; the rest of the batch continues.
    case failure(String, ArticleInputError)

    /// The path this entry is about.
    public var path: String {
        switch self {
        case .file(let path), .failure(let path, _): return path
        }
    }
}

/// Expands the paths given on the command line into the article files to ingest.
///
/// - A path to a file is kept as is, whatever its extension (the reader decides whether it can read
///   it); `-` (stdin) is kept as is too. Include and exclude patterns do not apply to files named
///   explicitly: naming a file is a stronger statement than a pattern.
/// - A folder is walked recursively. Entries are visited in sorted order (by Unicode scalar value,
///   so the order is the same on every machine), hidden files and folders (name starting with `.`)
///   are skipped, and only files whose extension is in ``extensions`` are kept. Then
///   ``includePatterns`` (if any) must match and ``excludePatterns`` must not; patterns are matched
///   against the path relative to the folder (see ``GlobPattern``).
/// - A missing path, or a folder that cannot be listed, becomes a ``DiscoveredInput/failure(_:_:)``
///   entry instead of stopping the batch.
/// - A file reached twice (named twice, or via a symbolic link) is listed once; symbolic links to
///   folders are followed, with loop detection.
public struct ArticleDiscovery: Sendable {
    /// The extensions kept by default: the text and Markdown reader's, plus HTML and JSON for the
    /// readers that handle those.
    public static let defaultExtensions: Set<String> = [
        "txt", "md", "markdown", "text", "html", "htm", "json", "jsonl",
    ]

    /// File extensions (lowercase, without the dot) kept while walking folders; compared case-insensitively.
    public var extensions: Set<String>
    /// When non-empty, a file found in a folder is kept only if one of these matches.
    public var includePatterns: [GlobPattern]
    /// A file found in a folder is dropped if any of these matches.
    public var excludePatterns: [GlobPattern]

    /// Creates a discovery configuration.
    ///
    /// - Parameters:
    ///   - extensions: Extensions to keep while walking folders.
    ///   - include: Glob patterns a walked file must match (any of them); empty means all.
    ///   - exclude: Glob patterns that drop a walked file.
    public init(extensions: Set<String> = defaultExtensions, include: [String] = [], exclude: [String] = []) {
        self.extensions = Set(extensions.map { $0.lowercased() })
        self.includePatterns = include.map(GlobPattern.init)
        self.excludePatterns = exclude.map(GlobPattern.init)
    }

    /// Expands `paths` into files and failures, in the order the paths were given.
    ///
    /// - Parameter paths: Files and folders, as typed by the user.
    /// - Returns: One entry per file found, plus one ``DiscoveredInput/failure(_:_:)`` per unusable path.
    public func discover(_ paths: [String]) -> [DiscoveredInput] {
        var walker = Walker(discovery: self)
        for path in paths {
            walker.visitRoot(path)
        }
        return walker.results
    }

    /// Whether a file found at `relativePath` inside a walked folder is kept.
    ///
    /// - Parameter relativePath: The path below the folder given on the command line.
    /// - Returns: `true` if its extension is supported and the include/exclude patterns allow it.
    public func accepts(relativePath: String) -> Bool {
        let fileExtension = (relativePath as NSString).pathExtension.lowercased()
        guard extensions.contains(fileExtension) else { return false }
        if !includePatterns.isEmpty, !includePatterns.contains(where: { $0.matches(relativePath) }) {
            return false
        }
        return !excludePatterns.contains { $0.matches(relativePath) }
    }
}

private struct Walker {
    let discovery: ArticleDiscovery
    let fileManager = FileManager.default
    var results: [DiscoveredInput] = []
    /// Files already listed, by device and inode: a file reached twice (by two paths or a link) is the
    /// same inode. Cheaper in time and memory than resolving every path, which mattered at 100,000 files.
    var seenFiles: Set<FileIdentity> = []
    var activeFolders: Set<String> = []

    init(discovery: ArticleDiscovery) {
        self.discovery = discovery
    }

    mutating func visitRoot(_ path: String) {
        if path == "-" {
            results.append(.file(path))
            return
        }
        var isDirectory: ObjCBool = false
        guard !path.isEmpty, fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            // fileExists follows links; a link that leads nowhere still exists itself.
            if !path.isEmpty, (try? fileManager.destinationOfSymbolicLink(atPath: path)) != nil {
                let reason = "it is a symbolic link to a missing file, or a loop of links"
                results.append(.failure(path, .unreadable(path: path, reason: reason)))
            } else {
                results.append(.failure(path, .fileNotFound(path: path)))
            }
            return
        }
        if isDirectory.boolValue {
            walk(folder: path, relative: "")
        } else {
            addFile(path)
        }
    }

    mutating func addFile(_ path: String) {
        guard let identity = FileIdentity(path: path) else {
            results.append(.file(path))  // stat failed: let the reader report why
            return
        }
        if seenFiles.insert(identity).inserted {
            results.append(.file(path))
        }
    }

    mutating func walk(folder: String, relative: String) {
        let identity = (folder as NSString).resolvingSymlinksInPath
        guard activeFolders.insert(identity).inserted else { return }
        defer { activeFolders.remove(identity) }
        let names: [String]
        do {
            names = try fileManager.contentsOfDirectory(atPath: folder)
        } catch {
            let reason =
                fileManager.isReadableFile(atPath: folder) ? "the folder could not be listed" : "permission denied"
            results.append(.failure(folder, .unreadable(path: folder, reason: reason)))
            return
        }
        for name in names.sorted(by: { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) })
        where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            // One stat per entry answers both "folder?" and "seen already?".
            var info = stat()
            guard stat(path, &info) == 0 else {
                continue  // a dangling symbolic link: nothing to read
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(folder: path, relative: relativePath)
            } else if discovery.accepts(relativePath: relativePath) {
                let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
                if seenFiles.insert(identity).inserted {
                    results.append(.file(path))
                }
            }
        }
    }
}

/// A file's device and inode numbers (following symbolic links): equal for every path that reaches it.
private struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    init(device: UInt64, inode: UInt64) {
        self.device = device
        self.inode = inode
    }

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
