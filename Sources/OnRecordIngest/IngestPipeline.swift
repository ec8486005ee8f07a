public import Foundation
public import OnRecordCore
public import OnRecordStore

/// What happened to one input during ingest, reported as it happens.
public enum IngestEvent: Equatable, Sendable {
    /// Ingest began; inputs are found while earlier ones are read, so their number is not known yet.
    case started
    /// Every input has been found: `inputs` in all, each with exactly one event of its own (some may
    /// already have been reported). For progress displays.
    case discovered(inputs: Int)
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
    /// Documents read and extracted in parallel, then written in one transaction (each landing whole or
    /// not at all).
    ///
    /// 512 by default: larger batches write shared index pages and the FTS5 segment once for more
    /// articles. At 10,000 articles the writer took 0.59-0.67 ms per article at 64, 0.54-0.57 at 128 and
    /// 0.52-0.55 at 256; past about 100,000 articles, where every batch's statements land at random
    /// places in the date-ordered indexes, 512 (with the writer's 32 MB cache) made a fresh 100,000-article
    /// ingest take 49-54 s instead of 74-88 s (alternating runs). Larger batches hold the write lock
    /// longer (about 300 ms at 512; other writers wait, readers do not) and keep more articles in memory.
    public var batchSize: Int
    /// Re-extract articles whose text is already stored, replacing their automatic statements.
    public var isReextracting: Bool

