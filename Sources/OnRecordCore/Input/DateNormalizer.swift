import Foundation

/// Turns the publication dates found in front matter and meta tags into ISO-8601 text.
///
/// Parsing is done by hand on fixed patterns rather than with `DateFormatter`, so the result never
/// depends on the machine's locale, time zone or ICU version. Month and weekday names are English.
///
/// Output is `YYYY-MM-DD` when the source gives no time, and `YYYY-MM-DDTHH:MM:SSZ` (UTC) when it
/// gives a time **and** a time zone (`Z`, `+02:00`, `+0200`, `GMT`, `UTC`). A time without a zone is
/// dropped and only the date is kept, because guessing a zone would invent provenance. Fractional
/// seconds are dropped.
///
/// Accepted shapes (weekday prefixes such as `Sunday,` or `Sun,` and ordinal suffixes such as `20th`
/// are allowed in the written-out forms):
///
/// | input | output |
/// |---|---|
/// | `2022-03-20` | `2022-03-20` |
/// | `2022-03-20T10:15:00Z` | `2022-03-20T10:15:00Z` |
/// | `2022-03-20T10:15:00+02:00` | `2022-03-20T08:15:00Z` |
/// | `2022/03/20` | `2022-03-20` |
/// | `March 20, 2022`, `Mar. 20, 2022` | `2022-03-20` |
/// | `20 March 2022`, `Sunday, March 20, 2022` | `2022-03-20` |
/// | `Sun, 20 Mar 2022 10:15:00 +0000` (RFC 2822) | `2022-03-20T10:15:00Z` |
public enum DateNormalizer {
    /// Normalizes a date as written in a source to ISO-8601.
    ///
    /// - Parameter raw: The date text, for example `"Mar. 20, 2022"`.
    /// - Returns: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SSZ`, or `nil` when the text is not a valid date in
    ///   one of the accepted shapes (including impossible dates such as February 30).
    public static func isoDate(from raw: String) -> String? {
        let text = raw.trimmingCharacters(in: [" ", "\t", "\n", "\r"])
        guard !text.isEmpty, text.unicodeScalars.count <= 80 else { return nil }
        let scalars = Array(text.unicodeScalars)
        if let iso = parseNumeric(scalars) {
            return iso.formatted()
        }
        return parseWritten(text)?.formatted()
    }

    /// The calendar day of an ISO-8601 date or timestamp.
    ///
    /// - Parameter iso: A value accepted by ``isoDate(from:)``, normally one it produced.
    /// - Returns: `YYYY-MM-DD` (the UTC day when the value carries a time zone), or `nil` if unparseable.
    public static func day(of iso: String) -> String? {
        guard let normalized = isoDate(from: iso) else { return nil }
        return String(normalized.prefix(10))
    }

    // MARK: - Model

    private struct Moment {
        var year: Int
        var month: Int
        var day: Int
        /// Seconds since midnight, when a time and a zone were both given; already in UTC.
        var utcSeconds: Int?

        func formatted() -> String {
            let date = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
            guard let seconds = utcSeconds else { return date }
            return "\(date)T\(pad(seconds / 3600, 2)):\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2))Z"
        }

        /// Builds a moment from local fields, applying a UTC offset (in seconds) when one is known.
        static func make(
            year: Int, month: Int, day: Int, time: (Int, Int, Int)?, offset: Int?
        ) -> Moment? {
            guard (1000...9999).contains(year), (1...12).contains(month),
                (1...daysIn(month: month, year: year)).contains(day)
            else { return nil }
            guard let (hour, minute, second) = time, let offset else {
                if let (hour, minute, second) = time, !isValidTime(hour, minute, second) { return nil }
                return Moment(year: year, month: month, day: day, utcSeconds: nil)
            }
            guard isValidTime(hour, minute, second) else { return nil }
            let local =
                daysFromCivil(year: year, month: month, day: day) * 86_400
                + hour * 3600 + minute * 60 + min(second, 59)
            let utc = local - offset
            let days = utc >= 0 ? utc / 86_400 : (utc - 86_399) / 86_400
            let (y, m, d) = civilFromDays(days)
            return Moment(year: y, month: m, day: d, utcSeconds: utc - days * 86_400)
        }

        private static func isValidTime(_ hour: Int, _ minute: Int, _ second: Int) -> Bool {
            (0...23).contains(hour) && (0...59).contains(minute) && (0...60).contains(second)
        }
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    package static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    // MARK: - Numeric forms: 2022-03-20[T10:15[:00[.123]]][Z|±HH:MM|±HHMM], 2022/03/20

    private struct Cursor {
        let scalars: [Unicode.Scalar]
        var position = 0

        var isAtEnd: Bool { position >= scalars.count }
        var current: Unicode.Scalar? { isAtEnd ? nil : scalars[position] }

        mutating func digits(_ count: Int) -> Int? {
            guard position + count <= scalars.count else { return nil }
            var value = 0
            for scalar in scalars[position..<position + count] {
                guard ("0"..."9").contains(scalar) else { return nil }
                value = value * 10 + Int(scalar.value) - 48
            }
            position += count
            return value
        }

        mutating func consume(_ scalar: Unicode.Scalar) -> Bool {
            guard current == scalar else { return false }
            position += 1
            return true
        }
    }

