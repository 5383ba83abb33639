/// Numbers as written in diagnostics: plain, with a dot for decimals, as in the source files.
enum Plain {
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// `count` and its noun in a diagnostic's English half, the noun `singular` for one ("1 cell",
    /// "3 cells"; `plural` when not the singular with an "s").
    static func count(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
    }
}
