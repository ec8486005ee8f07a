import Foundation
import Testing

/// README's tour shows real output of real commands on the bundled samples; this suite runs those
/// commands and fails when the README no longer shows what they print (a new extractor rule can change
/// the counts and ids a reader is told to expect).
@Suite struct ReadmeTourTests {
    /// A `$ onrecord …` line of a console block and the output lines README shows under it.
    struct Example {
        var arguments: [String]
        var shown: [String]
    }

    /// The commands whose output README shows and that can run in a scratch folder with the samples.
    static let runnable: Set<String> = ["ingest", "timeline", "topics", "search", "origin", "export", "log"]

    /// The console examples of README, in order, with continuation lines (`\`) joined.
    static func examples(in readme: String) -> [Example] {
        var examples: [Example] = []
        var inConsole = false
        var pending: String? = nil
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("```") {
                inConsole = line == "```console"
                pending = nil
                continue
            }
            guard inConsole else { continue }
            if let start = pending {
                let joined = start + " " + line.trimmingCharacters(in: .whitespaces)
                pending = joined.hasSuffix("\\") ? String(joined.dropLast()) : nil
                if pending == nil { examples.append(Example(arguments: shellWords(joined), shown: [])) }
                continue
            }
            if line.hasPrefix("$ onrecord ") {
                let command = String(line.dropFirst("$ onrecord ".count))
                if command.hasSuffix("\\") {
                    pending = String(command.dropLast())
                } else {
                    examples.append(Example(arguments: shellWords(command), shown: []))
                }
            } else if line.hasPrefix("$ ") {
                // Another program (`echo … | onrecord extract`): shown, not run.
                examples.append(Example(arguments: ["(shell) " + line], shown: []))
            } else if !examples.isEmpty {
                examples[examples.count - 1].shown.append(line)
            }
        }
        return examples
    }

    /// Splits a command line as a shell would for the quoting README uses ('…' and "…"); a `#` after a
    /// space starts a comment.
    static func shellWords(_ line: String) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character? = nil
        for character in line {
            if let q = quote {
                if character == q { quote = nil } else { word.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == " " {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else if character == "#" && !inWord {
                break
            } else {
                word.append(character)
                inWord = true
            }
        }
        if inWord { words.append(word) }
        return words
    }

    @Test func parsesConsoleBlocks() {
        let readme = """
            text
            ```console
            $ onrecord search "piece of paper"  # a comment
            1 match
            $ echo 'x' | onrecord extract
            {"id":"-"}
            $ onrecord log --speaker 'Ada Lind' \\
                --date 2022-04-05
            7
            ```
            ```sh
            $ onrecord ingest nothing
            ```
            """
        let found = Self.examples(in: readme)
        #expect(
            found.map(\.arguments) == [
                ["search", "piece of paper"], ["(shell) $ echo 'x' | onrecord extract"],
                ["log", "--speaker", "Ada Lind", "--date", "2022-04-05"],
            ])
        #expect(found.map(\.shown) == [["1 match"], ["{\"id\":\"-\"}"], ["7"]])
    }

    @Test func readmeShowsWhatTheCommandsPrint() throws {
        let readmeURL = CLIRunner.repositoryRoot.appendingPathComponent("README.md")
        let readme = try String(contentsOf: readmeURL, encoding: .utf8)
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        // As in README: the samples folder beside the default database file.
        try FileManager.default.createSymbolicLink(
            at: cli.directory.appendingPathComponent("samples"),
            withDestinationURL: CLIRunner.repositoryRoot.appendingPathComponent("samples"))
        let examples = Self.examples(in: readme).filter {
            guard let command = $0.arguments.first else { return false }
            return Self.runnable.contains(command) && !$0.shown.isEmpty
        }
        #expect(examples.count >= 8, "README's tour lost its examples")
        for example in examples {
            let result = try cli.run(example.arguments + ["--db", "onrecord.sqlite"])
            let printed = Set(
                (result.stdout + "\n" + result.stderr).split(separator: "\n").map {
                    $0.trimmingCharacters(in: .whitespaces)
                })
            for line in example.shown {
                let expected = line.trimmingCharacters(in: .whitespaces)
                if expected.isEmpty || expected == "…" { continue }
                #expect(
                    printed.contains(expected),
                    "README shows a line `onrecord \(example.arguments.joined(separator: " "))` no longer prints: \(expected)"
                )
            }
        }
    }
}
