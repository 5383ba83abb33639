/// Dates the minutes write in words, as figures: "ngày mười lăm tháng chín năm hai nghìn không
/// trăm hai mươi tư" as "ngày 15 tháng 9 năm 2024", as a formal opening may write the day of
/// the meeting. The day may follow "mồng" or "mùng" ("ngày mồng năm"); the month may be
/// "giêng" or "chạp"; the year, when written, is one of this century ("hai nghìn (không trăm)
/// (linh) …", "hai ngàn …"). Dates in figures, and words that make no date, stay as they are.
enum DateInWords {
    /// "ngày" and the day's words, "tháng" and the month's, then "năm" and the year's, if written.
    nonisolated(unsafe) private static let date =
        /ngày\s+(?:(?:mồng|mùng)\s+)?((?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi)(?:\s+(?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi)){0,2})\s+tháng\s+(giêng|chạp|(?:một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười)(?:\s+(?:một|hai))?)(\s*,?\s*năm\s+hai\s+(?:nghìn|ngàn)(?:\s+không\s+trăm)?(?:\s+(?:linh|lẻ))?(?:\s+((?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi)(?:\s+(?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi)){0,2}))?)?(?!\p{L})/
        .ignoresCase()

    /// `line` with each date written in words written in figures. Only the reading of facts uses
    /// it: whatever the import shows quotes the words (`words(of:in:from:)`).
    static func figures(in line: String) -> String {
        var result = ""
        var last = line.startIndex
        for (range, figures) in rewrites(in: line) {
            result += line[last..<range.lowerBound] + figures
            last = range.upperBound
        }
        return result + line[last...]
    }

    /// What `range` of `written`, the figures of `line` (`figures(in: line)`), stands for in
    /// `line`: the same text where no date was rewritten, and a date it touches as the words the
    /// clerk wrote, whole ("15 tháng 9 năm 2024" of "ngày 15 tháng 9 năm 2024" is "mười lăm tháng
    /// chín năm hai nghìn không trăm hai mươi tư").
    static func words(of range: Range<String.Index>, in written: String, from line: String) -> String {
        guard written != line, figures(in: line) == written else { return String(written[range]) }
        return WrittenWords.words(of: range, in: written, from: line, rewrites: rewrites(in: line))
    }

    /// Each date in words of `line`, with its figures, in the order written.
    private static func rewrites(in line: String) -> [(range: Range<String.Index>, figures: String)] {
        guard line.localizedCaseInsensitiveContains("tháng") else { return [] }
        return line.matches(of: date).compactMap { match in
            let (_, dayWords, monthWords, yearWords, yearTail) = match.output
            let year = yearTail.map { CountInWords.value(of: $0).map { 2000 + $0 } } ?? (yearWords == nil ? nil : .some(2000))
            guard let day = CountInWords.value(of: dayWords), (1...31).contains(day), let month = month(monthWords),
                  yearWords == nil || year != nil else { return nil }
            return (match.range, "ngày \(day) tháng \(month)" + (year.map { " năm \($0)" } ?? ""))
        }
    }

    /// The month `words` name: "chín" 9, "tư" 4, "giêng" 1, "chạp" 12, "mười hai" 12.
    private static func month(_ words: Substring) -> Int? {
        switch words.lowercased() {
        case "giêng": 1
        case "tư": 4
        case "chạp": 12
        default: CountInWords.value(of: words).flatMap { (1...12).contains($0) ? $0 : nil }
        }
    }
}
