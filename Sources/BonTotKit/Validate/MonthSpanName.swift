import Foundation

/// A span of months a score file's name may say that is no period bontot ranks: half a year
/// ("Sơ kết 6 tháng 2024", "6 tháng cuối năm 2024", "6 thang dau nam 2024", "nửa năm", "bán
/// niên") or nine months ("9 tháng đầu năm"). A period is a year, a quarter or a month (SPEC
/// §1, `evaluations/<period>`): such a name is given no period's name, not even its year's,
/// and is told which periods there are.
enum MonthSpanName {
    /// The words naming a span in `name` as written ("6 tháng", "nửa năm"), nil when it names none.
    /// "6 tháng" counts where a number of months is said: not "tháng 6" (the month), nor "15
    /// tháng 6" (a day), nor "quý 2 tháng …".
    static func span(inName name: String) -> String? {
        let words = name.precomposedStringWithCanonicalMapping
            .split { !($0.isLetter || ($0.isASCII && $0.isNumber)) }.map(String.init)
        let folded = words.map { $0.lowercased() }
        for index in folded.indices.dropLast() {
            let word = folded[index], next = folded[index + 1]
            let pair = "\(words[index]) \(words[index + 1])"
            if ["nửa", "nua"].contains(word), ["năm", "nam"].contains(next) { return pair }
            if ["bán", "ban"].contains(word), ["niên", "nien"].contains(next) { return pair }
            guard ["tháng", "thang"].contains(next) else { continue }
            let before = index > 0 ? folded[index - 1] : ""
            guard !["t", "tháng", "thang", "q", "quý", "quy"].contains(before) else { continue }
            let after = index + 2 < folded.count ? folded[index + 2] : ""
            let isCount = word == "sáu" || word == "chín"
                || (isSmallNumber(word) && !(isSmallNumber(after) && (1...12).contains(Int(after) ?? 0)))
            if isCount { return pair }
        }
        return nil
    }

    /// True for a number of one or two digits ("6", "06"): never a year.
    private static func isSmallNumber(_ word: String) -> Bool {
        (1...2).contains(word.count) && word.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// What the error on a score file so named adds: the span is no period, and the periods
    /// there are, named after `year` with the file's extension `ext` (".csv"). Vietnamese and English.
    static func advice(span: String, year: Int, ext: String) -> (vi: String, en: String) {
        ("; tên tệp ghi '\(span)', không phải kỳ đánh giá: kỳ chỉ có thể là một năm ('\(year)\(ext)'), một quý ('\(year)-q1\(ext)' … "
            + "'\(year)-q4\(ext)') hoặc một tháng ('\(year)-01\(ext)' … '\(year)-12\(ext)')",
         ": '\(span)' is no period; a period is a year, a quarter or a month")
    }
}
