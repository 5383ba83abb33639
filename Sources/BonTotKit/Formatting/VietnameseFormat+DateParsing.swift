extension VietnameseFormat {
    /// Reads `"05/09/2024"` or `"5/9/2024"` back; nil when malformed or the day does not exist.
    public static func parseShortDate(_ text: String) -> CalendarDate? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3,
              (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              let day = decimal(parts[0]), let month = decimal(parts[1]), let year = decimal(parts[2])
        else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// Reads `"ngày 5 tháng 9 năm 2024"` or `"Ngày 05 tháng 09 năm 2024"` back (any case, with or
    /// without diacritics, any spacing); nil when malformed or the day does not exist.
    public static func parseLongDate(_ text: String) -> CalendarDate? {
        let words = Slug.foldForSearch(text).split(separator: " ")
        guard words.count == 6, words[0] == "ngay", words[2] == "thang", words[4] == "nam",
              words[1].count <= 2, words[3].count <= 2, words[5].count == 4,
              let day = decimal(words[1]), let month = decimal(words[3]), let year = decimal(words[5])
        else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The value of a run of ASCII digits; nil for anything else (signs and spaces included).
    private static func decimal(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
        return Int(text)
    }
}
