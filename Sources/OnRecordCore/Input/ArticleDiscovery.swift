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
        Array(inputs(paths))
    }

    /// The entries of ``discover(_:)``, found one at a time as they are asked for.
    ///
    /// Ingest reads files while later folders are still being listed, so memory does not grow with the
    /// number of files: only the folders being walked hold their (sorted) entry names, plus 16 bytes per
    /// file to recognise a file reached twice.
    /// - Parameter paths: Files and folders, as typed by the user.
    public func inputs(_ paths: [String]) -> Inputs {
        Inputs(walker: Walker(discovery: self), roots: paths)
    }

    /// The files and failures under some paths, in the order of ``discover(_:)``; see ``inputs(_:)``.
    public struct Inputs: Sequence, IteratorProtocol {
        fileprivate var walker: Walker
        fileprivate var roots: [String]
        private var nextRoot = 0

        fileprivate init(walker: Walker, roots: [String]) {
            self.walker = walker
            self.roots = roots
        }

        /// The next file or failure, or `nil` when every path has been expanded.
        public mutating func next() -> DiscoveredInput? {
            while true {
                if let found = walker.next() { return found }
                guard nextRoot < roots.count else { return nil }
                walker.visitRoot(roots[nextRoot])
                nextRoot += 1
            }
        }
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
    /// Entries found but not yet handed out (a root file or a failure).
    var pending: [DiscoveredInput] = []
    /// The folders being walked, outermost first, each with its sorted entry names and how far it got.
    var stack: [Folder] = []
    /// Files already listed, by device and inode: a file reached twice (by two paths or a link) is the
    /// same inode. Cheaper in time and memory than resolving every path, which mattered at 100,000 files.
    var seenFiles: Set<FileIdentity> = []
    var activeFolders: Set<String> = []

    struct Folder {
        var path: String
        var relative: String
        var identity: String
        var names: [String]
        var position = 0
    }

    init(discovery: ArticleDiscovery) {
        self.discovery = discovery
    }

    mutating func visitRoot(_ path: String) {
        if path == "-" {
            pending.append(.file(path))
            return
        }
        var isDirectory: ObjCBool = false
        guard !path.isEmpty, fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            // fileExists follows links; a link that leads nowhere still exists itself.
            if !path.isEmpty, (try? fileManager.destinationOfSymbolicLink(atPath: path)) != nil {
                let reason = "it is a symbolic link to a missing file, or a loop of links"
                pending.append(.failure(path, .unreadable(path: path, reason: reason)))
            } else {
                pending.append(.failure(path, .fileNotFound(path: path)))
            }
            return
        }
        if isDirectory.boolValue {
            enter(folder: path, relative: "")
        } else {
            addFile(path)
        }
    }

    mutating func addFile(_ path: String) {
        guard let identity = FileIdentity(path: path) else {
            pending.append(.file(path))  // stat failed: let the reader report why
            return
        }
        if seenFiles.insert(identity).inserted {
            pending.append(.file(path))
        }
    }

    /// Starts walking a folder (unless it is already being walked: a link loop).
    mutating func enter(folder: String, relative: String) {
        let identity = (folder as NSString).resolvingSymlinksInPath
        guard !activeFolders.contains(identity) else { return }
        let names: [String]
        do {
            names = try fileManager.contentsOfDirectory(atPath: folder)
        } catch {
            let reason =
                fileManager.isReadableFile(atPath: folder) ? "the folder could not be listed" : "permission denied"
            pending.append(.failure(folder, .unreadable(path: folder, reason: reason)))
            return
        }
        activeFolders.insert(identity)
        stack.append(
            Folder(
                path: folder, relative: relative, identity: identity,
                names: names.filter { !$0.hasPrefix(".") }.sorted {
                    $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars)
                }))
    }

    /// The next entry found, depth first in sorted order; `nil` when nothing is pending or being walked.
    mutating func next() -> DiscoveredInput? {
        while true {
            if !pending.isEmpty { return pending.removeFirst() }
            guard let top = stack.indices.last else { return nil }
            guard stack[top].position < stack[top].names.count else {
                activeFolders.remove(stack[top].identity)
                stack.removeLast()
                continue
            }
            let folder = stack[top]
            let name = folder.names[folder.position]
            stack[top].position += 1
            let path = folder.path.hasSuffix("/") ? folder.path + name : folder.path + "/" + name
            let relativePath = folder.relative.isEmpty ? name : folder.relative + "/" + name
            // One stat per entry answers both "folder?" and "seen already?".
            var info = stat()
            guard stat(path, &info) == 0 else {
                continue  // a dangling symbolic link: nothing to read
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                enter(folder: path, relative: relativePath)
            } else if discovery.accepts(relativePath: relativePath) {
                let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
                if seenFiles.insert(identity).inserted {
                    return .file(path)
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
