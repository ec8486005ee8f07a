public import Foundation
import GRDB
public import OnRecordCore

// The desk: statements people log, correct, confirm, reject, retract and review.
//
// Provenance is never given up. `statements.text` and its offsets always stay the source document's words;
// a corrected wording lives in `statement_curations.corrected_text` (tables, `show`, `history` and ClaimReview
// show it; exports carry both). A logged
// statement gets its own small document (format `manual`) whose text records who said what, where and
// when, so its offsets point at its words like any other statement's. Every action locks the statement,
// so `ingest --reextract` never replaces it, and writes a `statement_edits` row with who, when and why.

extension OnRecordDatabase {
    /// Stores a statement a person logged, in its own `manual` document, and returns its id.
    ///
    /// The speaker is matched against every actor alias; an unknown name becomes a new actor.
    ///
    /// - Parameters:
    ///   - manual: What was said, by whom, when and where, and who logged it.
    ///   - date: The logging time (injected so tests are deterministic).
    /// - Returns: The new statement's id.
    /// - Throws: ``DeskError/ambiguousSpeaker(name:candidates:)``, ``DeskError/duplicateLog(speaker:)``,
    ///   ``DeskError/invalidValue(field:value:reason:)``, or ``StoreError`` for database failures.
    public func logStatement(_ manual: ManualStatement, at date: Date) throws -> Int64 {
        for (field, value) in [
            ("speaker", manual.speaker), ("text", manual.text), ("source", manual.source), ("by", manual.loggedBy),
        ]
        where value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw DeskError.invalidValue(field: field, value: value, reason: "it is empty")
        }
        let now = Timestamp.iso(date)
        let (text, span) = manual.document(loggedAt: now)
        let sha = ContentHash.sha256Hex(of: text)
        let statement = ExtractedStatement(
            kind: manual.kind, text: manual.text, span: span, speaker: manual.speaker, speakerMention: manual.speaker,
            speakerSpan: nil, cue: nil, cueSpan: nil, rule: "manual", confidence: 1)
        guard Provenance.holds(for: statement, in: Array(text.unicodeScalars)) else {
            throw StoreError.provenanceMismatch(statement: manual.text)
        }
        return try writeTransaction { db in
            if try Int.fetchOne(db, sql: "SELECT 1 FROM documents WHERE content_sha256 = ?", arguments: [sha]) != nil {
                throw DeskError.duplicateLog(speaker: manual.speaker)
            }
            var document = DocumentRecord(
                id: nil, text: text, contentSHA256: sha, url: manual.sourceURL,
                title: manual.sourceURL == nil ? manual.source : nil, outlet: manual.outlet, author: nil,
                publishedAt: manual.statedOn, publishedRaw: manual.statedOn, ingestedAt: now, sourcePath: nil,
                sourceSHA256: nil, format: "manual", ingestRunID: nil)
            try document.insert(db)
            let actor = try Self.linkSpeaker(manual.speaker, kind: manual.speakerKind, in: db, at: now)
            var record = StatementRecord(
                id: nil, documentID: document.id ?? db.lastInsertedRowID, actorID: actor.id, kind: manual.kind.rawValue,
                text: manual.text, charStart: span.start, charEnd: span.end, speakerMention: manual.speaker,
                speakerStart: 0, speakerEnd: manual.speaker.unicodeScalars.count, cue: nil, cueStart: nil, cueEnd: nil,
                rule: "manual", confidence: 1,
                statedOn: manual.statedOn, extractor: "manual", createdAt: now, status: "active", isLocked: true)
            try record.insert(db)
            let id = record.id ?? db.lastInsertedRowID
            try db.execute(
                sql: """
                    INSERT INTO statement_curations (statement_id, note, logged_by, updated_at) VALUES (?, ?, ?, ?)
                    """,
                arguments: [id, manual.note, manual.loggedBy, now])
            try Self.recordHistory(
                id, action: .log, field: nil, old: nil, new: manual.text, by: manual.loggedBy, reason: manual.note,
                at: now, in: db)
            return id
        }
    }

    /// Changes a statement's speaker, wording, kind, date or note, recording each change in its history.
    ///
    /// A new wording never overwrites the source's words: it is stored as the corrected text and shown as
    /// the current wording, so the statement's offsets still point at what the document says.
    ///
    /// - Parameters:
    ///   - id: The statement.
    ///   - changes: The fields to change; fields equal to their current value are skipped.
    ///   - person: Who made the change.
    ///   - reason: Why.
    ///   - date: When (injected).
    /// - Returns: The history entries written, one per changed field.
    /// - Throws: ``StoreError/statementNotFound(id:)``, ``DeskError/nothingToChange(id:)``,
    ///   ``DeskError/ambiguousSpeaker(name:candidates:)``, ``DeskError/invalidValue(field:value:reason:)``.
    @discardableResult
    public func editStatement(
        id: Int64, changes: StatementChanges, by person: String, reason: String, at date: Date
    ) throws -> [StatementHistoryEntry] {
        try Self.requireText(person, field: "by")
        try Self.requireText(reason, field: "reason")
        if let text = changes.text { try Self.requireText(text, field: "text") }
        if let speaker = changes.speaker { try Self.requireText(speaker, field: "speaker") }
        let now = Timestamp.iso(date)
        return try writeTransaction { db in
            let state = try Self.curationState(id, in: db)
            var changed: [(field: String, old: String?, new: String?)] = []
            if let speaker = changes.speaker {
                let actor = try Self.linkSpeaker(speaker, kind: .person, in: db, at: now)
                if actor.id != state.record.actorID {
                    try db.execute(sql: "UPDATE statements SET actor_id = ? WHERE id = ?", arguments: [actor.id, id])
                    changed.append(("speaker", state.speakerName, actor.name))
                }
            }
            if let text = changes.text, text != state.currentText {
                try Self.updateCuration(
                    id, column: .correctedText, value: text == state.record.text ? nil : text, in: db, at: now)
                changed.append(("text", state.currentText, text))
            }
            if let kind = changes.kind, kind.rawValue != state.record.kind {
                try db.execute(sql: "UPDATE statements SET kind = ? WHERE id = ?", arguments: [kind.rawValue, id])
                changed.append(("kind", state.record.kind, kind.rawValue))
            }
            if let day = changes.statedOn, day != state.record.statedOn {
                try db.execute(sql: "UPDATE statements SET stated_on = ? WHERE id = ?", arguments: [day, id])
                changed.append(("stated_on", state.record.statedOn, day))
            }
            if let note = changes.note, note != state.note {
                try Self.updateCuration(id, column: .note, value: note, in: db, at: now)
                changed.append(("note", state.note, note))
            }
            if changed.isEmpty { throw DeskError.nothingToChange(id: id) }
            try db.execute(sql: "UPDATE statements SET is_locked = 1 WHERE id = ?", arguments: [id])
            return try changed.map { change in
                try Self.recordHistory(
                    id, action: .edit, field: change.field, old: change.old, new: change.new, by: person,
                    reason: reason,
                    at: now, in: db)
            }
        }
    }

    /// Withdraws a statement: it stays in the database, marked `retracted`, and listings leave it out.
    ///
    /// - Throws: ``StoreError/statementNotFound(id:)``, ``DeskError/alreadyWithdrawn(id:status:)``.
    @discardableResult
    public func retractStatement(id: Int64, by person: String, reason: String, at date: Date) throws
        -> StatementHistoryEntry
    {
        try withdraw(id: id, status: "retracted", action: .retract, by: person, reason: reason, at: date)
    }

    /// Marks an automatically extracted statement as wrong (`rejected`); it is kept but left out of listings.
    ///
    /// - Throws: ``StoreError/statementNotFound(id:)``, ``DeskError/alreadyWithdrawn(id:status:)``,
    ///   ``DeskError/notAutomatic(id:)`` for a logged statement (retract it instead).
    @discardableResult
    public func rejectStatement(id: Int64, by person: String, reason: String, at date: Date) throws
        -> StatementHistoryEntry
    {
        try withdraw(id: id, status: "rejected", action: .reject, by: person, reason: reason, at: date)
    }

    private func withdraw(
        id: Int64, status: String, action: CurationAction, by person: String, reason: String, at date: Date
    ) throws -> StatementHistoryEntry {
        try Self.requireText(person, field: "by")
        try Self.requireText(reason, field: "reason")
        let now = Timestamp.iso(date)
        return try writeTransaction { db in
            let state = try Self.curationState(id, in: db)
            if action == .reject && state.record.extractor == "manual" { throw DeskError.notAutomatic(id: id) }
            if state.record.status != "active" { throw DeskError.alreadyWithdrawn(id: id, status: state.record.status) }
            try db.execute(
                sql: "UPDATE statements SET status = ?, is_locked = 1 WHERE id = ?", arguments: [status, id])
            try Self.updateCuration(id, column: nil, value: nil, in: db, at: now)
            return try Self.recordHistory(
                id, action: action, field: "status", old: state.record.status, new: status, by: person, reason: reason,
                at: now, in: db)
        }
    }

    /// Marks an automatically extracted statement as checked by `person` and locks it.
    ///
    /// - Throws: ``StoreError/statementNotFound(id:)``, ``DeskError/notActive(id:status:)``,
    ///   ``DeskError/notAutomatic(id:)``.
    @discardableResult
    public func confirmStatement(id: Int64, by person: String, at date: Date) throws -> StatementHistoryEntry {
        try Self.requireText(person, field: "by")
        let now = Timestamp.iso(date)
        return try writeTransaction { db in
            let state = try Self.curationState(id, in: db)
            if state.record.extractor == "manual" { throw DeskError.notAutomatic(id: id) }
            if state.record.status != "active" { throw DeskError.notActive(id: id, status: state.record.status) }
            try db.execute(sql: "UPDATE statements SET is_locked = 1 WHERE id = ?", arguments: [id])
            try Self.updateCuration(id, column: .checkedBy, value: person, in: db, at: now)
            try Self.updateCuration(id, column: .checkedAt, value: now, in: db, at: now)
            return try Self.recordHistory(
                id, action: .confirm, field: nil, old: nil, new: nil, by: person, reason: nil, at: now, in: db)
        }
    }

    /// Records a verdict on a statement and locks it; a statement may have several verdicts.
    ///
    /// - Parameters:
    ///   - id: The statement.
    ///   - request: The verdict, organization, fact-check URL, summary and date.
    ///   - scale: A scale read from a file: it is saved under its name (replacing a scale of that name) and
    ///     used. When `nil`, the scale named `scaleName` is read from `rating_scales`.
    ///   - scaleName: The stored scale to use when `scale` is `nil`.
    ///   - date: When it was recorded (injected).
    /// - Returns: The stored review with the numbers of its scale.
    /// - Throws: ``StoreError/statementNotFound(id:)``, ``DeskError/unknownRating(rating:scale:ratings:)``,
    ///   ``DeskError/unknownScale(name:known:)``, ``DeskError/notActive(id:status:)``.
    @discardableResult
    public func reviewStatement(
        id: Int64, _ request: ReviewRequest, scale: RatingScale? = nil, scaleName: String = RatingScale.defaultName,
        at date: Date
    ) throws -> StatementReview {
        try Self.requireText(request.reviewer, field: "by")
        try Self.requireText(request.summary, field: "summary")
        let now = Timestamp.iso(date)
        return try writeTransaction { db in
            let state = try Self.curationState(id, in: db)
            if state.record.status != "active" { throw DeskError.notActive(id: id, status: state.record.status) }
            let ratingScale: RatingScale
            if let scale {
                try Self.saveRatingScale(scale, in: db)
                ratingScale = scale
            } else {
                ratingScale = try Self.ratingScale(named: scaleName, in: db)
            }
            guard let rating = ratingScale.rating(named: request.rating) else {
                throw DeskError.unknownRating(
                    rating: request.rating, scale: ratingScale.name, ratings: ratingScale.ratings.map(\.name))
            }
            let hasNumber = rating.value != nil
            var review = StatementReview(
                id: 0, statementID: id, rating: rating.name, ratingValue: rating.value,
                bestRating: hasNumber ? ratingScale.bestRating : nil,
                worstRating: hasNumber ? ratingScale.worstRating : nil,
                scale: ratingScale.name, reviewer: request.reviewer,
                reviewerURL: request.reviewerURL ?? Self.origin(of: request.url), url: request.url,
                summary: request.summary, reviewedOn: request.reviewedOn, createdAt: now)
            try db.execute(
                sql: """
                    INSERT INTO statement_reviews (statement_id, rating, rating_value, best_rating, worst_rating, scale,
                        reviewer, reviewer_url, url, summary, reviewed_on, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    id, review.rating, review.ratingValue, review.bestRating, review.worstRating, review.scale,
                    review.reviewer, review.reviewerURL, review.url, review.summary, review.reviewedOn, now,
                ])
            review.id = db.lastInsertedRowID
            try db.execute(sql: "UPDATE statements SET is_locked = 1 WHERE id = ?", arguments: [id])
            try Self.updateCuration(id, column: nil, value: nil, in: db, at: now)
            try Self.recordHistory(
                id, action: .review, field: "rating", old: nil, new: "\(review.rating) (\(review.reviewer))",
                by: request.reviewer, reason: request.summary, at: now, in: db)
            return review
        }
    }

    /// The stored rating scale called `name`.
    ///
    /// - Throws: ``DeskError/unknownScale(name:known:)``.
    public func ratingScale(named name: String = RatingScale.defaultName) throws -> RatingScale {
        try readTransaction { db in try Self.ratingScale(named: name, in: db) }
    }

    /// Every stored rating scale, by name.
    public func ratingScales() throws -> [RatingScale] {
        try readTransaction { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT scale FROM rating_scales ORDER BY scale").map {
                try Self.ratingScale(named: $0, in: db)
            }
        }
    }

    /// A statement's current state, its history (oldest first) and its verdicts.
    ///
    /// - Throws: ``StoreError/statementNotFound(id:)``.
    public func history(of id: Int64) throws -> (
        statement: StatementCuration, entries: [StatementHistoryEntry], reviews: [StatementReview]
    ) {
        try readTransaction { db in
            let state = try Self.curationState(id, in: db)
            guard let row = try Self.fetchStatementRows(db, where: ["s.id = \(id)"], orderBy: "s.id", limit: 1).first
            else { throw StoreError.statementNotFound(id: id) }
            let curation = StatementCuration(
                row: row, status: state.record.status, isLocked: state.record.isLocked,
                note: state.note, loggedBy: state.loggedBy, checkedBy: state.checkedBy, checkedAt: state.checkedAt)
            let entries = try Row.fetchAll(
                db, sql: "SELECT * FROM statement_edits WHERE statement_id = ? ORDER BY id", arguments: [id]
            ).map(Self.historyEntry)
            let reviews = try Row.fetchAll(
                db, sql: "SELECT * FROM statement_reviews WHERE statement_id = ? ORDER BY id", arguments: [id]
            ).map(Self.review)
            return (curation, entries, reviews)
        }
    }

    /// Automatically extracted statements a person should look at: confidence below `minConfidence` or no
    /// resolved speaker, not yet confirmed, edited, rejected or reviewed; most recent first.
    ///
    /// - Parameters:
    ///   - minConfidence: Statements at or above this confidence with a resolved speaker are left out.
    ///   - limit: At most this many.
    public func reviewQueue(minConfidence: Double, limit: Int?) throws(StoreError) -> [StatementRow] {
        try read { db in
            try Self.fetchStatementRows(
                db,
                where: [
                    "s.status = 'active'", "s.is_locked = 0", "s.extractor != 'manual'",
                    "(s.confidence < \(minConfidence) OR s.actor_id IS NULL)",
                ],
                orderBy: "s.stated_on IS NULL, s.stated_on DESC, s.created_at DESC, s.id DESC", limit: limit)
        }
    }

    /// Every verdict on active statements matching `filter`, with the claim's speaker, date and the documents
    /// it appeared in (every document where the same speaker has the same words), for ClaimReview export.
    ///
    /// Verdicts come in publication order. Every filter the statement listings take (dates, kind, actor,
    /// outlet, topic, versions) applies to the statements, so `export --format claimreview --outlet X` exports
    /// only that outlet's verdicts, as the other export formats would.
    ///
    /// - Throws: ``StoreError/unknownActor(name:suggestions:)`` for an unknown actor filter,
    ///   ``QueryError/unknownTopic(name:known:)`` for an unknown topic.
    public func claimReviewItems(filter: StatementFilter = StatementFilter()) throws -> [ClaimReviewItem] {
        try readTransaction { db in
            let conditions = try Self.filterConditions(for: filter, includingActor: true, in: db)
            var query: SQL = """
                SELECT r.*, s.actor_id, s.text AS source_text, COALESCE(c.corrected_text, s.text) AS claim,
                       a.name AS actor_name, a.kind AS actor_kind, s.stated_on, s.document_id
                FROM statement_reviews r
                JOIN statements s ON s.id = r.statement_id
                LEFT JOIN actors a ON a.id = s.actor_id
                LEFT JOIN statement_curations c ON c.statement_id = s.id
                WHERE
                """
            query += " " + conditions.joined(separator: " AND ")
            query += " ORDER BY r.reviewed_on, r.id"
            if let limit = filter.limit { query += " LIMIT \(limit)" }
            return try Row.fetchAll(db, SQLRequest(literal: query)).map { row in
                let actorID: Int64? = row["actor_id"]
                let appearances = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT DISTINCT d.id, d.url, d.title, d.outlet, d.published_at FROM statements s
                        JOIN documents d ON d.id = s.document_id
                        WHERE s.document_id = ? OR (s.actor_id = ? AND s.text = ? AND s.status = 'active')
                        ORDER BY d.published_at IS NULL, d.published_at, d.id
                        """,
                    arguments: [row["document_id"] as Int64, actorID, row["source_text"] as String]
                ).map {
                    ClaimReviewItem.Appearance(
                        url: $0["url"], name: $0["title"], outlet: $0["outlet"], publishedAt: $0["published_at"])
                }
                return ClaimReviewItem(
                    review: Self.review(row), claim: row["claim"], speaker: row["actor_name"],
                    speakerKind: (row["actor_kind"] as String?).flatMap(ActorKind.init(rawValue:)) ?? .unknown,
                    statedOn: row["stated_on"], appearances: appearances)
            }
        }
    }
}

