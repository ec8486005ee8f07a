/// Normalizes the ISO-8601 / RFC 3339 dates that pages put in meta tags, `<time datetime>` and
/// JSON-LD.
///
/// This module keeps its own small parser until OnRecordCore has a general `DateNormalizer`. It is
/// deliberately strict: a value it does not fully understand gives `nil` (the raw text is kept in
/// `ArticleMetadata.publishedRaw` anyway), never a guess.
enum HTMLDateParsing {
    /// The normalized form of `raw`.
    ///
    /// - `2024-03-05` stays `2024-03-05`.
    /// - A date-time with an offset (`2024-03-05T14:30:00+02:00`, `…Z`, `…+0200`) becomes UTC,
    ///   to the second: `2024-03-05T12:30:00Z`.
    /// - A date-time without an offset keeps only its date, since its time zone is unknown.
    ///
    /// - Returns: `nil` when `raw` is not such a date or names an impossible day or time.
    static func normalize(_ raw: String) -> String? {
        var scanner = Scanner(Array(raw.trimmingWhitespace.utf8))
        guard let year = scanner.digits(4), scanner.skip("-"),
            let month = scanner.digits(2), scanner.skip("-"),
            let day = scanner.digits(2),
            (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
        else { return nil }
        let date = format(year: year, month: month, day: day)
        if scanner.isAtEnd { return date }

        guard scanner.skip("T") || scanner.skip("t") || scanner.skip(" "),
            let hour = scanner.digits(2), scanner.skip(":"),
            let minute = scanner.digits(2)
        else { return nil }
        var second = 0
        if scanner.skip(":") {
            guard let value = scanner.digits(2) else { return nil }
            second = value
            if scanner.skip(".") || scanner.skip(",") {
                // Fractions of a second are dropped; at least one digit must be there.
                guard scanner.skipDigits() > 0 else { return nil }
            }
        }
        // 60 allows a leap second; it is folded into the next minute by the arithmetic below.
        guard hour < 24, minute < 60, second <= 60 else { return nil }

        let offsetMinutes: Int
        if scanner.isAtEnd {
            return date
        } else if scanner.skip("Z") || scanner.skip("z") {
            offsetMinutes = 0
        } else if let sign = scanner.sign() {
            guard let hours = scanner.digits(2), hours < 24 else { return nil }
            var minutes = 0
            if scanner.skip(":") {
                guard let value = scanner.digits(2) else { return nil }
                minutes = value
            } else if let value = scanner.digits(2) {
                minutes = value
            }
            guard minutes < 60 else { return nil }
            offsetMinutes = sign * (hours * 60 + minutes)
        } else {
            return nil
        }
        guard scanner.isAtEnd else { return nil }

        let local = (daysFromCivil(year: year, month: month, day: day) * 86_400) + hour * 3_600 + minute * 60 + second
        let utc = local - offsetMinutes * 60
        let days = utc.floorDivided(by: 86_400)
        let secondsOfDay = utc - days * 86_400
        let civil = civilFromDays(days)
        let time = [secondsOfDay / 3_600, secondsOfDay % 3_600 / 60, secondsOfDay % 60].map { pad($0, 2) }
        return format(year: civil.year, month: civil.month, day: civil.day) + "T" + time.joined(separator: ":") + "Z"
    }

    private static func format(year: Int, month: Int, day: Int) -> String {
        "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = shiftedYear.floorDivided(by: 400)
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse of `daysFromCivil`.
    private static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = shifted.floorDivided(by: 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// A cursor over ASCII bytes.
    private struct Scanner {
        private let bytes: [UInt8]
        private var position = 0

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
        }

        var isAtEnd: Bool { position == bytes.count }

        /// Consumes `character` if it comes next.
        mutating func skip(_ character: Unicode.Scalar) -> Bool {
            guard position < bytes.count, bytes[position] == UInt8(ascii: character) else { return false }
            position += 1
            return true
        }

        /// Consumes exactly `count` digits and returns their value.
        mutating func digits(_ count: Int) -> Int? {
            guard position + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[position..<(position + count)] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            position += count
            return value
        }

        /// Consumes any run of digits and returns how many there were.
        mutating func skipDigits() -> Int {
            let start = position
            while position < bytes.count, (0x30...0x39).contains(bytes[position]) {
                position += 1
            }
            return position - start
        }

        /// Consumes `+` or `-` and returns its sign.
        mutating func sign() -> Int? {
            if skip("+") { return 1 }
            if skip("-") { return -1 }
            return nil
        }
    }
}

extension Int {
    /// Division rounding toward negative infinity, so dates before 1970 convert correctly.
    fileprivate func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}

extension String {
    /// The string without leading and trailing whitespace (Foundation-free, so this file needs no
    /// import).
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
