import Foundation

/// The meeting date of Word minutes, read only where minutes say when the meeting was held: the
/// line saying when it began ("Thời gian: 19 giờ 30, ngày 08/10/26", `MeetingOpening.timeLine`),
/// or the "Hôm nay, ngày 15/10/2026" line its "Vào hồi 19 giờ 30" goes on from, or, when that gives none,
/// another opening line ("Hôm nay, ngày 05/9/2024, tại…", "Hòa Thuận, ngày 05 tháng 10 năm
/// 2024") above the attendance: "Hôm nay / Vào hồi / Lúc" lines before the header's place and
/// date, which gives the date only when nothing else does. A two-digit year is this century's; a date without its year
/// ("ngày 8 tháng 10") takes the year of the title ("… THƯỜNG KỲ THÁNG 10/2026"), else the
/// header's (less one for December minutes signed in January). A date further
/// on (in the body, a resolution's deadline) is never the meeting's: when the opening gives
/// none, the dates found there are named in the `problem`, for the editor to check. A "Thời
/// gian" line is read before the other opening lines, a date alone at the very top ("Ngày
/// 15/9/2026", the day the document was typed) among them; and a title naming another month
/// than the date read ("… THÁNG 10/2026" over "ngày 08/11/2026") is kept as a `titleConflict`.
struct MeetingDateReading: Equatable {
    /// A date the minutes give after their opening, with the line that gives it.
    struct Elsewhere: Equatable {
        /// The date as the minutes write it ("30/11/2026").
        var text: String
        var line: String
        /// True when the line sets a deadline ("… trước ngày 30/11/2026").
        var isDeadline: Bool
    }

    /// Why the date was not plainly read.
    enum Problem: Equatable {
        /// The year of the opening date could not be read (`written`, "08/10/2O26" in `line`):
        /// the year of the title, or of another opening line giving that day, was taken (`from`).
        case yearTaken(line: String, written: String, from: String)
        /// No date could be read from the opening: `dateLine` is the opening line whose date is
        /// incomplete or unreadable, `noSuchDay` set when it writes a day the month does not have
        /// ("31/9/2024"), `elsewhere` the dates further on.
        case notFound(dateLine: String?, noSuchDay: NoSuchDay?, elsewhere: [Elsewhere])
    }

    /// A date written with a day its month does not have: "31/9/2024", September having 30.
    struct NoSuchDay: Equatable {
        var written: String
        var month: Int
        var days: Int
    }

    /// The title naming a month other than the meeting date's: a document copied from last
    /// month's with only one of the two changed.
    struct TitleConflict: Equatable {
        /// The title's line.
        var title: String
        /// The month as the title gives it: 10 in "THÁNG 10/2026", with 2026.
        var month: Int
        var year: Int?
        /// The line the date was read from, and the date as it writes it ("08/11/2026").
        var dateLine: String
        var written: String
    }

    var date: CalendarDate?
    var problem: Problem?
    var titleConflict: TitleConflict?

