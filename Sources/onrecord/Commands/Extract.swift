import ArgumentParser
import Foundation
import OnRecordCore

extension OnRecordCommand {
    /// Extraction without a database, for checking and piping.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extract",
            abstract: "Print the statements found in articles as JSON lines, without storing anything.",
            discussion: """
                Writes one line per document: {"id", "statements": [{"kind", "text", "start", "end", \
                "segments", "speaker", "speaker_mention", "speaker_start", "speaker_end", "cue", "cue_start", \
                "cue_end", "rule", "confidence"}]}. Offsets are Unicode code point indices into the text \
                (Python str indices), end exclusive, without quotation marks. With --jsonl every input line \
                is a record {"id", "text", ...}; otherwise each file is one document whose id is its path.
                """)

        @Argument(help: "Files to read; - (or nothing) reads standard input.")
        var paths: [String] = []

        @Flag(help: "Inputs are JSON Lines records with \"id\" and \"text\".")
        var jsonl = false

        func run() throws {
            try reportingUserErrors {
                let extractor = AttributionExtractor()
                let output = try OutputSink(path: nil)
                var failures = 0
                for path in paths.isEmpty ? ["-"] : paths {
                    let data: Data
                    do {
                        data = try Self.readInput(path)
                    } catch let error as CLIError {
                        StandardError.write("Error: \(error.message)\n")
                        failures += 1
                        continue
                    }
                    if jsonl {
                        let (records, errors) = ExtractionOutput.decodeRecords(data)
                        for error in errors {
                            StandardError.write("Error: '\(path)', \(error.description)\n")
                        }
                        failures += errors.count
                        for record in records {
                            output.write(
                                ExtractionOutput.line(id: record.id, statements: extractor.extract(from: record.text))
                                    + "\n")
                        }
                    } else {
                        do {
                            let article = try ArticleReader().read(data: data, path: path)
                            output.write(
                                ExtractionOutput.line(id: path, statements: extractor.extract(from: article.text))
                                    + "\n")
                        } catch {
                            StandardError.write("Error: \(error.localizedDescription)\n")
                            failures += 1
                        }
                    }
                }
                output.close()
                if failures > 0 { throw CLIError.someInputsFailed(count: failures) }
            }
        }

        private static func readInput(_ path: String) throws -> Data {
            if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError.unreadableInput(path: path, reason: "no such file")
            }
            if isDirectory.boolValue {
                throw CLIError.unreadableInput(
                    path: path, reason: "it is a folder; extract reads files (ingest reads whole folders)")
            }
            do {
                return try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw CLIError.unreadableInput(path: path, reason: "permission denied or not a file")
            }
        }
    }
}
