/// A range of years as every page and message writes it, "2023–2025" (an en dash, no spaces):
/// the one formatter of a year range. On a page the range is kept on one line by its place in
/// the template (`<span class="year-range">`, `white-space: nowrap`), not by characters in the
/// text, so that what a reader searches for or copies is the range as typed.
public enum YearRange {
    /// `"2023–2025"`.
    public static func text(_ first: Int, _ last: Int) -> String {
        "\(first)–\(last)"
    }

    /// `"2023–2025"` for `2023...2025`.
    public static func text(_ years: ClosedRange<Int>) -> String {
        text(years.lowerBound, years.upperBound)
    }
}
