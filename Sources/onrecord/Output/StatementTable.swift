import OnRecordCore

/// Which statement columns a terminal table shows (exports show them all).
enum StatementTable {
    private static func index(_ name: String) -> Int {
        ExportColumns.statement.firstIndex(of: name) ?? 0
    }

    /// Id, date, actor, kind, text, outlet and source.
    static let columns: [TableColumn] = [
        TableColumn(heading: "id", cellIndex: index("statement_id"), maxWidth: 7),
        TableColumn(heading: "date", cellIndex: index("stated_on"), maxWidth: 10),
        TableColumn(heading: "actor", cellIndex: index("actor"), maxWidth: 22),
        TableColumn(heading: "kind", cellIndex: index("kind"), maxWidth: 8),
        TableColumn(heading: "cue", cellIndex: index("cue"), maxWidth: 12),
        TableColumn(heading: "text", cellIndex: index("text"), maxWidth: 70),
        TableColumn(heading: "outlet", cellIndex: index("outlet"), maxWidth: 20),
        TableColumn(heading: "source", cellIndex: index("url"), maxWidth: 60),
    ]

    /// Writes statements with the shared output options.
    static func write(_ rows: [StatementRow], with output: OutputOptions) throws -> Int {
        let writer = try output.makeWriter(columns: ExportColumns.statement, tableColumns: columns)
        for row in rows {
            var cells = ExportColumns.values(for: row)
            if output.format == .table {
                // People reading a table see the current wording; files keep source words and correction apart.
                cells[index("text")] = .string(row.currentText)
                if case .null = cells[index("url")] { cells[index("url")] = .string(row.source) }
            }
            writer.write(cells)
        }
        writer.finish()
        return writer.count
    }
}
