import GRDB

/// One row of `documents`.
struct DocumentRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "documents"
    var id: Int64?
    var text: String
    var contentSHA256: String
    var url: String?
    var title: String?
    var outlet: String?
    var author: String?
    var publishedAt: String?
    var publishedRaw: String?
    var ingestedAt: String
    var sourcePath: String?
    var sourceSHA256: String?
    var format: String
    var ingestRunID: Int64?

    enum CodingKeys: String, CodingKey {
        case id, text
        case contentSHA256 = "content_sha256"
        case url, title, outlet, author
        case publishedAt = "published_at"
        case publishedRaw = "published_raw"
        case ingestedAt = "ingested_at"
        case sourcePath = "source_path"
        case sourceSHA256 = "source_sha256"
        case format
        case ingestRunID = "ingest_run_id"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// One row of `actors`.
struct ActorRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "actors"
    var id: Int64?
    var name: String
    var kind: String
    var description: String?
    var createdAt: String

    enum CodingKeys: String, CodingKey {
        case id, name, kind, description
        case createdAt = "created_at"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// One row of `statements`.
struct StatementRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "statements"
    var id: Int64?
    var documentID: Int64
    var actorID: Int64?
    var kind: String
    var text: String
    var charStart: Int
    var charEnd: Int
    var speakerMention: String?
    var speakerStart: Int?
    var speakerEnd: Int?
    var cue: String?
    var cueStart: Int?
    var cueEnd: Int?
    var rule: String
    var confidence: Double
    var statedOn: String?
    var extractor: String
    var createdAt: String
    var status: String = "active"
    var isLocked: Bool = false

    enum CodingKeys: String, CodingKey {
        case id
        case documentID = "document_id"
        case actorID = "actor_id"
        case kind, text
        case charStart = "char_start"
        case charEnd = "char_end"
        case speakerMention = "speaker_mention"
        case speakerStart = "speaker_start"
        case speakerEnd = "speaker_end"
        case cue
        case cueStart = "cue_start"
        case cueEnd = "cue_end"
        case rule, confidence
        case statedOn = "stated_on"
        case extractor
        case createdAt = "created_at"
        case status
        case isLocked = "is_locked"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// One row of `ingest_runs`.
struct IngestRunRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "ingest_runs"
    var id: Int64?
    var startedAt: String
    var finishedAt: String?
    var extractor: String
    var documentsNew: Int
    var documentsUnchanged: Int
    var documentsFailed: Int
    var statementsStored: Int

    enum CodingKeys: String, CodingKey {
        case id
        case startedAt = "started_at"
        case finishedAt = "finished_at"
        case extractor
        case documentsNew = "documents_new"
        case documentsUnchanged = "documents_unchanged"
        case documentsFailed = "documents_failed"
        case statementsStored = "statements_stored"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