    /// Reads the date from `lines`: first from the line giving the day with the hour the meeting
    /// began (`timeLine`, `MeetingOpening.timeLine`), then from the other opening lines, those up
    /// to `openingEnd` (exclusive). The lines and dates the reading names are quoted from `shown`,
    /// the document's own lines when `lines` write its dates in words as figures (`DateInWords`).
    init(lines: [String], shown: [String]? = nil, timeLine: MeetingOpening.TimeLine?, openingEnd: Int) {
        let shown = shown.flatMap { $0.count == lines.count ? $0 : nil } ?? lines
        /// The date `fragment` of the line at `index` as the document writes it.
        func written(_ fragment: Fragment, at index: Int) -> String {
            DateInWords.words(of: fragment.range, in: lines[index], from: shown[index])
        }
        let title = Self.titleYear(in: lines)
        let opening = lines.indices.prefix(max(0, min(openingEnd, lines.count)))
            .filter { lines[$0].firstMatch(of: Patterns.openingShape) != nil }
        // The day of the hour the meeting began: the "Thời gian" line, the "Vào hồi…" line writing
        // it, or the "Hôm nay, ngày…" line that "Vào hồi 19 giờ 30" below it goes on from.
        let first = [timeLine?.dateLine, timeLine?.isThoiGian == true ? timeLine?.index : nil].compactMap { $0 }
        // A "Thời gian" line without the hour ("Thời gian: ngày 08/10/2026") before the others.
        let labelled = opening.filter { MeetingOpening.isThoiGian(lines[$0]) }
        // Then "Hôm nay, ngày…", "Vào hồi…", "Ngày 05/9/2024", in the document's order; the place
        // and date of the header ("Hòa Thuận, ngày 10 tháng 9 năm 2024", the day the minutes were
        // signed) last.
        let headers = opening.filter { lines[$0].firstMatch(of: Patterns.openingWords) == nil }
        let others = (opening.filter { !labelled.contains($0) && !headers.contains($0) } + (timeLine.map { [$0.index] } ?? [])).sorted()
        var candidates: [Int] = []
        for index in first + labelled + others + headers where !candidates.contains(index) { candidates.append(index) }
        guard let (index, fragment) = candidates.lazy.compactMap({ index in Self.fragment(in: lines[index]).map { (index, $0) } }).first else {
            // The opening line that writes a date this reading cannot make out ("ngày 5 - 9 - 24").
            let written = candidates.first { lines[$0].firstMatch(of: Patterns.dateLike) != nil }.map { shown[$0] }
            problem = .notFound(dateLine: written, noSuchDay: nil,
                                elsewhere: Self.elsewhere(in: lines, shown: shown, besides: Set(candidates)))
            return
        }
        switch fragment.year {
        case .number(let year):
            date = CalendarDate(year: year, month: fragment.month, day: fragment.day)
        case .none, .unreadable:
            // The year of the title, or of another opening line giving the same day in full
            // (the header's "Hòa Thuận, ngày 08 tháng 10 năm 2026").
            let full = opening.lazy.compactMap { other -> (year: Int, line: String)? in
                guard other != index, let found = Self.fragment(in: lines[other]), case .number(let year) = found.year,
                      found.day == fragment.day, found.month == fragment.month else { return nil }
                return (year, shown[other])
            }.first
            // Else the header's year, less one when the month is after the header's: December's
            // minutes written up in January ("Hòa Thuận, ngày 05 tháng 01 năm 2025").
            let header = headers.lazy.compactMap { other -> (year: Int, line: String)? in
                guard other != index, let found = Self.fragment(in: lines[other]), case .number(let year) = found.year else { return nil }
                return (fragment.month > found.month ? year - 1 : year, shown[other])
            }.first
            if let source = title ?? full ?? header, let found = CalendarDate(year: source.year, month: fragment.month, day: fragment.day) {
                date = found
                if case .unreadable = fragment.year {
                    problem = .yearTaken(line: shown[index], written: written(fragment, at: index), from: source.line)
                }
            }
        }
        if date == nil {
            var noSuchDay: NoSuchDay?
            if case .number(let year) = fragment.year {
                noSuchDay = NoSuchDay(written: written(fragment, at: index).replacing(/^ngày\s*/.ignoresCase(), with: ""),
                                      month: fragment.month,
                                      days: CalendarDate.daysIn(month: fragment.month, year: year))
            }
            problem = .notFound(dateLine: shown[index], noSuchDay: noSuchDay,
                                elsewhere: Self.elsewhere(in: lines, shown: shown, besides: Set(candidates)))
        }
        if let date, let title = Self.titleMonth(in: lines), title.month != date.month || (title.year ?? date.year) != date.year {
            titleConflict = TitleConflict(title: title.line, month: title.month, year: title.year, dateLine: shown[index],
                                          written: written(fragment, at: index).replacing(/^ngày\s*/.ignoresCase(), with: ""))
        }
    }

