import OnRecordCore
import OnRecordStore

/// `onrecord export --format claimreview`: verdicts as schema.org ClaimReview JSON-LD.
enum ClaimReviewExport {
    /// Writes every verdict on statements matching `filter` as one JSON array of ClaimReview objects.
    ///
    /// - Returns: How many verdicts were written.
    static func write(from db: OnRecordDatabase, filter: StatementFilter, to output: String?) throws -> Int {
        let items = try db.claimReviewItems(filter: filter)
        let sink = try OutputSink(path: output)
        sink.write(ClaimReviewEncoder.document(for: items))
        sink.close()
        return items.count
    }
}
