/// The foot of a score sheet below its table, laid out as Party documents end: the place and
/// date ("Thanh Lam, ngày 15 tháng 12 năm 2025"), who signs ("NGƯỜI LẬP BIỂU", "T/M ĐẢNG ỦY",
/// "BÍ THƯ"), their names, a "Nơi nhận:" or "Ghi chú:" list. The table ends where it begins.
/// Rows are looked at from the bottom up, as far as the last row with a number.
enum EvaluationFooter {
    /// The folded beginnings of the cells that sign or close a document.
    private static let closingWords = ["nguoi-lap", "t-m-", "tm-", "kt-", "bi-thu", "pho-bi-thu", "xac-nhan", "noi-nhan",
                                       "ghi-chu", "luu-y", "thu-truong", "chu-tich", "truong-ban"]

    /// The index in `rows` where the foot begins, nil when the table runs to the end: the first
    /// row after `headerIndex` that gives the place and date, signs, or opens a closing list,
    /// with no number in it or in any row below it (a branch's row has scores; a branch whose
    /// note mentions its "Bí thư" is never taken for the foot while rows with scores follow).
    static func start(in rows: [EvaluationTable.Row], after headerIndex: Int) -> Int? {
        var start: Int?
        for index in rows.indices.reversed() where index > headerIndex {
            let cells = rows[index].cells.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if cells.contains(where: { FieldReader.number($0) != nil }) { break }
            if cells.contains(where: closes) { start = index }
        }
        return start
    }

    /// A cell that signs ("T/M ĐẢNG ỦY", a few words) or gives the place and date.
    private static func closes(_ cell: String) -> Bool {
        let folded = Slug.fold(cell)
        return (folded.split(separator: "-").count <= 6 && closingWords.contains { folded.hasPrefix($0) })
            || cell.lowercased().firstMatch(of: /ngày[\s.…_\d]*tháng[\s.…_\d]*năm/) != nil
    }
}
