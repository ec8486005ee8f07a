import ArgumentParser
import OnRecordCore

/// Date and kind filters shared by listing commands.
struct FilterOptions: ParsableArguments {
    /// Earliest day.
    @Option(help: ArgumentHelp("Only statements on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    /// Latest day.
    @Option(help: ArgumentHelp("Only statements on or before this day.", valueName: "YYYY-MM-DD"))
    var until: String?

    /// Direct quotes or reported speech only.
    @Option(help: ArgumentHelp("Only 'direct' quotes or only 'reported' speech.", valueName: "kind"))
    var kind: KindOption?

    /// Outlet filter.
    @Option(help: ArgumentHelp("Only statements from this outlet (case-insensitive).", valueName: "name"))
    var outlet: String?

    /// Topic filter.
    @Option(help: ArgumentHelp("Only statements tagged with this topic (see 'onrecord topics').", valueName: "name"))
    var topic: String?

    /// Row limit.
    @Option(name: [.customShort("n"), .long], help: "Show at most this many statements.")
    var limit: Int?

    /// Include superseded versions of re-ingested articles.
    @Flag(help: "Also list statements from earlier versions of articles stored again with edits.")
    var allVersions = false

    func validate() throws {
        try CalendarDay.validate(since, option: "--since")
        try CalendarDay.validate(until, option: "--until")
        if let limit, limit <= 0 { throw ValidationError("--limit must be a positive number.") }
    }

    /// The filter these options describe, for `actor` (if any).
    func filter(actor: String? = nil) -> StatementFilter {
        StatementFilter(
            actor: actor, since: since, until: until, kind: kind?.statementKind, limit: limit, outlet: outlet,
            topic: topic, includesEarlierVersions: allVersions)
    }
}

/// `direct` or `reported`, as typed on the command line.
enum KindOption: String, ExpressibleByArgument, CaseIterable {
    case direct, reported

    var statementKind: StatementKind {
        switch self {
        case .direct: .direct
        case .reported: .reported
        }
    }
}