    private static func parseNumeric(_ scalars: [Unicode.Scalar]) -> Moment? {
        var cursor = Cursor(scalars: scalars)
        guard let year = cursor.digits(4), let separator = cursor.current, separator == "-" || separator == "/"
        else { return nil }
        cursor.position += 1
        guard let month = cursor.digits(2), cursor.consume(separator), let day = cursor.digits(2) else {
            return nil
        }
        if cursor.isAtEnd {
            return Moment.make(year: year, month: month, day: day, time: nil, offset: nil)
        }
        guard separator == "-", cursor.consume("T") || cursor.consume("t") || cursor.consume(" ") else {
            return nil
        }
        guard let hour = cursor.digits(2), cursor.consume(":"), let minute = cursor.digits(2) else { return nil }
        var second = 0
        if cursor.consume(":") {
            guard let value = cursor.digits(2) else { return nil }
            second = value
            if cursor.consume(".") || cursor.consume(",") {
                var fractionDigits = 0
                while cursor.digits(1) != nil { fractionDigits += 1 }
                guard fractionDigits > 0 else { return nil }
            }
        }
        var offset: Int?
        if cursor.consume("Z") || cursor.consume("z") {
            offset = 0
        } else if let sign = cursor.current, sign == "+" || sign == "-" {
            cursor.position += 1
            guard let hours = cursor.digits(2) else { return nil }
            // ISO 8601 allows an hours-only offset ("+02"), which some CMSs write in meta tags.
            let minutes = cursor.isAtEnd ? 0 : (cursor.consume(":") ? cursor.digits(2) : cursor.digits(2))
            guard let minutes, hours <= 23, minutes <= 59 else { return nil }
            offset = (sign == "+" ? 1 : -1) * (hours * 3600 + minutes * 60)
        }
        guard cursor.isAtEnd else { return nil }
        return Moment.make(year: year, month: month, day: day, time: (hour, minute, second), offset: offset)
    }

    // MARK: - Written forms: "Sunday, March 20, 2022", "20 Mar. 2022", RFC 2822

    private static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    private static let weekdays: Set<String> = [
        "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur", "thurs",
        "friday", "fri", "saturday", "sat", "sunday", "sun",
    ]

    private enum Token: Equatable {
        case word(String)
        case number(Int, digits: Int)
        case time(Int, Int, Int)
        case offset(Int)
    }

    private static func tokenize(_ text: String) -> [Token]? {
        var tokens: [Token] = []
        let pieces = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
        for var piece in pieces {
            if piece.hasSuffix(".") { piece = piece.dropLast() }
            if piece.isEmpty { continue }
            if piece == "gmt" || piece == "utc" || piece == "z" {
                tokens.append(.offset(0))
            } else if let first = piece.first, first == "+" || first == "-" {
                let digits = piece.dropFirst().filter { $0 != ":" }
                guard digits.count == 4, digits.allSatisfy(\.isASCIIDigit),
                    let hours = Int(digits.prefix(2)), let minutes = Int(digits.suffix(2)), hours <= 23, minutes <= 59
                else { return nil }
                tokens.append(.offset((first == "+" ? 1 : -1) * (hours * 3600 + minutes * 60)))
            } else if piece.contains(":") {
                let parts = piece.split(separator: ":", omittingEmptySubsequences: false)
                let wellFormed = parts.enumerated().allSatisfy { index, part in
                    (index == 0 ? (1...2).contains(part.count) : part.count == 2) && part.allSatisfy(\.isASCIIDigit)
                }
                guard (2...3).contains(parts.count), wellFormed else { return nil }
                let values = parts.compactMap { Int($0) }
                tokens.append(.time(values[0], values[1], values.count == 3 ? values[2] : 0))
            } else if let first = piece.first, first.isASCIIDigit {
                var digits = piece
                for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) {
                    digits = digits.dropLast(2)
                }
                guard digits.allSatisfy(\.isASCIIDigit), let value = Int(digits) else { return nil }
                tokens.append(.number(value, digits: digits.count))
            } else if piece.allSatisfy({ $0.isASCII && $0.isLetter }) {
                tokens.append(.word(String(piece)))
            } else {
                return nil
            }
        }
        return tokens
    }

    private static func parseWritten(_ text: String) -> Moment? {
        guard var tokens = tokenize(text) else { return nil }
        if case .word(let word) = tokens.first, weekdays.contains(word) {
            tokens.removeFirst()
        }
        guard tokens.count >= 3 else { return nil }
        let day: Int
        let month: Int
        let year: Int
        switch (tokens[0], tokens[1], tokens[2]) {
        case (.word(let name), .number(let d, let dayDigits), .number(let y, 4)) where dayDigits <= 2:
            guard let m = months[name] else { return nil }
            (day, month, year) = (d, m, y)
        case (.number(let d, let dayDigits), .word(let name), .number(let y, 4)) where dayDigits <= 2:
            guard let m = months[name] else { return nil }
            (day, month, year) = (d, m, y)
        default:
            return nil
        }
        var rest = tokens.dropFirst(3)
        var time: (Int, Int, Int)?
        var offset: Int?
        if case .time(let h, let m, let s) = rest.first {
            var hour = h
            rest = rest.dropFirst()
            if case .word(let meridiem) = rest.first, meridiem == "am" || meridiem == "pm" {
                guard (1...12).contains(hour) else { return nil }
                hour = hour % 12 + (meridiem == "pm" ? 12 : 0)
                rest = rest.dropFirst()
            }
            time = (hour, m, s)
            if case .offset(let value) = rest.first {
                offset = value
                rest = rest.dropFirst()
            }
        }
        guard rest.isEmpty else { return nil }
        return Moment.make(year: year, month: month, day: day, time: time, offset: offset)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
