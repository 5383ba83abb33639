import Foundation

/// What the number formats of a workbook's cells make of their numbers: a date is stored as a
/// serial day count (15/12/2024 is 45641) and shown as a date only by its cell's format, so a
/// reader that ignores the format prints the serial; likewise a percentage is stored as its
/// fraction (90% is 0.9). Read from `xl/styles.xml` (each cell style's
/// `numFmtId`, built in or defined by a `formatCode`) and `workbookPr date1904`.
struct XLSXNumberFormats {
    /// How a style shows a number.
    enum Kind: Equatable {
        case number, date, dateTime, time, percent
    }

    /// The kind of each cell style (`s="2"` is the third), in order.
    var kinds: [Kind] = []
    /// The decimals each cell style shows of a number (`0` shows none, `0.00` two); nil for a
    /// style that shows a number as stored (General) or not as decimals (dates, `0.00E+00`).
    var decimals: [Int?] = []
    /// True for a workbook counting days from 1904 (old Mac Excel).
    var from1904 = false

    init(styles: XMLPartNode?, workbook: XMLPartNode) {
        let flag = workbook.child("workbookPr")?["date1904"]
        from1904 = flag == "1" || flag == "true"
        guard let styles else { return }
        var custom: [Int: String] = [:]
        for format in styles.child("numFmts")?.children(named: "numFmt") ?? [] {
            if let id = format["numFmtId"].flatMap({ Int($0) }) { custom[id] = format["formatCode"] ?? "" }
        }
        let ids = (styles.child("cellXfs")?.children(named: "xf") ?? []).map { style in
            style["numFmtId"].flatMap { Int($0) } ?? 0
        }
        kinds = ids.map { id in custom[id].map(Self.kind(ofCode:)) ?? Self.kind(ofBuiltIn: id) }
        decimals = ids.enumerated().map { index, id in
            guard kinds[index] == .number else { return nil }
            return custom[id].map(ShownDecimals.count(inCode:)) ?? ShownDecimals.count(ofBuiltIn: id)
        }
    }

    /// The decimals a cell's style attribute (`s="2"`) shows of a number; nil when it shows it as stored.
    func decimals(ofStyle style: String?) -> Int? {
        guard let index = style.flatMap({ Int($0) }), decimals.indices.contains(index) else { return nil }
        return decimals[index]
    }

    /// The kind of a cell's style attribute (`s="2"`); a number when it has none.
    func kind(ofStyle style: String?) -> Kind {
        guard let index = style.flatMap({ Int($0) }), kinds.indices.contains(index) else { return .number }
        return kinds[index]
    }

    /// Excel's built-in formats: 14–17 dates (`m/d/yyyy`, `d-mmm-yy`…), 22 date and time,
    /// 18–21 and 45–47 times, 9 and 10 percentages (`0%`, `0.00%`).
    static func kind(ofBuiltIn id: Int) -> Kind {
        switch id {
        case 9, 10: .percent
        case 14...17: .date
        case 22: .dateTime
        case 18...21, 45...47: .time
        default: .number
        }
    }

    /// A format code's kind from its letters outside quoted text, escapes and `[…]` (colours,
    /// locales): `d` or `y` make a date, `h` or `s` a time (`dd/mm/yyyy`, `[$-42A]d mmmm yyyy`,
    /// `h:mm`), `%` a percentage (`0.0%`); only its first section (before `;`) counts.
    static func kind(ofCode code: String) -> Kind {
        var letters = Set<Character>()
        var quoted = false
        var bracketed = false
        var skipNext = false
        for character in code {
            if skipNext { skipNext = false; continue }
            if quoted { quoted = character != "\""; continue }
            if bracketed {
                if character == "]" { bracketed = false }
                else if "hHsS".contains(character) { letters.insert("h") }   // [h]:mm, elapsed time
                continue
            }
            switch character {
            case "\"": quoted = true
            case "[": bracketed = true
            case "\\", "_", "*": skipNext = true
            case ";": return kind(of: letters)
            default: letters.insert(Character(character.lowercased()))
            }
        }
        return kind(of: letters)
    }

    private static func kind(of letters: Set<Character>) -> Kind {
        let date = letters.contains("d") || letters.contains("y")
        let time = letters.contains("h") || letters.contains("s")
        if !date, !time, letters.contains("%") { return .percent }
        return date ? (time ? .dateTime : .date) : (time ? .time : .number)
    }

    /// A stored fraction shown as its percentage, the Vietnamese way: `90%`, `92,5%`.
    static func text(ofPercent raw: String) -> String {
        guard let value = Double(raw.trimmingCharacters(in: .whitespaces)), value.isFinite, abs(value) < 1e13 else { return raw }
        return XLSXReader.plainNumber(String(value * 100)).replacingOccurrences(of: ".", with: ",") + "%"
    }

    /// A stored serial shown as its format shows it, the Vietnamese way: `15/12/2024`,
    /// `15/12/2024 08:30`, `08:30`; nil when the number is no date Excel can show.
    func text(ofSerial raw: String, kind: Kind) -> String? {
        if kind == .percent { return Self.text(ofPercent: raw) }
        guard kind != .number, let serial = Double(raw.trimmingCharacters(in: .whitespaces)),
              serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if seconds >= 86_400 { days += 1; seconds -= 86_400 }
        let clock = seconds % 60 == 0
            ? String(format: "%02d:%02d", seconds / 3600, seconds / 60 % 60)
            : String(format: "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        if kind == .time { return clock }
        // Day 0 of the 1900 system is 31/12/1899, and Excel counts a 29/02/1900 that never was
        // (serial 60): from serial 61 on, the days run from 30/12/1899.
        let epoch = from1904 ? Self.daysFromCivil(1904, 1, 1) : Self.daysFromCivil(1899, 12, days >= 61 ? 30 : 31)
        guard from1904 || days != 60 else { return nil }
        let (year, month, day) = Self.civil(fromDays: epoch + days)
        let date = String(format: "%02d/%02d/%04d", day, month, year)
        return kind == .dateTime && seconds > 0 ? "\(date) \(clock)" : date
    }

    /// A cell stored as an ISO 8601 date (`t="d"`, `2024-12-15T08:30:00`) the same way; nil when
    /// it is not one.
    static func text(ofISODate raw: String) -> String? {
        let parts = raw.split(whereSeparator: { !$0.isNumber }).map { Int($0) }
        guard parts.count >= 3, let year = parts[0], let month = parts[1], let day = parts[2],
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        let date = String(format: "%02d/%02d/%04d", day, month, year)
        // A time no clock shows (a damaged cell's 2^63 - 1, whose sum would overflow) is left out.
        guard parts.count >= 5, let hour = parts[3], let minute = parts[4], (0...24).contains(hour), (0...59).contains(minute),
              hour + minute > 0 else { return date }
        return date + String(format: " %02d:%02d", hour, minute)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` after 1970-01-01.
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted + (shifted < 10 ? 3 : -9)
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
