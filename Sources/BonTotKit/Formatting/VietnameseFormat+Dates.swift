extension VietnameseFormat {
    /// `"ngày 05 tháng 9 năm 2024"`, `"ngày 03 tháng 02 năm 2024"`: the day below 10 and the
    /// months 1 and 2 take a leading zero, as in Party documents.
    public static func longDate(_ date: CalendarDate) -> String {
        "ngày \(twoDigits(date.day)) tháng \(monthNumber(date.month)) năm \(date.year)"
    }

    /// `"05/09/2024"`.
    public static func shortDate(_ date: CalendarDate) -> String {
        "\(twoDigits(date.day))/\(twoDigits(date.month))/\(date.year)"
    }

    /// `"tháng 9 năm 2024"`, `"tháng 02 năm 2024"`.
    public static func monthYear(_ month: YearMonth) -> String {
        "tháng \(monthNumber(month.month)) năm \(month.year)"
    }

    /// `"Vĩnh Phúc, ngày 30 tháng 9 năm 2024"`: the dateline of a document.
    public static func placeDate(place: String, date: CalendarDate) -> String {
        "\(place), \(longDate(date))"
    }

    /// `"năm 2024"`, `"quý III năm 2024"`, `"tháng 9 năm 2024"`: an evaluation period in a title.
    public static func period(_ period: Period) -> String {
        switch period.span {
        case .year: return "năm \(period.year)"
        case .quarter(let quarter): return "quý \(romanQuarter(quarter)) năm \(period.year)"
        case .month(let month): return monthYear(YearMonth(year: period.year, month: month))
        }
    }

    /// `"I"` to `"IV"`, the way quarters are numbered in Vietnamese reports.
    public static func romanQuarter(_ quarter: Int) -> String {
        switch quarter {
        case 1: return "I"
        case 2: return "II"
        case 3: return "III"
        case 4: return "IV"
        default: return "\(quarter)"
        }
    }

    /// The month as written after "tháng": `"02"` for February, `"9"` for September.
    static func monthNumber(_ month: Int) -> String {
        month <= 2 ? twoDigits(month) : "\(month)"
    }
}
