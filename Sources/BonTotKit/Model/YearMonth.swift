/// A month of a year (`2024-09`): the unit of minutes pages and bulletins. It codes as `{year, month}`,
/// the keys view models show to templates.
public struct YearMonth: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public var year: Int
    public var month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM`.
    public init?(iso text: String) {
        let parts = ASCIIParts.split(text, at: "-")
        guard parts.count == 2, parts[0].length == 4, parts[1].length == 2, let year = parts[0].number, let month = parts[1].number, (1...12).contains(month)
        else { return nil }
        self.init(year: year, month: month)
    }

    public var quarter: Int { (month - 1) / 3 + 1 }

    public var next: YearMonth {
        month == 12 ? YearMonth(year: year + 1, month: 1) : YearMonth(year: year, month: month + 1)
    }

    public var previous: YearMonth {
        month == 1 ? YearMonth(year: year - 1, month: 12) : YearMonth(year: year, month: month - 1)
    }

    /// `2024-09`.
    public var description: String { "\(year)-\(CalendarDate.pad(month))" }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}
