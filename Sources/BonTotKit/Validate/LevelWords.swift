/// A level as an office writes it in the "Xếp loại" column of a score sheet: its id
/// (`xuat-sac`, or "Xuất sắc" as words), its name as the rubric gives it ("Hoàn thành xuất sắc
/// nhiệm vụ", in any case, with or without diacritics) or its beginning ("Hoàn thành tốt"), or
/// the initials offices abbreviate it by ("HTXSNV", "HTTNV", "HTNV", "KHTNV": the first letter
/// of each word of the name, folded).
enum LevelWords {
    /// The rubric's level `text` stands for; nil when it names none, or more than one.
    static func level(_ text: String, in rubric: Rubric) -> Level? {
        if let level = rubric.level(id: text) { return level }
        let folded = Slug.fold(text)
        guard !folded.isEmpty else { return nil }
        // "Tốt", "Xuất sắc": the id written as words.
        if let level = rubric.level(id: folded) { return level }
        let byName = rubric.levels.filter { Slug.fold($0.name) == folded }
        if byName.count == 1 { return byName[0] }
        let byInitials = rubric.levels.filter { initials(of: $0.name) == folded }
        if byInitials.count == 1 { return byInitials[0] }
        // "Hoàn thành tốt", "Hoàn thành xuất sắc": the name without its last words, two words or more.
        guard folded.split(separator: "-").count >= 2 else { return nil }
        let byStart = rubric.levels.filter { Slug.fold($0.name).hasPrefix(folded + "-") }
        return byStart.count == 1 ? byStart[0] : nil
    }

    /// The first letters of a name's words, folded: "Hoàn thành tốt nhiệm vụ" → `httnv`.
    static func initials(of name: String) -> String {
        String(Slug.fold(name).split(separator: "-").compactMap(\.first))
    }
}
