import ArgumentParser
import Foundation
import OnRecordCore
import OnRecordIngest
import OnRecordStore

extension OnRecordCommand {
    /// Reads articles and stores their statements.
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ingest",
            abstract: "Read articles, extract who said what, and store it with provenance.",
            discussion: """
                PATH may be a file, a folder (read recursively) or - for standard input. Plain text and \
                Markdown files may start with a front-matter block (--- title, url, outlet, published, \
                author ---). Each article is stored whole or not at all (articles are written in batches, each \
                in its own savepoint); an article whose text is already stored is skipped and reported as unchanged. An article whose URL is already stored with \
                different text is stored as a new version of it ('onrecord changes' lists what changed; \
                listings show the latest version). A broken file is reported on one line and skipped, the rest \
                still lands, and the exit status is 65 when anything failed. A killed ingest leaves only whole \
                articles behind (it loses the batch being written); run the same command again to finish. On \
                a terminal, a progress bar shows the rate and time left.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "Files or folders to read; - reads standard input.")
        var paths: [String]

        @Option(help: ArgumentHelp("Only files whose path matches this glob (repeatable).", valueName: "glob"))
        var include: [String] = []

        @Option(help: ArgumentHelp("Skip files whose path matches this glob (repeatable).", valueName: "glob"))
        var exclude: [String] = []

        @Option(help: "Outlet for articles that do not name one.")
        var outlet: String?

        @Option(help: "URL for an article that does not give one (a single file or -).")
        var url: String?

        @Option(help: ArgumentHelp("Publication date for articles that do not give one.", valueName: "YYYY-MM-DD"))
        var published: String?

        @Option(help: ArgumentHelp("Refuse files larger than this many megabytes.", valueName: "MB"))
        var maxSize: Int = 10

        @Flag(
            help: "Extract again from articles already stored (after an upgrade); statements a person touched are kept."
        )
        var reextract = false

        @Flag(help: "Stop at the first input that fails.")
        var strict = false

        @Flag(name: .shortAndLong, help: "Print nothing but errors.")
        var quiet = false

        @Flag(name: .shortAndLong, help: "Print a line for every input.")
        var verbose = false

        func validate() throws {
            if paths.isEmpty { throw ValidationError("Give at least one file or folder to ingest.") }
            if maxSize <= 0 { throw ValidationError("--max-size must be a positive number of megabytes.") }
            if let published, DateNormalizer.isoDate(from: published) == nil {
                throw ValidationError(CLIError.invalidDate(option: "--published", value: published).message)
            }
            if url != nil && !Self.isSingleArticle(paths) {
                throw ValidationError(
                    "--url names one article, so give it with a single file (or -), not a folder, a JSON Lines file or several files. Articles sharing a URL are stored as versions of one another, and listings would hide all but the last."
                )
            }
        }

        /// `megabytes` in bytes; a number too large to count in bytes means no limit rather than wrapping
        /// around (`<< 20` silently turned --max-size 17592186044416 into a 0-byte limit).
        static func bytes(megabytes: Int) -> Int {
            let (bytes, overflow) = megabytes.multipliedReportingOverflow(by: 1 << 20)
            return overflow ? Int.max : bytes
        }

        /// Whether `paths` is one article: every article without its own URL gets `--url`, and articles with
        /// one URL become versions of each other, so a folder given `--url` would hide all but one of them.
        static func isSingleArticle(_ paths: [String]) -> Bool {
            guard paths.count == 1, let path = paths.first else { return false }
            if path == "-" { return true }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                return false
            }
            return URL(fileURLWithPath: path).pathExtension.lowercased() != "jsonl"
        }

        /// How long a batch waits for another process's write (another `ingest` holds the lock one batch
        /// at a time: about 0.3 s for 512 articles in a release build, far longer in a debug build on a
        /// busy machine). Waiting its turn is what a second ingest should do, so it waits longer than the
        /// other commands' 10 s. (The "busy" failures of two ingests started together on a new file came
        /// from SQLite's switch to WAL, not from this wait; `OnRecordDatabase.open` retries that.)
        static let busyTimeout: TimeInterval = 120

        func run() throws {
            try reportingUserErrors {
                let db = try database.openForWriting(busyTimeout: Self.busyTimeout)
                let pipeline = IngestPipeline(database: db, extractor: AttributionExtractor())
                let options = IngestOptions(
                    sizeLimit: Self.bytes(megabytes: maxSize), include: include, exclude: exclude, isStrict: strict,
                    defaults: ArticleMetadata(url: url, outlet: outlet, publishedRaw: published),
                    isReextracting: reextract)
                let showsProgress = !quiet && !verbose && ProgressBar.standardErrorIsTerminal
                var progress: ProgressBar?
                var done = 0
                let totals = try pipeline.run(paths: paths, options: options) { event in
                    if let line = message(for: event) {
                        progress?.clear()
                        StandardError.write(line)
                    }
                    switch event {
                    case .started:
                        // Files are found while earlier ones are read: the bar counts until the total is known.
                        if showsProgress { progress = ProgressBar(total: nil, unit: "files") }
                    case .discovered(let inputs):
                        progress?.total = inputs
                    default:
                        done += 1
                        progress?.update(done: done)
                    }
                }
                progress?.clear()
                if !quiet {
                    var summary =
                        "Ingested into '\(db.path)': \(totals.documentsNew) new, \(totals.documentsUnchanged) unchanged, "
                        + "\(totals.documentsFailed) failed; \(totals.statementsStored) statements stored."
                    if totals.documentsNewVersions > 0 {
                        let count = totals.documentsNewVersions
                        summary +=
                            count == 1
                            ? " 1 of them is a new version of a URL already stored"
                            : " \(count) of them are new versions of URLs already stored"
                        summary += "; 'onrecord changes' lists what changed."
                    }
                    StandardError.write(summary + "\n")
                }
                if totals.documentsFailed > 0 { throw ExitCode(65) }
            }
        }

        /// The stderr line for one event, if any: failures and warnings always, the rest with --verbose.
        func message(for event: IngestEvent) -> String? {
            switch event {
            case .started, .discovered:
                return nil
            case .failed(let path, let message):
                // Reader messages already name the file; say it once.
                return message.contains(path) ? "Error: \(message)\n" : "Error: '\(path)': \(message)\n"
            case .stored(let path, let count, let rejected), .newVersion(let path, _, let count, let rejected):
                var text = ""
                if rejected > 0 {
                    text +=
                        "Warning: '\(path)': \(rejected) statement(s) had offsets that did not match their text "
                        + "and were not stored.\n"
                }
                if verbose {
                    if case .newVersion(_, let version, _, _) = event {
                        text += "version \(version)  \(path) (\(count) statements)\n"
                    } else {
                        text += "stored     \(path) (\(count) statements)\n"
                    }
                }
                return text.isEmpty ? nil : text
            case .unchanged(let path):
                return verbose ? "unchanged  \(path) (already stored)\n" : nil
            }
        }
    }
}
