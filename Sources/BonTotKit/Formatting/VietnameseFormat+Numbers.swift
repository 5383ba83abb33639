extension VietnameseFormat {
    /// `6277` → `"6.277"`, `(18.75, fractionDigits: 1)` → `"18,8"`: `.` groups thousands, `,` marks decimals.
    ///
    /// Rounds half away from zero, the way figures are rounded by hand in reports; a value that
    /// only misses a half through binary floating point (`0.145 × 100`) still rounds up.
    public static func number(_ value: Double, fractionDigits: Int = 0) -> String {
        guard value.isFinite else { return "—" }
        let digits = max(0, min(fractionDigits, 6))
        var factor: Int64 = 1
        for _ in 0..<digits { factor *= 10 }
        let scaled = (abs(value) * Double(factor) * (1 + 1e-12)).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e17 else { return "—" }
        let units = Int64(scaled)
        let sign = value < 0 && units != 0 ? "-" : ""
        let whole = grouped(units / factor)
        guard digits > 0 else { return sign + whole }
        let fraction = String(units % factor)
        return sign + whole + "," + String(repeating: "0", count: digits - fraction.count) + fraction
    }

    /// `6277` → `"6.277"`.
    public static func number(_ value: Int) -> String {
        (value < 0 ? "-" : "") + grouped(Int64(value.magnitude))
    }

    /// A score as the office typed it, to two decimals, with no trailing zero: `28` → `"28"`,
    /// `27.5` → `"27,5"`, `18.75` → `"18,75"`. Quarter points are common on score sheets; shown to
    /// one decimal, `11.25` read `"11,3"`, a row's criteria no longer added up to its total, and a
    /// total of `89.95` read `"90"` beside the level below 90 that it earns.
    public static func score(_ value: Double) -> String {
        let hundredths = (abs(value) * 100 * (1 + 1e-12)).rounded(.toNearestOrAwayFromZero)
        let digits = hundredths.truncatingRemainder(dividingBy: 100) == 0 ? 0 : hundredths.truncatingRemainder(dividingBy: 10) == 0 ? 1 : 2
        return number(value, fractionDigits: digits)
    }

    /// A norm quoted from a rule or a regulation, as the rule writes it: `0.85` → `"85 %"`,
    /// `0.2` → `"20 %"`, `0.125` → `"12,5 %"`. Never for a measured figure: those use `percent`.
    /// On a page (`.page`) the space before the sign does not break.
    public static func normPercent(_ ratio: Double, for medium: FigureMedium = .text) -> String {
        score(ratio * 100) + medium.percentSign
    }

    /// Every measured share or rate, on pages, in the bulletin, in sentences and on the console
    /// (SPEC §4): a percentage with one decimal and a space before the sign: `0.1875` →
    /// `"18,8 %"`, `0.94` → `"94,0 %"`. On a page (`.page`) that space does not break.
    public static func percent(_ ratio: Double, for medium: FigureMedium = .text) -> String {
        number(ratio * 100, fractionDigits: 1) + medium.percentSign
    }

    /// A count out of a whole, as tables and attendance write it: `(36, of: 40)` → `"36/40"`,
    /// `(1234, of: 2400)` → `"1.234/2.400"`. In official sentences both counts are padded
    /// (`count`): "02/05 chi bộ".
    public static func fraction(_ part: Int, of whole: Int) -> String {
        "\(number(part))/\(number(whole))"
    }

    /// A count as written in official sentences, two digits at least: `3` → `"03"`, `16` → `"16"`,
    /// `1234` → `"1.234"`.
    public static func count(_ value: Int) -> String {
        (0..<10).contains(value) ? twoDigits(value) : number(value)
    }

    /// A size on disk in decimal units, as file managers show it: `512` → `"512 byte"`,
    /// `9_216` → `"9 KB"`, `1_834_000` → `"1,8 MB"`.
    public static func fileSize(_ bytes: Int) -> String {
        let value = Double(bytes)
        switch value {
        case ..<1_000: return "\(number(bytes)) byte"
        case ..<1_000_000: return number(value / 1_000) + " KB"
        case ..<1_000_000_000: return number(value / 1_000_000, fractionDigits: 1) + " MB"
        default: return number(value / 1_000_000_000, fractionDigits: 1) + " GB"
        }
    }

    /// A duration in seconds as the console reports it: `0.2634` → `"0,26"`.
    public static func seconds(_ value: Double) -> String {
        number(value, fractionDigits: 2)
    }

    /// `1234567` → `"1.234.567"`.
    private static func grouped(_ value: Int64) -> String {
        let digits = Array(String(value))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(".") }
            text.append(digit)
        }
        return text
    }
}
