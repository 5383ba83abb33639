/// Field names written in Vietnamese, as a clerk names them from the paper form ("ngày",
/// "chủ trì", "Thư ký", with or without diacritics): the field each stands for, so that an
/// unknown field can be told its name. Names are compared folded (`Slug.fold`).
enum VietnameseFieldNames {
    /// Vietnamese name → the fields it may stand for; the first that a mapping knows wins.
    private static let written: [(String, [String])] = [
        ("ngày", ["date"]), ("ngày họp", ["date"]), ("ngày sinh hoạt", ["date"]), ("ngày đăng", ["date"]),
        ("chi bộ", ["branch"]), ("mã chi bộ", ["branch"]), ("loại", ["kind"]), ("loại hình", ["kind"]),
        ("chủ đề", ["topic", "tags"]), ("nội dung", ["topic"]), ("hình thức", ["format"]),
        ("chủ trì", ["chair"]), ("người chủ trì", ["chair"]), ("thư ký", ["recorder"]),
        ("bắt đầu", ["start"]), ("giờ bắt đầu", ["start"]), ("kết thúc", ["end"]), ("giờ kết thúc", ["end"]),
        ("dự họp", ["attendance"]), ("số dự họp", ["attendance"]), ("có mặt", ["present"]), ("phải dự", ["expected"]),
        ("vắng", ["absent"]), ("vắng mặt", ["absent"]), ("vắng có lý do", ["excused"]), ("vắng không lý do", ["unexcused"]),
        ("phát biểu", ["speakers"]), ("số phát biểu", ["speakers"]), ("đại biểu", ["guests"]), ("khách mời", ["guests"]),
        ("nghị quyết", ["resolutions"]), ("tiêu đề", ["title"]), ("tên bài", ["title"]), ("tóm tắt", ["summary"]),
        ("ảnh", ["image", "photo"]), ("hình ảnh", ["image", "photo"]),
        ("mô tả ảnh", ["image_alt", "photo_alt"]), ("nhân vật", ["person"]), ("thẻ", ["tags"]),
        ("tên", ["name"]), ("tên chi bộ", ["name"]), ("bí thư", ["secretary"]), ("phó bí thư", ["deputies"]),
        ("chi ủy", ["committee"]), ("cấp ủy", ["committee"]), ("đảng viên", ["members"]), ("số đảng viên", ["members"]),
        ("chính thức", ["official"]), ("dự bị", ["probationary"]), ("miễn sinh hoạt", ["exempt"]), ("hộ", ["households"]),
        ("số hộ", ["households"]), ("địa chỉ", ["address"]), ("thành lập", ["founded"]), ("ngày thành lập", ["founded"]),
        ("giới thiệu", ["summary"]), ("khen thưởng", ["awards"]), ("cụm", ["cluster"]), ("cụm thi đua", ["cluster"]),
        ("số", ["number"]), ("năm", ["year"]),
    ]

    /// The same, by folded name (`Slug.fold`), as names are compared.
    private static let fields = Dictionary(written.map { (Slug.fold($0.0), $0.1) }, uniquingKeysWith: { first, _ in first })

    /// The fields a Vietnamese name may stand for ("Vắng mặt" → `absent`), none for another name.
    static func fields(named name: String) -> [String] {
        fields[Slug.fold(name)] ?? []
    }

    /// " (có phải 'date'? / did you mean 'date'?)" for a Vietnamese name of one of `known`, or "".
    static func hint(for name: String, among known: [String]) -> String {
        guard let field = fields[Slug.fold(name)]?.first(where: known.contains) else { return "" }
        return " ('\(name)' là '\(field)': hãy viết \(field): … / did you mean '\(field)'?)"
    }
}
