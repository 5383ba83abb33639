/// The error of a workbook without the sheet `site.yaml` names in `xlsx_sheet:` (the score sheet
/// renamed "Bảng điểm 2026" while site.yaml still says `xlsx_sheet: Bảng điểm`): it says the name
/// comes from site.yaml, which the clerk may not remember writing, and, when exactly one sheet is
/// like the name (one holds the other, as `Slug.fold` compares them, or a misspelling's
/// closest), the line to write, or the sheet to rename back.
enum ChosenSheetAdvice {
    static func message(wanted: String, sheets: [String]) -> String {
        let list = sheets.joined(separator: ", ")
        let opening = "bảng tính không có trang '\(wanted)' mà site.yaml chọn ('xlsx_sheet: \(wanted)'); các trang có: \(list); "
        let english = " / no sheet named '\(wanted)', which xlsx_sheet: in site.yaml names; the sheets are: \(list); "
        guard let like = like(wanted, among: sheets) else {
            return opening + "hãy sửa 'xlsx_sheet' trong site.yaml thành tên trang bảng điểm (hoặc đổi tên trang đó thành '\(wanted)')"
                + english + "write the score sheet's name in xlsx_sheet: in site.yaml (or rename the sheet)"
        }
        return opening + "nếu bảng điểm ở trang '\(like)', hãy sửa dòng đó trong site.yaml thành 'xlsx_sheet: \(like)' "
            + "(hoặc đổi tên trang lại thành '\(wanted)')"
            + english + "write xlsx_sheet: \(like) in site.yaml (or rename the sheet back)"
    }

    /// The one sheet whose name holds `wanted`'s or is held in it, or failing any, the one
    /// closest to it; nil when several are.
    private static func like(_ wanted: String, among sheets: [String]) -> String? {
        let folded = Slug.fold(wanted)
        guard !folded.isEmpty else { return nil }
        let holding = sheets.filter { sheet in
            let name = Slug.fold(sheet)
            return !name.isEmpty && (name.contains(folded) || folded.contains(name))
        }
        if !holding.isEmpty { return holding.count == 1 ? holding[0] : nil }
        let byName = Dictionary(sheets.map { (Slug.fold($0), $0) }, uniquingKeysWith: { first, _ in first })
        return Suggestion.closest(to: folded, among: byName.keys.sorted()).flatMap { byName[$0] }
    }
}
