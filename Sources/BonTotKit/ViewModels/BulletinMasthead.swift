/// The head of a bulletin laid out like a Party document (Hướng dẫn 36-HD/VPTW): on the left the
/// committee above, the issuing body, an asterisk and the number; on the right the Party's name
/// over a rule, then the place and date.
struct BulletinMasthead: Encodable {
    /// `"ĐẢNG BỘ HUYỆN GIỒNG RIỀNG"`, when the site names its parent.
    var parent: String?
    /// `"ĐẢNG ỦY XÃ HÒA THUẬN"`.
    var issuer: String
    /// `"Số 09-BT/ĐU"`: no colon after "Số".
    var number: String
    var nation: String
    /// `"Hòa Thuận, ngày 30 tháng 9 năm 2024"`: the last day of the month, never the build date.
    var placeDate: String
    /// `2024-09-30`.
    var isoDate: String

    init(month: YearMonth, number: Int?, config: SiteConfig) {
        parent = config.parent.map { Self.dashKeptWithWordBefore($0.uppercased()) }
        issuer = Self.dashKeptWithWordBefore(config.signingBody.uppercased())
        self.number = "Số \(VietnameseFormat.count(number ?? month.month))-BT/\(Self.issuerCode(config.signingBody))"
        nation = "ĐẢNG CỘNG SẢN VIỆT NAM"
        let date = Self.date(of: month)
        placeDate = VietnameseFormat.placeDate(place: config.place, date: date)
        isoDate = date.description
    }

    /// `name` with every wrap point before a dash removed, so a committee's name wrapping in its
    /// column never starts a line with the dash: the run of spaces, tabs or no-break spaces before
    /// "-", "–" or "—" becomes one no-break space ("BÀ RỊA  -  VŨNG TÀU" shows as "BÀ RỊA - VŨNG TÀU"),
    /// and an em dash typed between two words ("RỊA—VŨNG") gets a word joiner before it, since a line
    /// may otherwise break before an em dash. What follows the dash is left as typed.
    static func dashKeptWithWordBefore(_ name: String) -> String {
        let dashes: Set<Character> = ["-", "\u{2013}", "\u{2014}"]
        var result = ""
        var pendingSpace = ""
        for character in name {
            if character.isWhitespace {
                pendingSpace.append(character)
                continue
            }
            if dashes.contains(character), !result.isEmpty {
                if !pendingSpace.isEmpty {
                    result.append("\u{00A0}")
                } else if character == "\u{2014}" {
                    result.append("\u{2060}")
                }
            } else {
                result += pendingSpace
            }
            pendingSpace = ""
            result.append(character)
        }
        return result + pendingSpace
    }

    /// The date a month's bulletin carries: the month's last day.
    static func date(of month: YearMonth) -> CalendarDate {
        CalendarDate(year: month.year, month: month.month, day: CalendarDate.daysIn(month: month.month, year: month.year))
            ?? CalendarDate(year: month.year, month: month.month, day: 28)!
    }

    /// The abbreviation of the issuing committee after the slash: "Đảng ủy …" → `ĐU`,
    /// "Huyện ủy …" → `HU`; `ĐU` when the issuer is not named "… ủy".
    static func issuerCode(_ issuer: String) -> String {
        let words = issuer.split(whereSeparator: \.isWhitespace)
        guard words.count >= 2, Slug.fold(String(words[1])) == "uy" else { return "ĐU" }
        return words.prefix(2).map { word in
            guard let first = word.first else { return "" }
            if first == "Đ" || first == "đ" { return "Đ" }
            return Slug.fold(String(first)).uppercased()
        }.joined()
    }
}