    /// A day and month as an opening line writes them, with the year if it writes one.
    private struct Fragment {
        enum Year { case number(Int), none, unreadable }
        var day: Int
        var month: Int
        var year: Year
        /// The date as written ("08/10/2O26"), and where in its line.
        var text: String
        var range: Range<String.Index>
    }

    /// The day and month of the first date `line` writes, its year or not.
    static func dayAndMonth(in line: String) -> DayAndMonth? {
        fragment(in: line).map { DayAndMonth(day: $0.day, month: $0.month) }
    }

    /// A day of a month, the year left out: what two lines of an opening are compared by.
    struct DayAndMonth: Equatable {
        var day: Int
        var month: Int
    }

    /// The first date in `line` whose day and month are a day and a month.
    private static func fragment(in line: String) -> Fragment? {
        fragments(in: line).first?.fragment
    }

    /// A date `text` writes where a figure begins at `at` ("trước ngày 30 tháng 11 năm 2024",
    /// "trước ngày 15-10-2024", "trước ngày 30/9"): its day, month, and year when it can be read.
    /// The one reading of dates, for the meeting's and for a resolution's deadline.
    static func date(in text: String, at: String.Index) -> (day: Int, month: Int, year: Int?)? {
        fragments(in: text).first { $0.range.lowerBound <= at && at < $0.range.upperBound }.map { found in
            if case .number(let year) = found.fragment.year { return (found.fragment.day, found.fragment.month, year) }
            return (found.fragment.day, found.fragment.month, nil)
        }
    }

    /// The dates in `line` whose day and month are a day and a month, in the order written.
    private static func fragments(in line: String) -> [(range: Range<String.Index>, fragment: Fragment)] {
        func make(_ text: Substring, _ day: Substring, _ month: Substring, _ year: Substring?) -> Fragment? {
            guard let day = Int(day), let month = Int(month), (1...31).contains(day), (1...12).contains(month) else { return nil }
            // A year of five figures ("năm 20244", a key held down) is a year that cannot be read,
            // as "2O26" is: its first four were read as the year, and the extra one dropped unsaid.
            let number = year.flatMap { Int($0) }.flatMap { $0 <= 9999 ? $0 : nil }
            let kind: Fragment.Year = year == nil ? .none : number.map { .number($0 < 100 ? 2000 + $0 : $0) } ?? .unreadable
            return Fragment(day: day, month: month, year: kind, text: String(text), range: text.startIndex..<text.endIndex)
        }
        let found = line.matches(of: Patterns.words).map { ($0.range, make($0.output.0, $0.output.1, $0.output.2, $0.output.3)) }
            + line.matches(of: Patterns.slashes).map { ($0.range, make($0.output.0, $0.output.1, $0.output.2, $0.output.3)) }
            + line.matches(of: Patterns.shortYear).filter { match in
                // Not the end of a longer figure: "2024-09-05" holds no "24-09-05".
                match.range.lowerBound == line.startIndex || !"0123456789/.-".contains(line[line.index(before: match.range.lowerBound)])
            }.map { ($0.range, make($0.output.0, $0.output.1, $0.output.2 ?? $0.output.3 ?? $0.output.4 ?? "", $0.output.5)) }
            + line.matches(of: Patterns.dayMonth).map { ($0.range, make($0.output.0, $0.output.1, $0.output.2, nil)) }
        return found.sorted { $0.0.lowerBound < $1.0.lowerBound }.compactMap { range, fragment in fragment.map { (range, $0) } }
    }

    /// The lines of the title: the line with "biên bản" and, below it, up to two lines that go on
    /// with it (`titleBelow`); a dated title line is left out. One reader for the title's month
    /// and its year.
    private static func titleLines(in lines: [String]) -> [String] {
        guard let index = lines.firstIndex(where: { $0.localizedCaseInsensitiveContains("biên bản") }) else { return [] }
        return (isDated(lines[index]) ? [] : [lines[index]]) + titleBelow(index, in: lines)
    }

