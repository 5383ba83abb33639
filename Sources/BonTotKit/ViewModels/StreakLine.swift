/// A streak as a page writes it: the sentence, and its parts for the template, which keeps the
/// range of years on one line (`partials/streak-line`: "(2023–2025)" in a
/// `<span class="year-range">`, so a narrow phone or the printed page never breaks it at the
/// dash), while the text stays the sentence a reader searches for and copies.
struct StreakLine: Encodable, Equatable {
    /// "Hoàn thành xuất sắc nhiệm vụ 02 năm liền (2023–2024)", whole.
    var sentence: String
    /// The sentence before its range: "Hoàn thành xuất sắc nhiệm vụ 02 năm liền".
    var lead: String
    var hasRange: Bool
    /// "2023–2024" (`YearRange`); empty for one year.
    var range: String

    init(_ streak: Streak) {
        sentence = streak.sentence
        lead = streak.lead
        hasRange = streak.yearRange != nil
        range = streak.yearRange ?? ""
    }
}
