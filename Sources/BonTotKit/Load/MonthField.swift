/// A field holding a month (`minutes_since: 2025-03`). Written `YYYY-MM`; a whole day
/// `YYYY-MM-DD` is taken as its month, as `founded: 2025-03-15` holds a branch to March: a clerk
/// copies the day of the decision that began the minutes, and the rule counts by month. Any
/// other form ('2025/03', 'tháng 3/2025', 'tháng 3') is an error giving the month to write
/// when its year and month can be read. Word's curly quotes around it are read as quotes.
extension FieldReader {
    /// The month at `key`, nil when absent or refused (reported).
    func month(_ key: String) -> YearMonth? {
        guard let node = value(key) else { return nil }
        let field = qualified(key)
        guard let scalar = node.scalar else {
            // A list or a mapping ('[2024, 9]', 'năm: 2024'): told what it is, not quoted as ''.
            typeError(key, node, expected: "một tháng dạng YYYY-MM, ví dụ 2025-03 / a month written YYYY-MM")
            return nil
        }
        // In Word's curly quotes (“2025-03”), a month as it is unquoted.
        let written = scalar.string.trimmed()
        let text = WordQuotes.inside(written) ?? written
        guard let month = YearMonth(iso: text) ?? CalendarDate(iso: text)?.yearMonth else {
            sink.error(line(of: node), field: field, Self.monthProblem(text, field: field))
            return nil
        }
        guard ContentLimits.years.contains(month.year) else {
            sink.error(line(of: node), field: field, Self.yearOutOfRange(text, year: month.year, noun: "tháng"))
            return nil
        }
        return month
    }

    /// Why `text` is no month: the form to write, with the month itself when a year of four
    /// digits and a month from 1 to 12 can be read from it ('2025/03', '3/2025', 'tháng 3 năm
    /// 2025', '01/03/2025'), the year it lacks ('tháng 3'), or that its month does not exist
    /// ('2024-13').
    static func monthProblem(_ text: String, field: String) -> String {
        let format = "'\(field)' phải viết tháng dạng YYYY-MM"
        let numbers = text.split(whereSeparator: { !($0.isASCII && $0.isNumber) }).map(String.init)
        let years = numbers.filter { $0.count == 4 }.compactMap { Int($0) }
        let months = numbers.filter { $0.count <= 2 }.compactMap { Int($0) }.filter { (1...12).contains($0) }
        // A day and a month (01/03/2025): the month is the second of the two.
        let month = months.count == 2 && numbers.count == 3 ? months.last : (months.count == 1 ? months.first : nil)
        if years.count == 1, let year = years.first, let month {
            let written = YearMonth(year: year, month: month)
            return "\(format), ví dụ \(written) (tháng bắt đầu ghi biên bản trên bontot), không phải '\(text)' "
                + "/ write the month as \(written), got '\(text)'"
        }
        if years.count == 1, months.isEmpty, let number = numbers.first(where: { $0.count <= 2 }).flatMap({ Int($0) }), number > 12 {
            // '2024-13': a month that does not exist, not a form to change.
            return "\(format): không có tháng \(number) trong '\(text)' (tháng từ 01 đến 12) "
                + "/ there is no month \(number) in '\(text)': months run from 01 to 12"
        }
        if years.isEmpty, month != nil {
            return "\(format): '\(text)' thiếu năm; hãy ghi cả năm và tháng, ví dụ 2025-03 "
                + "/ write the month as YYYY-MM with its year, e.g. 2025-03, got '\(text)'"
        }
        return "\(format), ví dụ 2025-03 (tháng bắt đầu ghi biên bản trên bontot), không phải '\(text)' "
            + "/ write the month as YYYY-MM, e.g. 2025-03, got '\(text)'"
    }
}
