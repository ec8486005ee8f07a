import ArgumentParser
import OnRecordCore
import OnRecordStore

extension OnRecordCommand {
    /// An actor's statements in date order.
    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "timeline",
            abstract: "Show an actor's statements over time, oldest first.",
            discussion: """
                ACTOR may be any name or alias the actor appears under; case, accents and spelling variants \
                (Zelensky, Zelenskyy, Zelenskiy) do not matter. Each statement lists its topics, and the \
                topic_marks column marks each topic's first and latest statement. --by adds the period and \
                its statement count to every row, and on a terminal a sparkline of statements per period.
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup(title: "Filters") var filters: FilterOptions
        @OptionGroup(title: "Output") var output: OutputOptions

        @Option(help: ArgumentHelp("Group statements by week, month or year.", valueName: "period"))
        var by: PeriodOption?

        @Argument(help: "The actor's name or any alias.")
        var actor: String

        func run() throws {
            try reportingUserErrors {
                let db = try database.openForReading()
                let report = try db.timelineReport(of: actor, filter: filters.filter(), by: by?.period)
                let count = report.entries.count
                if output.format == .table {
                    StandardError.write("\(report.actor.name): \(count) statement\(count == 1 ? "" : "s")\n")
                    if let by, output.writesToTerminal, !report.periods.isEmpty {
                        output.writeDirectly(TimelineTable.sparkline(report.periods, by: by.period))
                    }
                }
                try TimelineTable.write(report, grouped: by != nil, with: output)
            }
        }
    }
}

/// `--by week|month|year`, as typed.
enum PeriodOption: String, ExpressibleByArgument, CaseIterable {
    case week, month, year

    var period: TimelinePeriod {
        switch self {
        case .week: .week
        case .month: .month
        case .year: .year
        }
    }
}

/// How timelines are printed.
enum TimelineTable {
    /// Columns after the statement columns: the topics and topic marks, then (with --by) the period.
    static let extraColumns = ["topics", "topic_marks"]
    /// Columns added by --by.
    static let periodColumns = ["period", "period_count"]

    private static func index(_ name: String) -> Int {
        ExportColumns.statement.firstIndex(of: name) ?? 0
    }

    /// Writes the report's entries; the topic spans follow the table on terminals.
    static func write(_ report: TimelineReport, grouped: Bool, with output: OutputOptions) throws {
        let columns = ExportColumns.statement + extraColumns + (grouped ? periodColumns : [])
        let base = ExportColumns.statement.count
        var tableColumns = [
            TableColumn(heading: "id", cellIndex: index("statement_id"), maxWidth: 7),
            TableColumn(heading: "date", cellIndex: index("stated_on"), maxWidth: 10),
        ]
        if grouped {
            tableColumns += [
                TableColumn(heading: "period", cellIndex: base + 2, maxWidth: 8),
                TableColumn(heading: "n", cellIndex: base + 3, maxWidth: 5),
            ]
        }
        tableColumns += [
            TableColumn(heading: "cue", cellIndex: index("cue"), maxWidth: 12),
            TableColumn(heading: "text", cellIndex: index("text"), maxWidth: 70),
            TableColumn(heading: "outlet", cellIndex: index("outlet"), maxWidth: 20),
            TableColumn(heading: "source", cellIndex: index("url"), maxWidth: 50),
            TableColumn(heading: "topics", cellIndex: base + 1, maxWidth: 40),
        ]
        let writer = try output.makeWriter(columns: columns, tableColumns: tableColumns)
        for entry in report.entries {
            var cells = ExportColumns.values(for: entry.row)
            if output.format == .table, case .null = cells[index("url")] {
                cells[index("url")] = .string(entry.row.source)
            }
            cells += [.string(entry.topics.joined(separator: "; ")), .string(entry.marks.joined(separator: "; "))]
            if grouped {
                cells += [ExportColumns.optional(entry.period), entry.periodCount.map { .int(Int64($0)) } ?? .null]
            }
            if output.format == .table {
                // People reading a table see the current wording (as in StatementTable); files keep the
                // source's words in `text` and the correction in `corrected_text`.
                cells[index("text")] = .string(entry.row.currentText)
                // The table's topic column shows the marks when there are any ("first: talks").
                cells[base + 1] = .string(
                    entry.marks.isEmpty ? entry.topics.joined(separator: "; ") : entry.marks.joined(separator: "; "))
            }
            writer.write(cells)
        }
        if output.format == .table, !report.topicSpans.isEmpty {
            writer.appendTableFooter(topicSpans(report.topicSpans))
        }
        writer.finish()
    }

    /// "statements per month, 2022-02 to 2022-10: ▂█·▅ (max 4)".
    static func sparkline(_ periods: [(label: String, count: Int)], by period: TimelinePeriod) -> String {
        guard let first = periods.first, let last = periods.last else { return "" }
        let top = periods.map(\.count).max() ?? 0
        return "statements per \(period.rawValue), \(first.label) to \(last.label): "
            + Sparkline.render(periods.map(\.count)) + " (max \(top))\n\n"
    }

    /// Each topic's count, first and latest statement, as a small table.
    static func topicSpans(_ spans: [TopicSpan]) -> String {
        "\n"
            + TableText.render(
                headings: ["topic", "n", "first", "latest", "latest statement"],
                rows: spans.map { span in
                    [
                        span.topic, String(span.count), span.first.statedOn ?? "undated",
                        span.latest.statedOn ?? "undated",
                        TableText.cell(span.latest.currentText),
                    ]
                },
                widths: [24, 5, 10, 10, 70])
    }
}
