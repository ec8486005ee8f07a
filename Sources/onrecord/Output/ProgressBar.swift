import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A one-line progress bar with rate and time left, redrawn in place on standard error.
///
/// Only used when standard error is a terminal: redirected output (logs, CI, pipes) gets no control
/// characters, just the messages and the summary.
final class ProgressBar {
    // A class: it keeps the last redraw time and whether a bar is on screen across many updates.
    /// How many items there are in all; `nil` while they are still being counted (the bar then shows the
    /// count and rate only).
    var total: Int?
    private let start: Date
    private let unit: String
    private var lastDraw = Date.distantPast
    private var isShowing = false

    /// Whether standard error is a terminal.
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Starts a bar for `total` items named `unit` ("files"); `nil` while the total is not known.
    init(total: Int?, unit: String, start: Date = Date()) {
        self.total = total
        self.unit = unit
        self.start = start
    }

    /// Redraws the bar for `done` items, at most ten times a second (always for the last item).
    func update(done: Int, now: Date = Date()) {
        guard done >= (total ?? Int.max) || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let elapsed = now.timeIntervalSince(start)
        let line =
            if let total {
                Self.render(done: done, total: total, elapsed: elapsed, unit: unit, width: Self.terminalWidth())
            } else {
                Self.renderCount(done: done, elapsed: elapsed, unit: unit, width: Self.terminalWidth())
            }
        StandardError.write("\r" + line + "\u{1B}[K")
        isShowing = true
    }

    /// Removes the bar so that a message or the summary starts on a clean line.
    func clear() {
        guard isShowing else { return }
        StandardError.write("\r\u{1B}[K")
        isShowing = false
    }

    /// The bar's text for `done` of `total` items after `elapsed` seconds, at most `width` characters.
    ///
    /// `[#########...........]  4312/10000  43%  2150 files/s  ETA 0:03`. The rate and time left are
    /// left out until there is something to base them on.
    static func render(done: Int, total: Int, elapsed: TimeInterval, unit: String, width: Int) -> String {
        let total = max(total, 0)
        let done = min(max(done, 0), total)
        let fraction = total == 0 ? 1 : Double(done) / Double(total)
        var details = "  \(done)/\(total)  \(Int((fraction * 100).rounded(.down)))%"
        if elapsed > 0, done > 0 {
            let rate = Double(done) / elapsed
            details += "  \(rate >= 10 ? String(Int(rate.rounded())) : String(format: "%.1f", rate)) \(unit)/s"
            if done < total {
                details += "  ETA \(duration(Double(total - done) / rate))"
            } else {
                details += "  \(duration(elapsed))"
            }
        }
        let barWidth = min(40, width - details.count - 2)
        guard barWidth >= 5 else { return String(details.dropFirst(2).prefix(max(0, width))) }
        let filled = Int((fraction * Double(barWidth)).rounded(.down))
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: barWidth - filled) + "]"
            + details
    }

    /// The line shown while the total is still unknown: `4312 files  2150 files/s`.
    static func renderCount(done: Int, elapsed: TimeInterval, unit: String, width: Int) -> String {
        var line = "\(max(done, 0)) \(unit)"
        if elapsed > 0, done > 0 {
            let rate = Double(done) / elapsed
            line += "  \(rate >= 10 ? String(Int(rate.rounded())) : String(format: "%.1f", rate)) \(unit)/s"
        }
        return String(line.prefix(max(0, width)))
    }

    /// `m:ss`, or `h:mm:ss` from an hour up.
    static func duration(_ seconds: TimeInterval) -> String {
        let total = Int(seconds.rounded(.up))
        let (hours, minutes, secs) = (total / 3600, (total % 3600) / 60, total % 60)
        return hours > 0
            ? String(format: "%d:%02d:%02d", hours, minutes, secs) : String(format: "%d:%02d", minutes, secs)
    }

    /// The terminal's width in columns (80 when unknown).
    private static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
