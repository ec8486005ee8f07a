public import Foundation
public import OnRecordCore
public import OnRecordStore

/// What happened to one input during ingest, reported as it happens.
public enum IngestEvent: Equatable, Sendable {
    /// The inputs were found; exactly one more event follows per input (for progress displays).
    case started(inputs: Int)
    /// A new article was stored with this many statements; `rejected` lists statements whose offsets
    /// did not match their text (never expected; reported so nothing is lost silently).
    case stored(path: String, statements: Int, rejected: Int)
    /// The article's URL was already stored with other text; it was stored as version `version` of that URL.
    case newVersion(path: String, version: Int, statements: Int, rejected: Int)
    /// The article's text was already stored; nothing was added.
    case unchanged(path: String)
    /// The input could not be read or stored; `message` says why, for a person.
    case failed(path: String, message: String)
}

/// Choices for one ingest run.
public struct IngestOptions: Sendable {
    /// Files larger than this many bytes are refused.
    public var sizeLimit: Int
    /// Only files whose path matches one of these globs (all files when empty).
    public var include: [String]
    /// Files whose path matches one of these globs are skipped.
    public var exclude: [String]
    /// Stop at the first failure.
    public var isStrict: Bool
    /// Metadata for inputs that lack it (outlet, URL, date).
    public var defaults: ArticleMetadata
    /// Documents read and extracted in parallel before being written.
    public var batchSize: Int
    /// Re-extract articles whose text is already stored, replacing their automatic statements.
    public var isReextracting: Bool

    /// Creates options with a 10 MiB size limit.
    public init(
        sizeLimit: Int = 10 << 20, include: [String] = [], exclude: [String] = [], isStrict: Bool = false,
        defaults: ArticleMetadata = ArticleMetadata(), batchSize: Int = 64, isReextracting: Bool = false
    ) {
        self.isReextracting = isReextracting
        self.sizeLimit = sizeLimit
        self.include = include
        self.exclude = exclude
        self.isStrict = isStrict
        self.defaults = defaults
        self.batchSize = max(1, batchSize)
    }
}

/// Reads articles, extracts their statements on all cores, and stores them one transaction per article.
public struct IngestPipeline: Sendable {
    private let database: OnRecordDatabase
    private let extractor: any StatementExtractor
    private let now: @Sendable () -> Date

    /// Creates a pipeline writing to `database` with `extractor`; `now` gives ingest timestamps.
    public init(
        database: OnRecordDatabase, extractor: any StatementExtractor,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.database = database
        self.extractor = extractor
        self.now = now
    }

    /// Ingests every file under `paths` (folders recursively; `-` reads standard input).
    ///
    /// A broken input is reported through `report` and skipped; the rest of the batch still lands.
    /// - Returns: The run's totals (also stored in `ingest_runs`).
    /// - Throws: ``StoreError`` when the database itself fails (not for a bad input).
    public func run(
        paths: [String], options: IngestOptions = IngestOptions(), report: (IngestEvent) -> Void
    ) throws(StoreError) -> IngestTotals {
        let runID = try database.beginIngestRun(extractor: extractor.identifier, at: now())
        var totals = IngestTotals()
        let inputs = ArticleDiscovery(
            extensions: ArticleSource.supportedExtensions, include: options.include, exclude: options.exclude
        ).discover(paths)
        report(.started(inputs: inputs.count))
        let batchSize = options.batchSize
        let extractor = self.extractor
        let batchCount = (inputs.count + batchSize - 1) / batchSize
        try pipelined(
            count: batchCount, lookahead: 2,
            produce: { index in
                let batch = Array(inputs[index * batchSize..<min((index + 1) * batchSize, inputs.count)])
                return parallelMap(batch) { input in
                    PreparedInput.prepare(input, options: options, extractor: extractor)
                }
            },
            consume: { (prepared: [PreparedInput]) throws(StoreError) -> Bool in
                for item in prepared {
                    let event = try store(
                        item, runID: runID, replacingExisting: options.isReextracting, totals: &totals)
                    report(event)
                    if case .failed = event, options.isStrict { return false }
                }
                return true
            })
        try database.finishIngestRun(runID, totals: totals, at: now())
        return totals
    }

