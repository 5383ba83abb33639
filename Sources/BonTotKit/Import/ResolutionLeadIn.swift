/// The words a clerk ends a task with when its parts are listed under it ("1. Ra quân tổng vệ
/// sinh toàn ấp, cụ thể:" over "- Tổ 1 dọn ngõ 15, thời hạn: 20/10/2024"): such a line is one
/// resolution whose lines are its parts, not a group heading naming a field of work ("1. Về công
/// tác xây dựng Đảng:"), though both end in a colon.
///
/// The words, as minutes of chi bộ meetings write them before the colon, with or without a comma
/// before them: "cụ thể" and "cụ thể là" ("…, cụ thể:"), "như sau" ("… cụ thể như sau:", "…
/// phân công như sau:"), "sau đây" ("… các việc sau đây:"), "gồm", "gồm có" and "bao gồm"
/// ("Thành lập tổ công tác gồm:"), "trong đó" ("Vận động ủng hộ 50 triệu đồng, trong đó:"),
/// "như" ("Tổ chức các hoạt động như:"), and "nội dung sau" ("… với các nội dung sau:"). They
/// count only as the line's last words, after a space or a comma ("Tổng kết công tác thi đua
/// năm:" ends in none, "trong đó" in the middle of a line is no lead-in).
enum ResolutionLeadIn {
    /// The lead-in words, lowercased; a longer phrase ending in a shorter one ("cụ thể như sau")
    /// is found by the shorter.
    static let words = ["cụ thể", "cụ thể là", "như sau", "sau đây", "gồm", "gồm có", "bao gồm", "trong đó", "như", "nội dung sau"]

    /// True for a line whose last words before its colon are a lead-in.
    static func endsInLeadIn(_ text: String) -> Bool {
        var line = text.trimmingCharacters(in: .whitespaces)
        guard line.hasSuffix(":") else { return false }
        while line.hasSuffix(":") { line.removeLast() }
        line = line.trimmingCharacters(in: .whitespaces).lowercased()
        return words.contains { words in
            guard line.hasSuffix(words) else { return false }
            let before = line.dropLast(words.count)
            return before.isEmpty || before.last == " " || before.last == ","
        }
    }
}
