import Foundation
import OnRecordCore

/// A column of the terminal table: which export column it shows and how wide it may grow.
struct TableColumn {
    /// The heading printed above the column.
    var heading: String
    /// The index of the value in the row's cells.
    var cellIndex: Int
    /// Longer values are cut with "…".
    var maxWidth: Int
}

/// Writes rows of cells in the chosen format: streams CSV, TSV and JSON; buffers tables to align them.
final class ListingWriter {
    // A class: it carries the open sink and the table buffer across many `write` calls.
    private let format: OutputFormat
    private let columns: [String]
    private let tableColumns: [TableColumn]
    private let sink: OutputSink
    private var tableRows: [[String]] = []
    private var lineBuffer: [UInt8] = []
    private var rowCount = 0

    init(format: OutputFormat, columns: [String], tableColumns: [TableColumn]?, sink: OutputSink) {
        self.format = format
        self.columns = columns
        self.tableColumns =
            tableColumns ?? columns.enumerated().map { TableColumn(heading: $1, cellIndex: $0, maxWidth: 60) }
        self.sink = sink
        switch format {
        case .csv: sink.write(Self.delimited(columns, dialect: .csv))
        case .tsv: sink.write(Self.delimited(columns, dialect: .tsv))
        case .json: sink.write("[")
        case .table, .jsonl: break
        }
    }

    /// Writes one row; `cells` follow `columns`.
    func write(_ cells: [JSONValue]) {
        switch format {
        case .csv, .tsv:
            // Hot path of `export` (a million rows): encode bytes straight into one reused buffer.
            let isCSV = format == .csv
            lineBuffer.removeAll(keepingCapacity: true)
            for (index, cell) in cells.enumerated() {
                if index > 0 { lineBuffer.append(isCSV ? 0x2C : 0x09) }
                DelimitedEncoding.append(cell.plainText, csv: isCSV, to: &lineBuffer)
            }
            if isCSV { lineBuffer.append(0x0D) }
            lineBuffer.append(0x0A)
            sink.write(bytes: lineBuffer)
        case .json: sink.write((rowCount == 0 ? "\n" : ",\n") + object(cells).serialized())
        case .jsonl: sink.write(object(cells).serialized() + "\n")
        case .table: tableRows.append(tableColumns.map { column in TableText.cell(cells[column.cellIndex].plainText) })
        }
        rowCount += 1
    }

    /// One record of CSV (CRLF) or TSV (LF).
    private static func delimited(_ fields: [String], dialect: CSVWriter<StringSink>.Dialect) -> String {
        fields.map { CSVWriter<StringSink>.encode($0, dialect: dialect) }.joined(
            separator: dialect == .csv ? "," : "\t")
            + (dialect == .csv ? "\r\n" : "\n")
    }

    /// The row as a JSON object with the columns as keys, in column order.
    private func object(_ cells: [JSONValue]) -> JSONValue {
        .object(zip(columns, cells).map { (key: $0, value: $1) })
    }

    /// Text printed after a table (table format only), such as a summary.
    private var tableFooter = ""

    /// Adds text to print after the table; other formats ignore it (they carry data only).
    func appendTableFooter(_ text: String) {
        tableFooter += text
    }

    /// How many rows were written.
    var count: Int { rowCount }

    /// Ends the output (closing JSON arrays, printing the table) and closes the destination.
    func finish() {
        switch format {
        case .json: sink.write(rowCount == 0 ? "]\n" : "\n]\n")
        case .table:
            sink.write(
                TableText.render(
                    headings: tableColumns.map(\.heading), rows: tableRows, widths: tableColumns.map(\.maxWidth)))
            sink.write(tableFooter)
        case .csv, .tsv, .jsonl: break
        }
        sink.close()
    }
}

/// Aligned plain-text tables.
enum TableText {
    /// Collapses newlines and tabs so a value fits on one line.
    static func cell(_ value: String) -> String {
        value.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
    }

    /// Renders rows under headings, each column as wide as its widest value up to its maximum.
    static func render(headings: [String], rows: [[String]], widths maxWidths: [Int]) -> String {
        guard !rows.isEmpty else { return "" }
        var widths = headings.map(\.count)
        for row in rows {
            for (index, value) in row.enumerated() {
                widths[index] = min(max(widths[index], value.count), maxWidths[index])
            }
        }
        func line(_ values: [String]) -> String {
            values.enumerated().map { index, value in
                let fitted = value.count > widths[index] ? String(value.prefix(widths[index] - 1)) + "…" : value
                return index == values.count - 1
                    ? fitted : fitted.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        var text = line(headings) + "\n" + line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        for row in rows { text += line(row) + "\n" }
        return text
    }
}

/// CSV and TSV field encoding on UTF-8 bytes, byte-for-byte the same as `CSVWriter.encode` (a test
/// compares them), without the per-field `String` work.
enum DelimitedEncoding {
    /// Appends `field` encoded for CSV (quoted when it holds `,` `"` CR or LF; quotes doubled) or TSV
    /// (tab, CR, LF and CRLF each become one space).
    static func append(_ field: String, csv: Bool, to output: inout [UInt8]) {
        var field = field
        field.withUTF8 { bytes in
            if csv {
                guard bytes.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) else {
                    output.append(contentsOf: bytes)
                    return
                }
                output.append(0x22)
                for byte in bytes {
                    if byte == 0x22 { output.append(0x22) }
                    output.append(byte)
                }
                output.append(0x22)
            } else {
                guard bytes.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else {
                    output.append(contentsOf: bytes)
                    return
                }
                var previousWasCR = false
                for byte in bytes {
                    switch byte {
                    case 0x0D:
                        output.append(0x20)
                        previousWasCR = true
                        continue
                    case 0x0A where previousWasCR:
                        break
                    case 0x09, 0x0A:
                        output.append(0x20)
                    default:
                        output.append(byte)
                    }
                    previousWasCR = false
                }
            }
        }
    }
}
