/// What a month's bulletin is called wherever it is named: its page's title, its printed sheets'
/// running head, the link to it from the month's minutes, the list of bulletins and the feed.
enum BulletinTitle {
    /// "Bản tin tháng 9 năm 2024".
    static func of(_ month: YearMonth) -> String { "Bản tin \(VietnameseFormat.monthYear(month))" }

    /// "Bản tin tháng 9 năm 2024 — Đảng ủy xã Bình Minh": the bulletin of `month` named with
    /// whose it is, where one title stands among others' (a printed sheet, a district's feed).
    static func of(_ month: YearMonth, by name: String) -> String { named(of(month), by: name) }

    /// `title`, a bulletin's title as its own site gives it (its editorial's title after it too),
    /// named with whose it is: "Bản tin tháng 9 năm 2024 — Đảng bộ xã Ấp Bắc · Đảng bộ huyện
    /// Giồng Riềng" in a province's feed.
    static func named(_ title: String, by name: String) -> String { "\(title) — \(name)" }
}