    /// Creates options with a 10 MiB size limit.
    public init(
        sizeLimit: Int = 10 << 20, include: [String] = [], exclude: [String] = [], isStrict: Bool = false,
        defaults: ArticleMetadata = ArticleMetadata(), batchSize: Int = 512, isReextracting: Bool = false
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

/// Reads articles, extracts their statements on every core but the writer's, and stores them one
/// transaction per batch, each article landing whole or not at all.
public struct IngestPipeline: Sendable {
    /// Threads that read and extract: one per core but the writer's. The writer thread bounds ingest,
    /// and extraction on every core took CPU from it: on 2 cores a fresh 100,000-article ingest took
    /// 48-60 s with two extraction threads and 42-46 s with one (alternating runs); one thread still
    /// extracts faster than the writer stores.
    static let extractionWorkers = max(1, ProcessInfo.processInfo.activeProcessorCount - 1)

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
        // Discovery streams: the producer thread lists folders as it reads, so the list of paths is never
        // held whole (it was what made peak memory grow with the corpus).
        let source = InputSource(
            ArticleDiscovery(
                extensions: ArticleSource.supportedExtensions, include: options.include, exclude: options.exclude
            ).inputs(paths))
        report(.started)
        let batchSize = options.batchSize
        let extractor = self.extractor
        // WAL checkpoints run on a connection and thread of their own (`BackgroundCheckpointer`): the writer
        // thread is what bounds ingest.
        try database.withBackgroundCheckpoints { (checkpointer) throws(StoreError) in
            try pipelined(
                lookahead: 2,
                produce: {
                    guard let (inputs, total) = source.next(batchSize) else { return nil }
                    let prepared = parallelMap(inputs, workers: Self.extractionWorkers) { input in
                        PreparedInput.prepare(input, options: options, extractor: extractor)
                    }
                    return PreparedBatch(inputs: prepared, discoveredTotal: total)
                },
                consume: { (batch: PreparedBatch) throws(StoreError) -> Bool in
                    if let total = batch.discoveredTotal { report(.discovered(inputs: total)) }
                    checkpointer?.willWrite()
                    let (events, stopped) = try store(
                        batch.inputs, runID: runID, options: options, totals: &totals)
                    checkpointer?.didCommit()
                    events.forEach(report)
                    return !stopped
                })
        }
        try database.finishIngestRun(runID, totals: totals, at: now())
        return totals
    }

    /// Writes one batch of prepared inputs in one transaction (each article landing whole or not at all) and
    /// returns one event per input handled, in order, and whether `--strict` stopped at a failure.
    ///
    /// Events are reported after the batch committed, so a reported "stored" is on disk.
    private func store(
        _ prepared: [PreparedInput], runID: Int64, options: IngestOptions, totals: inout IngestTotals
    ) throws(StoreError) -> (events: [IngestEvent], stopped: Bool) {
        // The articles to write, each with the index of its input; with --strict, none after the first
        // input that could not be read.
        var items: [IngestItem] = []
        var owners: [Int] = []
        var handledInputs = prepared.count
        search: for (index, input) in prepared.enumerated() {
            for result in input.results {
                switch result {
                case .failure:
                    if options.isStrict {
                        handledInputs = index + 1
                        break search
                    }
                case .success(let item):
                    items.append(item)
                    owners.append(index)
                }
            }
        }
        var outcomes: [Result<IngestOutcome, StoreError>]
        do {
            outcomes = try database.ingest(
                batch: items, extractor: extractor.identifier, runID: runID,
                replacingExisting: options.isReextracting, at: now(), stopAtFirstFailure: options.isStrict)
        } catch .databaseBusy(let path) {
            outcomes = Array(repeating: .failure(.databaseBusy(path: path)), count: items.count)
        }
        if outcomes.count < items.count, outcomes.count > 0 {
            // --strict stopped at the article of this input.
            handledInputs = min(handledInputs, owners[outcomes.count - 1] + 1)
        }
        var eventsByInput = [[IngestEvent]](repeating: [], count: prepared.count)
        for (owner, outcome) in zip(owners, outcomes) {
            eventsByInput[owner].append(Self.event(for: outcome, path: prepared[owner].path, totals: &totals))
        }
        var events: [IngestEvent] = []
        var stopped = false
        for (index, input) in prepared.enumerated().prefix(handledInputs) {
            var inputEvents: [IngestEvent] = []
            var stored = eventsByInput[index].makeIterator()
            for result in input.results {
                if case .failure(let message) = result {
                    totals.documentsFailed += 1
                    inputEvents.append(.failed(path: input.path, message: message))
                } else if let event = stored.next() {
                    inputEvents.append(event)
                }
            }
            // One input (a JSON Lines file) can hold many articles; report the first failure, else the last event.
            let event =
                inputEvents.first { if case .failed = $0 { true } else { false } } ?? inputEvents.last
                ?? .failed(path: input.path, message: "no article found")
            events.append(event)
            if case .failed = event, options.isStrict {
                stopped = true
                break
            }
        }
        return (events, stopped)
    }

    /// The event for one article's outcome, counted in `totals`.
    private static func event(
        for outcome: Result<IngestOutcome, StoreError>, path: String, totals: inout IngestTotals
    ) -> IngestEvent {
        switch outcome {
        case .success(.stored(_, let count, let rejected)):
            totals.documentsNew += 1
            totals.statementsStored += count
            return .stored(path: path, statements: count, rejected: rejected.count)
        case .success(.unchanged):
            totals.documentsUnchanged += 1
            return .unchanged(path: path)
        case .success(.newVersion(_, let version, _, let count, let rejected)):
            totals.documentsNew += 1
            totals.documentsNewVersions += 1
            totals.statementsStored += count
            return .newVersion(path: path, version: version, statements: count, rejected: rejected.count)
        case .success(.reextracted(_, let count, let rejected)):
            totals.documentsUnchanged += 1
            totals.statementsStored += count
            return .stored(path: path, statements: count, rejected: rejected.count)
        case .failure(.databaseBusy(let database)):
            totals.documentsFailed += 1
            return .failed(
                path: path, message: "the database '\(database)' stayed busy; run the same command again to finish")
        case .failure(.databaseFailure(_, let message)):
            // A constraint the article broke; only this article was rolled back.
            totals.documentsFailed += 1
            return .failed(path: path, message: "it could not be stored: \(message)")
        case .failure(let error):
            totals.documentsFailed += 1
            return .failed(path: path, message: "it could not be stored: \(error)")
        }
    }
}

/// Discovered inputs handed out in batches, on the producer thread only.
private final class InputSource: @unchecked Sendable {
    // @unchecked: only `pipelined`'s producer calls `next`, one call at a time, on its own thread.
    private var inputs: ArticleDiscovery.Inputs
    private var handedOut = 0
    private var isFinished = false

    init(_ inputs: ArticleDiscovery.Inputs) {
        self.inputs = inputs
    }

    /// Up to `count` inputs, with the total number of inputs once discovery has ended; `nil` after the
    /// batch that carried the total.
    func next(_ count: Int) -> ([DiscoveredInput], total: Int?)? {
        guard !isFinished else { return nil }
        var batch: [DiscoveredInput] = []
        batch.reserveCapacity(count)
        while batch.count < count {
            guard let input = inputs.next() else {
                isFinished = true
                handedOut += batch.count
                return (batch, handedOut)
            }
            batch.append(input)
        }
        handedOut += batch.count
        return (batch, nil)
    }
}

/// One batch of inputs read and extracted, and the number of inputs in all once discovery has ended.
struct PreparedBatch: Sendable {
    var inputs: [PreparedInput]
    var discoveredTotal: Int?
}

/// One input read and extracted, ready to be written.
struct PreparedInput: Sendable {
    enum Outcome: Sendable {
        /// The article with its statements and the SHA-256 of its text, statements checked against the text
        /// (both computed here, off the writer's thread).
        case success(IngestItem)
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
                                IngestItem(
                                    article: article, statements: extractor.extract(from: article.text),
                                    textSHA256: ContentHash.sha256Hex(of: article.text)
                                ).checkingProvenance())
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
