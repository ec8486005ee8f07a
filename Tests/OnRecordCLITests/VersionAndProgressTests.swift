import Foundation
import Testing

@testable import onrecord

/// Versions through the CLI, and the progress bar's text.
struct VersionAndProgressTests {
    @Test func editedArticleBecomesAVersionAndChangesShowsOldAndNewWording() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let header = "---\nurl: https://news.test/2022/talks\noutlet: News\npublished: 2022-03-20\n---\n"
        let path = try cli.write(
            header
                + "Dmytro Kuleba said, “We will never negotiate with them.”\n\nTalks resumed. “The door is closed,” Kuleba said.\n",
            to: "talks.md")
        #expect(try cli.run(["ingest", path]).status == 0)
        try cli.write(
            header
                + "Dmytro Kuleba said, “We will negotiate with them.”\n\nTalks resumed. “The door is closed,” Kuleba said.\n",
            to: "talks.md")
        let second = try cli.run(["ingest", path])
        #expect(second.status == 0)
        #expect(second.stderr.contains("1 new, 0 unchanged, 0 failed"))
        #expect(second.stderr.contains("1 of them is a new version of a URL already stored"))
        #expect(try cli.run(["ingest", path]).stderr.contains("0 new, 1 unchanged"))

        let changes = try cli.run(["changes", "--url", "https://news.test/2022/talks", "--format", "json"])
        #expect(changes.status == 0, "\(changes.stderr)")
        let rows = try JSONSerialization.jsonObject(with: Data(changes.stdout.utf8)) as? [[String: Any]]
        #expect(rows?.count == 1)
        #expect(rows?.first?["change"] as? String == "changed")
        #expect(rows?.first?["old_text"] as? String == "We will never negotiate with them.")
        #expect(rows?.first?["new_text"] as? String == "We will negotiate with them.")
        #expect(rows?.first?["from_version"] as? Int == 1)
        #expect(rows?.first?["to_version"] as? Int == 2)

        let typo = try cli.run(["changes", "--url", "https://news.test/2022/talk"])
        #expect(typo.status == 1)
        #expect(
            typo.stderr.contains(
                "No article with the URL 'https://news.test/2022/talk' in the database. Did you mean: https://news.test/2022/talks?"
            ), "\(typo.stderr)")

        let all = try cli.run(["changes", "--unchanged", "--format", "csv"])
        #expect(all.stdout.hasPrefix("change,url,from_version,to_version,actor,"))
        #expect(all.stdout.contains("unchanged,"))

        let timeline = try cli.run(["timeline", "Kuleba", "--format", "csv"])
        #expect(!timeline.stdout.contains("never negotiate"), "the superseded wording is not listed")
        #expect(timeline.stdout.contains("We will negotiate with them."))
        let history = try cli.run(["timeline", "Kuleba", "--all-versions", "--format", "csv"])
        #expect(history.stdout.contains("never negotiate"))
    }

    @Test func progressBarShowsCountPercentRateAndTimeLeft() {
        let line = ProgressBar.render(done: 250, total: 1000, elapsed: 2, unit: "files", width: 100)
        #expect(line.hasPrefix("[##########" + String(repeating: ".", count: 30) + "]"))
        #expect(line.contains("250/1000  25%  125 files/s  ETA 0:06"))
        #expect(line.count <= 100)
    }

    @Test func progressBarFitsNarrowTerminalsAndHandlesEdges() {
        #expect(ProgressBar.render(done: 0, total: 10, elapsed: 0, unit: "files", width: 80).hasSuffix("0/10  0%"))
        let finished = ProgressBar.render(done: 10, total: 10, elapsed: 75, unit: "files", width: 80)
        #expect(finished.contains("100%") && finished.hasSuffix("1:15"))
        let narrow = ProgressBar.render(done: 5, total: 10, elapsed: 1, unit: "files", width: 20)
        #expect(narrow.count <= 20)
        #expect(!narrow.contains("["))
        #expect(ProgressBar.render(done: 0, total: 0, elapsed: 0, unit: "files", width: 80).contains("100%"))
        #expect(ProgressBar.duration(3725) == "1:02:05")
    }

    @Test func progressBarCountsWhileTheTotalIsUnknown() {
        // Files are discovered while earlier ones are read, so the total comes later.
        #expect(ProgressBar.renderCount(done: 250, elapsed: 2, unit: "files", width: 80) == "250 files  125 files/s")
        #expect(ProgressBar.renderCount(done: 0, elapsed: 0, unit: "files", width: 80) == "0 files")
        #expect(ProgressBar.renderCount(done: 123_456, elapsed: 1, unit: "files", width: 8).count <= 8)
    }
}
