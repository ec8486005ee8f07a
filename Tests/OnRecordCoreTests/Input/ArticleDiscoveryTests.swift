import Foundation
import Testing

@testable import OnRecordCore

struct ArticleDiscoveryTests {
    /// Builds a small tree; returns the folder.
    private func makeTree() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        for path in [
            "corpus/b.md", "corpus/a.txt", "corpus/c.html", "corpus/notes.docx", "corpus/Z.JSONL",
            "corpus/2022/march/talks.md", "corpus/2022/feb/early.text", "corpus/2022/drafts/wip.md",
            "corpus/.hidden.md", "corpus/.git/config.md", "corpus/2022/.cache/x.txt",
        ] {
            try folder.write("text", to: path)
        }
        return folder
    }

    private func relative(_ inputs: [DiscoveredInput], to folder: TemporaryDirectory) -> [String] {
        inputs.map { input in
            switch input {
            case .file(let path): return String(path.dropFirst(folder.path.count + 1))
            case .failure(let path, _): return "FAIL " + path
            }
        }
    }

    @Test func walksRecursivelyInSortedOrderSkippingHiddenAndUnsupported() throws {
        let folder = try makeTree()
        defer { folder.remove() }
        let found = ArticleDiscovery().discover([folder.path + "/corpus"])
        #expect(
            relative(found, to: folder) == [
                "corpus/2022/drafts/wip.md", "corpus/2022/feb/early.text", "corpus/2022/march/talks.md",
                "corpus/Z.JSONL", "corpus/a.txt", "corpus/b.md", "corpus/c.html",
            ])
    }

    @Test func streamingFindsFilesOneAtATimeInTheSameOrder() throws {
        // Given a tree walked while files are being read (ingest asks for one batch at a time)
        let folder = try makeTree()
        defer { folder.remove() }
        try folder.write("text", to: "corpus/2022/march/more.md")
        var inputs = ArticleDiscovery().inputs([folder.path + "/corpus", folder.path + "/missing", "-"])
        // When the first entry is taken, Then it is the first of the sorted walk, before the rest is listed
        let next = inputs.next()
        let first = try #require(next)
        #expect(relative([first], to: folder) == ["corpus/2022/drafts/wip.md"])
        // And the rest come in the same order as the whole list, failures and `-` in their place
        let rest = Array(IteratorSequence(inputs))
        let all = ArticleDiscovery().discover([folder.path + "/corpus", folder.path + "/missing", "-"])
        #expect([first] + rest == all)
        let missing = folder.path + "/missing"
        #expect(Array(all.suffix(2)) == [.failure(missing, .fileNotFound(path: missing)), .file("-")])
        #expect(all.count == 10)
    }

    @Test func extensionListIsAParameter() throws {
        let folder = try makeTree()
        defer { folder.remove() }
        let found = ArticleDiscovery(extensions: ["MD"]).discover([folder.path + "/corpus/"])
        #expect(
            relative(found, to: folder) == [
                "corpus/2022/drafts/wip.md", "corpus/2022/march/talks.md", "corpus/b.md",
            ])
    }

    @Test func includeAndExcludePatterns() throws {
        let folder = try makeTree()
        defer { folder.remove() }
        let discovery = ArticleDiscovery(include: ["*.md", "*.txt"], exclude: ["**/drafts/**"])
        #expect(
            relative(discovery.discover([folder.path + "/corpus"]), to: folder) == [
                "corpus/2022/march/talks.md", "corpus/a.txt", "corpus/b.md",
            ])
        let onlyYear = ArticleDiscovery(include: ["2022/**"], exclude: ["*.text"])
        #expect(
            relative(onlyYear.discover([folder.path + "/corpus"]), to: folder) == [
                "corpus/2022/drafts/wip.md", "corpus/2022/march/talks.md",
            ])
    }

    @Test func explicitFilesStayAsIsAndMissingPathsDoNotAbortTheBatch() throws {
        let folder = try makeTree()
        defer { folder.remove() }
        let missing = folder.path + "/missing.md"
        let hiddenFile = folder.path + "/corpus/.hidden.md"
        let unsupported = folder.path + "/corpus/notes.docx"
        let found = ArticleDiscovery(exclude: ["*"]).discover([missing, hiddenFile, "-", unsupported, ""])
        #expect(
            found == [
                .failure(missing, .fileNotFound(path: missing)),
                .file(hiddenFile),
                .file("-"),
                .file(unsupported),
                .failure("", .fileNotFound(path: "")),
            ])
    }

    @Test func filesAreListedOnce() throws {
        let folder = try makeTree()
        defer { folder.remove() }
        let file = folder.path + "/corpus/b.md"
        let found = ArticleDiscovery(extensions: ["md"]).discover([file, folder.path + "/corpus/2022", file])
        #expect(
            relative(found, to: folder) == ["corpus/b.md", "corpus/2022/drafts/wip.md", "corpus/2022/march/talks.md"])
    }

    @Test func symbolicLinkLoopsTerminate() throws {
        let folder = try makeTree()
        defer { folder.remove() }
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/corpus/2022/loop", withDestinationPath: folder.path + "/corpus")
        let found = ArticleDiscovery(extensions: ["txt"]).discover([folder.path + "/corpus"])
        #expect(relative(found, to: folder) == ["corpus/a.txt"])
    }

    @Test(.enabled(if: geteuid() != 0, "root ignores folder permissions"))
    func unlistableFolderBecomesAFailureEntry() throws {
        let folder = try makeTree()
        defer {
            try? FileManager.default.setAttributes(
                [.posixPermissions: 0o755], ofItemAtPath: folder.path + "/corpus/2022")
            folder.remove()
        }
        let locked = folder.path + "/corpus/2022"
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked)
        let found = ArticleDiscovery(extensions: ["md"]).discover([folder.path + "/corpus"])
        #expect(found.first == .failure(locked, .unreadable(path: locked, reason: "permission denied")))
        #expect(found.last == .file(folder.path + "/corpus/b.md"))
    }

    @Test func entryPath() {
        #expect(DiscoveredInput.file("a.md").path == "a.md")
        #expect(DiscoveredInput.failure("b.md", .fileNotFound(path: "b.md")).path == "b.md")
    }

    @Test func emptyFolderYieldsNothing() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        #expect(ArticleDiscovery().discover([try folder.makeFolder("empty")]).isEmpty)
    }
}