// MARK: - Helpers

extension OnRecordDatabase {
    static func requireText(_ value: String, field: String) throws {
        if value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw DeskError.invalidValue(field: field, value: value, reason: "it is empty")
        }
    }

    /// A statement's row and what people added to it.
    struct CurationState {
        var record: StatementRecord
        var speakerName: String?
        var correctedText: String?
        var note: String?
        var loggedBy: String?
        var checkedBy: String?
        var checkedAt: String?

        var currentText: String { correctedText ?? record.text }
    }

    static func curationState(_ id: Int64, in db: Database) throws -> CurationState {
        guard let record = try StatementRecord.fetchOne(db, key: id) else { throw StoreError.statementNotFound(id: id) }
        let curation = try Row.fetchOne(
            db, sql: "SELECT * FROM statement_curations WHERE statement_id = ?", arguments: [id])
        let actorName = try record.actorID.flatMap {
            try String.fetchOne(db, sql: "SELECT name FROM actors WHERE id = ?", arguments: [$0])
        }
        return CurationState(
            record: record, speakerName: actorName ?? record.speakerMention, correctedText: curation?["corrected_text"],
            note: curation?["note"], loggedBy: curation?["logged_by"], checkedBy: curation?["checked_by"],
            checkedAt: curation?["checked_at"])
    }

    /// A column of `statement_curations` that a desk action sets.
    enum CurationColumn {
        case correctedText, note, checkedBy, checkedAt

        /// The update, written out per column so no SQL is ever assembled from names.
        var updateSQL: String {
            switch self {
            case .correctedText: "UPDATE statement_curations SET corrected_text = ? WHERE statement_id = ?"
            case .note: "UPDATE statement_curations SET note = ? WHERE statement_id = ?"
            case .checkedBy: "UPDATE statement_curations SET checked_by = ? WHERE statement_id = ?"
            case .checkedAt: "UPDATE statement_curations SET checked_at = ? WHERE statement_id = ?"
            }
        }
    }

    /// Creates the statement's curation row if needed and stamps it; then sets `column`, if any, to `value`.
    static func updateCuration(
        _ id: Int64, column: CurationColumn?, value: String?, in db: Database, at now: String
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO statement_curations (statement_id, updated_at) VALUES (?, ?)
                ON CONFLICT (statement_id) DO UPDATE SET updated_at = excluded.updated_at
                """,
            arguments: [id, now])
        guard let column else { return }
        try db.execute(sql: column.updateSQL, arguments: [value, id])
    }

    @discardableResult
    static func recordHistory(
        _ id: Int64, action: CurationAction, field: String?, old: String?, new: String?, by person: String,
        reason: String?, at now: String, in db: Database
    ) throws -> StatementHistoryEntry {
        try db.execute(
            sql: """
                INSERT INTO statement_edits (statement_id, action, field, old_value, new_value, edited_by, reason, edited_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [id, action.rawValue, field, old, new, person, reason, now])
        return StatementHistoryEntry(
            id: db.lastInsertedRowID, statementID: id, action: action, field: field, oldValue: old, newValue: new,
            by: person, reason: reason, at: now)
    }

    static func historyEntry(_ row: Row) -> StatementHistoryEntry {
        StatementHistoryEntry(
            id: row["id"], statementID: row["statement_id"],
            action: CurationAction(rawValue: row["action"]) ?? .edit, field: row["field"], oldValue: row["old_value"],
            newValue: row["new_value"], by: row["edited_by"], reason: row["reason"], at: row["edited_at"])
    }

    static func review(_ row: Row) -> StatementReview {
        StatementReview(
            id: row["id"], statementID: row["statement_id"], rating: row["rating"], ratingValue: row["rating_value"],
            bestRating: row["best_rating"], worstRating: row["worst_rating"], scale: row["scale"],
            reviewer: row["reviewer"], reviewerURL: row["reviewer_url"], url: row["url"], summary: row["summary"],
            reviewedOn: row["reviewed_on"], createdAt: row["created_at"])
    }

    /// Finds the actor `name` means, as `resolveActor` does, or makes a new one; refuses to guess between
    /// several actors.
    static func linkSpeaker(_ name: String, kind: ActorKind, in db: Database, at now: String) throws -> (
        id: Int64, name: String
    ) {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        let key = NameKey.key(for: trimmed)
        guard !key.isEmpty else {
            throw DeskError.invalidValue(field: "speaker", value: name, reason: "it has no letters")
        }
        do {
            let actor = try resolveActor(named: trimmed, in: db)
            try db.execute(
                sql: """
                    INSERT INTO actor_aliases (actor_id, alias, alias_key, source) VALUES (?, ?, ?, 'curated')
                    ON CONFLICT (actor_id, alias_key) DO NOTHING
                    """,
                arguments: [actor.id, trimmed, key])
            return (actor.id, actor.name)
        } catch StoreError.unknownActor {
            let exact = try Int64.fetchAll(
                db, sql: "SELECT DISTINCT actor_id FROM actor_aliases WHERE alias_key = ?", arguments: [key])
            var candidates = exact
            if candidates.isEmpty, !key.contains(" ") {
                let rows = try Row.fetchAll(
                    db, sql: "SELECT actor_id, alias FROM actor_aliases WHERE alias_key LIKE ?", arguments: ["% " + key]
                )
                candidates = Array(
                    Set(rows.filter { NameKey.surnameKey(for: $0["alias"]) == key }.map { $0["actor_id"] as Int64 }))
            }
            if candidates.count > 1 {
                throw DeskError.ambiguousSpeaker(
                    name: trimmed, candidates: try actorSummaries(ids: candidates, in: db).map(\.name).sorted())
            }
            var actor = ActorRecord(id: nil, name: trimmed, kind: kind.rawValue, description: nil, createdAt: now)
            try actor.insert(db)
            let actorID = actor.id ?? db.lastInsertedRowID
            try db.execute(
                sql: "INSERT INTO actor_aliases (actor_id, alias, alias_key, source) VALUES (?, ?, ?, 'curated')",
                arguments: [actorID, trimmed, key])
            return (actorID, trimmed)
        }
    }

    static func ratingScale(named name: String, in db: Database) throws -> RatingScale {
        let rows = try Row.fetchAll(
            db, sql: "SELECT rating, rating_value FROM rating_scales WHERE scale = ? ORDER BY position, id",
            arguments: [name])
        if rows.isEmpty {
            throw DeskError.unknownScale(
                name: name,
                known: try String.fetchAll(db, sql: "SELECT DISTINCT scale FROM rating_scales ORDER BY scale"))
        }
        return RatingScale(
            name: name, ratings: rows.map { RatingScale.Rating(name: $0["rating"], value: $0["rating_value"]) })
    }

    static func saveRatingScale(_ scale: RatingScale, in db: Database) throws {
        try db.execute(sql: "DELETE FROM rating_scales WHERE scale = ?", arguments: [scale.name])
        for (position, rating) in scale.ratings.enumerated() {
            try db.execute(
                sql: "INSERT INTO rating_scales (scale, position, rating, rating_value) VALUES (?, ?, ?, ?)",
                arguments: [scale.name, position + 1, rating.name, rating.value])
        }
    }

    /// `https://host` of a URL, the fact-checker's site when no other is given.
    static func origin(of url: String) -> String? {
        guard let components = URLComponents(string: url), let scheme = components.scheme, let host = components.host
        else { return nil }
        return "\(scheme)://\(host)"
    }
}
