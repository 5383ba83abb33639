/// The span an evaluation covers: a year (`2024`), a quarter (`2024-q3`) or a month (`2024-09`).
public struct Period: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    /// Which kind of span, with its number inside the year.
    public enum Span: Hashable, Sendable, Codable {
        case year
        case quarter(Int)
        case month(Int)
    }

    public var year: Int
    public var span: Span

    public init(year: Int, span: Span = .year) {
        self.year = year
        self.span = span
    }

    /// Parses `2024`, `2024-q3` (or `2024-Q3`) and `2024-09`.
    public init?(_ text: String) {
        let lower = text.lowercased()
        let parts = lower.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
        switch parts.count {
        case 1:
            self.init(year: year)
        case 2 where parts[1].hasPrefix("q"):
            guard let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter) else { return nil }
            self.init(year: year, span: .quarter(quarter))
        case 2:
            guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            self.init(year: year, span: .month(month))
        default:
            return nil
        }
    }

    public var isYear: Bool { span == .year }

    /// The first month the period covers: January of a year, the first month of a quarter.
    public var openingMonth: YearMonth {
        switch span {
        case .year: return YearMonth(year: year, month: 1)
        case .quarter(let quarter): return YearMonth(year: year, month: quarter * 3 - 2)
        case .month(let month): return YearMonth(year: year, month: month)
        }
    }

    /// The last month the period covers; the month its results are published in a bulletin.
    public var closingMonth: YearMonth {
        switch span {
        case .year: return YearMonth(year: year, month: 12)
        case .quarter(let quarter): return YearMonth(year: year, month: quarter * 3)
        case .month(let month): return YearMonth(year: year, month: month)
        }
    }

    /// `2024`, `2024-q3`, `2024-09`: also the folder of its ranking page.
    public var description: String {
        switch span {
        case .year: return "\(year)"
        case .quarter(let quarter): return "\(year)-q\(quarter)"
        case .month(let month): return "\(year)-\(CalendarDate.pad(month))"
        }
    }

    /// Orders by the end of the span, then longer spans first (the year after its fourth quarter).
    public static func < (lhs: Period, rhs: Period) -> Bool {
        if lhs.closingMonth != rhs.closingMonth { return lhs.closingMonth < rhs.closingMonth }
        return lhs.order < rhs.order
    }

    private var order: Int {
        switch span {
        case .month: return 0
        case .quarter: return 1
        case .year: return 2
        }
    }
}