    /// True when `line` writes a day ("… NGÀY 08 THÁNG 11 NĂM 2026"): not a title's month.
    private static func isDated(_ line: String) -> Bool {
        line.firstMatch(of: /ngày\s*\d/.ignoresCase()) != nil
    }

    /// The lines below the title's first line, at `index`, that go on with it ("BIÊN BẢN SINH
    /// HOẠT CHI BỘ" over "THƯỜNG KỲ THÁNG 10/2026"): up to two, in capitals, or the one under a
    /// "BIÊN BẢN" standing alone or going on in lower case (`goesOn`); a dated line ends it.
    static func titleBelow(_ index: Int, in lines: [String]) -> [String] {
        let short = lines[index].split(separator: " ").count <= 3
        var below: [String] = []
        for (offset, line) in lines[(index + 1)..<min(lines.count, index + 3)].enumerated() {
            let capitals = line.contains { $0.isLetter } && !line.contains { $0.isLowercase }
            guard !isDated(line), capitals || (offset == 0 && (short || goesOn(line))) else { break }
            below.append(line)
        }
        return below
    }

    /// True when `line`, under a title in lower case, goes on with it ("Biên bản sinh hoạt chi bộ"
    /// over "thường kỳ tháng 10/2026"): a few words beginning with the title's own ("thường kỳ",
    /// "tháng 10", "quý III", "chuyên đề", "bất thường", "năm 2026"), in either case. Any other
    /// line in lower case is not the title's: "thực hiện Chỉ thị số 05-CT/TW năm 2016 …" under it
    /// gave the meeting the year 2016, "… về sinh hoạt chuyên đề năm 2026" its kind.
    private static func goesOn(_ line: String) -> Bool {
        let text = line.trimmingCharacters(in: .whitespaces)
        return text.split(separator: " ").count <= 6 && text.firstMatch(of: Patterns.titleGoesOn) != nil
    }

    /// The year the title gives ("… THÁNG 10/2026", "… QUÝ III NĂM 2026"), with the line giving it.
    private static func titleYear(in lines: [String]) -> (year: Int, line: String)? {
        for line in titleLines(in: lines) {
            if let match = line.firstMatch(of: Patterns.titleYear), let year = Int(match.output.1) { return (year, line) }
        }
        return nil
    }

    /// The one month the title names ("THÁNG 10/2026", "tháng 10 năm 2026", "THÁNG 10"), with
    /// its year if given and the line giving it; a title naming two months ("tháng 9 … tháng
    /// 10") names none.
    private static func titleMonth(in lines: [String]) -> (month: Int, year: Int?, line: String)? {
        for line in titleLines(in: lines) {
            let months = line.matches(of: Patterns.titleMonth).compactMap { match -> (month: Int, year: Int?)? in
                guard let month = Int(match.output.1), (1...12).contains(month) else { return nil }
                return (month, match.output.2.flatMap { Int($0) })
            }
            guard let first = months.first else { continue }
            return months.allSatisfy({ $0.month == first.month }) ? (first.month, first.year, line) : nil
        }
        return nil
    }

    /// The dates with their year written in `lines` other than those at `besides`, the first three,
    /// quoted from `shown`.
    private static func elsewhere(in lines: [String], shown: [String], besides: Set<Int>) -> [Elsewhere] {
        let found = lines.indices.filter { !besides.contains($0) }.lazy.compactMap { index -> Elsewhere? in
            guard let fragment = fragment(in: lines[index]), case .number = fragment.year else { return nil }
            let text = DateInWords.words(of: fragment.range, in: lines[index], from: shown[index])
            return Elsewhere(text: text.replacing(/^ngày\s*/.ignoresCase(), with: ""), line: shown[index],
                             isDeadline: MinutesFacts.hasDeadline(lines[index]))
        }
        return Array(found.prefix(3))
    }
}

