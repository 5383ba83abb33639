/// A deadline that names a month and no day ("trước tháng 12/2024", "hạn: Tháng 12 năm 2024",
/// a table's deadline cell "12/2024"): the work is due by the month's last day. A month without
/// its year needs the word "tháng" ("trước tháng 12"); "12/2024" alone is a month only when its
/// year has four figures.
enum DeadlineMonth {
    /// The last day, month and year (nil when not written) of the month named right after
    /// "trước", "hạn", "xong" in `text`; nil when none is.
    static func lastDay(in text: String) -> (day: Int, month: Int, year: Int?)? {
        for match in text.matches(of: named) {
            guard let month = Int(match.output.1), (1...12).contains(month) else { continue }
            let year = match.output.2.flatMap { Int($0) }
            return (days(in: month, of: year), month, year)
        }
        for match in text.matches(of: figures) {
            guard let month = Int(match.output.1), (1...12).contains(month), let year = Int(match.output.2) else { continue }
            return (days(in: month, of: year), month, year)
        }
        return nil
    }

    /// The number of days in `month`; February has 29 in a leap year and when the year is not known.
    private static func days(in month: Int, of year: Int?) -> Int {
        switch month {
        case 4, 6, 9, 11: return 30
        case 2: return year.map { $0 % 4 == 0 && ($0 % 100 != 0 || $0 % 400 == 0) ? 29 : 28 } ?? 29
        default: return 31
        }
    }

    /// "trước tháng 12/2024", "hạn: trong tháng 12 năm 2024", "xong trong tháng 12".
    nonisolated(unsafe) private static let named =
        /(?:trước|hạn|xong)\D{0,15}?tháng\s*(\d{1,2})(?!\s*\/\s*\d{1,2}\s*\/)(?:\s*(?:\/|-|năm)\s*(\d{4}))?(?!\d)/.ignoresCase()
    /// "hạn: 12/2024": a month and a year of four figures, no day.
    nonisolated(unsafe) private static let figures = /(?:trước|hạn|xong)\D{0,15}?(\d{1,2})\s*[\/-]\s*(\d{4})(?!\d)/.ignoresCase()
}
