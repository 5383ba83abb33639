/// A day of the civil calendar as written in the content (`2024-09-05`), without time zones.
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Makes a date when the day exists (2024-02-29 does, 2023-02-29 does not).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil when the text is malformed or the day does not exist.
    public init?(iso text: String) {
        let parts = ASCIIParts.split(text, at: "-")
        guard parts.count == 3, parts[0].length == 4, parts[1].length == 2, parts[2].length == 2,
              let year = parts[0].number, let month = parts[1].number, let day = parts[2].number
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var yearMonth: YearMonth { YearMonth(year: year, month: month) }

    /// The month of the day before: the last month something dissolved on this day existed in
    /// (on 01/07/2025, June; on 20/07/2025, July).
    public var monthOfDayBefore: YearMonth { day > 1 ? yearMonth : yearMonth.previous }
    public var quarter: Int { (month - 1) / 3 + 1 }

    /// `2024-09-05`.
    public var description: String {
        "\(year)-\(Self.pad(month))-\(Self.pad(day))"
    }

    static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