/// The wording of dates in minutes.
private enum Patterns {
    /// "ngày 05 tháng 9 năm 2024", also with a comma before "năm", or without the year.
    nonisolated(unsafe) static let words = /ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})(?:\s*,?\s*năm\s*([0-9Oo]{4,}|\d{2}(?!\d)))?/.ignoresCase()
    /// "05/9/2024", "05.9.2024", and "08/10/2O26" with a letter for a figure.
    nonisolated(unsafe) static let slashes = /(\d{1,2})\s*[\/.-]\s*(\d{1,2})\s*[\/.-]\s*([0-9Oo]{4,})(?![0-9A-Za-z])/
    /// "08/10/26", "5-9-24", "5.9.24": a two-digit year, the same mark twice and no spaces
    /// ("8.10 - 10.15" is a time).
    nonisolated(unsafe) static let shortYear = /(\d{1,2})(?:\/(\d{1,2})\/|-(\d{1,2})-|\.(\d{1,2})\.)(\d{2})(?![0-9\p{L}])/
    /// Something written as a date: "ngày 5", "5 - 9 - 24".
    nonisolated(unsafe) static let dateLike = /ngày\s*\d|\d{1,2}\s*[\/.-]\s*\d{1,2}\s*[\/.-]\s*\d/.ignoresCase()
    /// "ngày 08/10", without the year.
    nonisolated(unsafe) static let dayMonth = /ngày\s*(\d{1,2})\s*[\/.-]\s*(\d{1,2})(?!\s*[\/.-]?\s*[0-9Oo])/.ignoresCase()
    /// A line that opens minutes with their date: "Hôm nay, ngày…", "Ngày 05/9/2024", "Vào hồi…",
    /// or the place and date of the header, "Hòa Thuận, ngày 05 tháng 10 năm 2024".
    nonisolated(unsafe) static let openingShape =
        /^\s*(?:[-+•–]|(?:\d{1,2}|[a-zđ]|[IVX]{1,4})\s*[.)\/])?\s*(?:thời gian|hôm nay|vào\s+(?:hồi|lúc|ngày)|hồi|lúc|ngày\s*\d)|^[^,:;]{1,40},\s*ngày\s*\d/.ignoresCase()
    /// An opening line in words ("Hôm nay, ngày…", "Vào hồi…", "Ngày 05/9/2024"), not the header.
    nonisolated(unsafe) static let openingWords =
        /^\s*(?:[-+•–]|(?:\d{1,2}|[a-zđ]|[IVX]{1,4})\s*[.)\/])?\s*(?:thời gian|hôm nay|vào\s+(?:hồi|lúc|ngày)|hồi|lúc|ngày\s*\d)/.ignoresCase()
    /// The words a title's second line begins with: "Thường kỳ", "Tháng 10", "Quý III", "Chuyên đề".
    nonisolated(unsafe) static let titleGoesOn = /^(?:thường kỳ|tháng\s*\d|quý\s*[0-9IVX]|chuyên đề|bất thường|năm\s*\d)/.ignoresCase()
    /// "THÁNG 10/2026", "tháng 10 năm 2026", "THÁNG 10": the month, and the year when given.
    nonisolated(unsafe) static let titleMonth = /tháng\s*(\d{1,2})(?!\d)(?:\s*(?:[\/-]|,?\s*năm)\s*(\d{4})(?!\d))?/.ignoresCase()
    /// "THÁNG 10/2026", "tháng 10 năm 2026", "QUÝ III/2026", "NĂM 2026".
    nonisolated(unsafe) static let titleYear = /(?:(?:tháng|quý)\s*[0-9IVX]{1,4}\s*(?:[\/-]|năm)|năm)\s*(\d{4})/.ignoresCase()
}
