/// A quarter of a year (quý), the unit of thematic meetings. It codes as `{year, quarter}`, the keys
/// view models show to templates.
public struct YearQuarter: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public var year: Int
    /// 1 to 4.
    public var quarter: Int

    /// The quarter `quarter` (1 to 4) of `year`.
    public init(year: Int, quarter: Int) {
        self.year = year
        self.quarter = quarter
    }

    /// The quarter a month falls in.
    public init(_ month: YearMonth) {
        self.init(year: month.year, quarter: month.quarter)
    }

    /// The three months of the quarter.
    public var months: [YearMonth] {
        (1...3).map { YearMonth(year: year, month: (quarter - 1) * 3 + $0) }
    }

    /// `2024-q3`, as in period names.
    public var description: String { "\(year)-q\(quarter)" }

    /// `"quý III/2024"`.
    public var displayName: String { "quý \(VietnameseFormat.romanQuarter(quarter))/\(year)" }

    /// Orders by year, then quarter.
    public static func < (lhs: YearQuarter, rhs: YearQuarter) -> Bool {
        (lhs.year, lhs.quarter) < (rhs.year, rhs.quarter)
    }
}