    private func store(
        _ item: PreparedInput, runID: Int64, replacingExisting: Bool, totals: inout IngestTotals
    ) throws(StoreError)
        -> IngestEvent
    {
        var events: [IngestEvent] = []
        for result in item.results {
            switch result {
            case .failure(let message):
                totals.documentsFailed += 1
                events.append(.failed(path: item.path, message: message))
            case .success(let (article, statements, textSHA256)):
                do {
                    switch try database.ingest(
                        article, statements: statements, extractor: extractor.identifier, runID: runID,
                        replacingExisting: replacingExisting, at: now(), textSHA256: textSHA256)
                    {
                    case .stored(_, let count, let rejected):
                        totals.documentsNew += 1
                        totals.statementsStored += count
                        events.append(.stored(path: item.path, statements: count, rejected: rejected.count))
                    case .unchanged:
                        totals.documentsUnchanged += 1
                        events.append(.unchanged(path: item.path))
                    case .newVersion(_, let version, _, let count, let rejected):
                        totals.documentsNew += 1
                        totals.documentsNewVersions += 1
                        totals.statementsStored += count
                        events.append(
                            .newVersion(path: item.path, version: version, statements: count, rejected: rejected.count))
                    case .reextracted(_, let count, let rejected):
                        totals.documentsUnchanged += 1
                        totals.statementsStored += count
                        events.append(.stored(path: item.path, statements: count, rejected: rejected.count))
                    }
                } catch .databaseBusy(let path) {
                    totals.documentsFailed += 1
                    events.append(
                        .failed(
                            path: item.path,
                            message: "the database '\(path)' stayed busy; run the same command again to finish"))
                }
            }
        }
        // One input (a JSON Lines file) can hold many articles; report the first failure, else the last event.
        return events.first { if case .failed = $0 { true } else { false } } ?? events.last
            ?? .failed(path: item.path, message: "no article found")
    }
}

/// One input read and extracted, ready to be written.
struct PreparedInput: Sendable {
    enum Outcome: Sendable {
        /// The article, its statements and the SHA-256 of its text (computed here, off the writer's thread).
        case success((Article, [ExtractedStatement], String))
        case failure(String)
    }

    var path: String
    var results: [Outcome]

    static func prepare(_ input: DiscoveredInput, options: IngestOptions, extractor: any StatementExtractor)
        -> PreparedInput
    {
        switch input {
        case .failure(let path, let error):
            return PreparedInput(path: path, results: [.failure(error.localizedDescription)])
        case .file(let path):
            do {
                let articles = try ArticleSource.read(path: path, sizeLimit: options.sizeLimit)
                return PreparedInput(
                    path: path,
                    results: articles.map { result in
                        switch result {
                        case .success(var article):
                            article.metadata.fillMissing(from: options.defaults)
                            if article.publishedAt == nil, let raw = article.metadata.publishedRaw {
                                article.publishedAt = DateNormalizer.isoDate(from: raw)
                            }
                            return .success(
                                (article, extractor.extract(from: article.text), SHA256.hexDigest(of: article.text)))
                        case .failure(let failure):
                            return .failure(failure.message)
                        }
                    })
            } catch {
                return PreparedInput(path: path, results: [.failure(error.localizedDescription)])
            }
        }
    }
}

extension ArticleMetadata {
    /// Takes each field from `defaults` where this one has none.
    mutating func fillMissing(from defaults: ArticleMetadata) {
        title = title ?? defaults.title
        url = url ?? defaults.url
        outlet = outlet ?? defaults.outlet
        author = author ?? defaults.author
        publishedRaw = publishedRaw ?? defaults.publishedRaw
    }
}
