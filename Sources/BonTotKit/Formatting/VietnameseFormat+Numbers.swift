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

    /// A score with at most one decimal: `28` → `"28"`, `27.5` → `"27,5"`, `18.75` → `"18,8"`.
    public static func score(_ value: Double) -> String {
        let tenths = (value * 10 * (1 + 1e-12)).rounded(.toNearestOrAwayFromZero)
        return number(value, fractionDigits: tenths.truncatingRemainder(dividingBy: 10) == 0 ? 0 : 1)
    }

    /// A ratio as people write it on the portal's pages: a percentage with at most one decimal,
    /// `0.9` → `"90 %"`, `0.80645` → `"80,6 %"` (official sentences use `percent`, one decimal).
    public static func compactPercent(_ ratio: Double) -> String {
        score(ratio * 100) + " %"
    }

    /// A ratio as a whole percentage, where space is short (a chart's labels): `0.8064` → `"81 %"`.
    public static func wholePercent(_ ratio: Double) -> String {
        score((ratio * 100).rounded()) + " %"
    }

    /// A ratio as a percentage with one decimal and a space before the sign: `0.1875` → `"18,8 %"`.
    public static func percent(_ ratio: Double) -> String {
        number(ratio * 100, fractionDigits: 1) + " %"
    }

    /// A count as written in official sentences, two digits at least: `3` → `"03"`, `16` → `"16"`,
    /// `1234` → `"1.234"`.
    public static func count(_ value: Int) -> String {
        (0..<10).contains(value) ? twoDigits(value) : number(value)
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
