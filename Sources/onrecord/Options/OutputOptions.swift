import ArgumentParser
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How listing commands print their rows.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Aligned columns for reading at a terminal.
    case table
    /// RFC 4180 CSV with a header row.
    case csv
    /// Tab-separated values with a header row.
    case tsv
    /// One JSON array of objects.
    case json
    /// One JSON object per line.
    case jsonl
}

/// Output options shared by every listing command.
struct OutputOptions: ParsableArguments {
    /// The output format.
    @Option(name: .shortAndLong, help: "Output format: table, csv, tsv, json or jsonl.")
    var format: OutputFormat = .table

    /// A file to write instead of standard output.
    @Option(
        name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    /// Opens the destination and a writer for the chosen format.
    func makeWriter(columns: [String], tableColumns: [TableColumn]? = nil) throws -> ListingWriter {
        let sink = try OutputSink(path: output)
        return ListingWriter(format: format, columns: columns, tableColumns: tableColumns, sink: sink)
    }

    /// Whether rows go to a terminal (standard output is a TTY and no `-o` file was given), so
    /// terminal-only extras such as sparklines may be printed.
    var writesToTerminal: Bool {
        (output == nil || output == "-") && isatty(STDOUT_FILENO) == 1
    }

    /// Writes text straight to standard output, before any rows (for terminal-only extras).
    func writeDirectly(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
