import Testing

@testable import OnRecordCore

struct GlobPatternTests {
    @Test(arguments: [
        ("*.md", "talks.md", true),
        ("*.md", "2022/march/talks.md", true),  // no slash: matches the file name at any depth
        ("*.md", "talks.markdown", false),
        ("*.md", ".md", true),
        ("talk?.md", "talks.md", true),
        ("talk?.md", "talk.md", false),
        ("2022-0[1-6]-*", "2022-03-20-talks.md", true),
        ("2022-0[1-6]-*", "2022-07-01-talks.md", false),
        ("2022-0[!1-6]-*", "2022-07-01-talks.md", true),
        ("[^a]*", "b.md", true),
        ("\\*.md", "*.md", true),
        ("\\*.md", "a.md", false),
        ("[unclosed", "[unclosed", true),
        ("2022/*.md", "2022/talks.md", true),
        ("2022/*.md", "2022/march/talks.md", false),  // `*` does not cross `/`
        ("2022/**/*.md", "2022/talks.md", true),  // `**` matches zero folders
        ("2022/**/*.md", "2022/march/week1/talks.md", true),
        ("**/drafts/**", "drafts/a.md", true),
        ("**/drafts/**", "2022/drafts/old/a.md", true),
        ("**/drafts/**", "2022/drafted/a.md", false),
        ("**", "anything/at/all.md", true),
        ("./2022/*.md", "2022/talks.md", true),
        ("a*b*c", "aXbYc", true),
        ("a*b*c", "aXbYcZ", false),
        ("*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false),
        ("Talks.md", "talks.md", false),  // case-sensitive
    ])
    func matching(pattern: String, path: String, expected: Bool) {
        #expect(GlobPattern(pattern).matches(path) == expected, "\(pattern) vs \(path)")
    }

    @Test func fileNameOnlyFlag() {
        #expect(GlobPattern("*.md").matchesFileNameOnly)
        #expect(!GlobPattern("a/*.md").matchesFileNameOnly)
    }
}
