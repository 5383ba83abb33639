/// The error of a workbook without the sheet `site.yaml` names in `xlsx_sheet:` (the score sheet
/// renamed "Bảng điểm 2026" while site.yaml still says `xlsx_sheet: Bảng điểm`): it says the name
/// comes from site.yaml, which the clerk may not remember writing, and, when exactly one sheet is
/// like the name (one holds the other, as `Slug.fold` compares them, or a misspelling's
/// closest), the line to write, or the sheet to rename back.
///
/// `xlsx_sheet:` is one name for every workbook: beside other workbooks (`2024.xlsx` read by
/// that name, `2025.xlsx` with its sheet renamed "Bảng điểm 2025"), changing it would break
/// them, and the clerk would go round in circles. There the advice is to rename this workbook's
/// sheet to the name, first, and it says the other workbooks are read by it too.
enum ChosenSheetAdvice {
    /// The message for the workbook `path` whose sheets are `sheets`; `scoreFiles` are the paths
    /// of the score files beside it (this one's among them), of which the workbooks are named.
    static func message(wanted: String, sheets: [String], path: String = "", scoreFiles: [String] = []) -> String {
        let list = sheets.joined(separator: ", ")
        let opening = "bảng tính không có trang '\(wanted)' mà site.yaml chọn ('xlsx_sheet: \(wanted)'); các trang có: \(list); "
        let english = " / no sheet named '\(wanted)', which xlsx_sheet: in site.yaml names; the sheets are: \(list); "
        let others = otherWorkbooks(besides: path, scoreFiles: scoreFiles)
        if !others.isEmpty {
            let named = others.map { "'\($0)'" }.joined(separator: ", ")
            let sheet = like(wanted, among: sheets).map { "trang '\($0)'" } ?? "trang bảng điểm"
            let englishSheet = like(wanted, among: sheets).map { "the sheet '\($0)'" } ?? "the score sheet"
            return opening + "'xlsx_sheet' chọn trang theo tên này ở mọi bảng tính, cả \(named): hãy đổi tên \(sheet) của bảng "
                + "tính này thành '\(wanted)' thay vì sửa site.yaml (chỉ sửa 'xlsx_sheet' khi trang bảng điểm của mọi bảng tính đã "
                + "cùng một tên mới)" + english + "xlsx_sheet: names the sheet of every workbook, \(named) too: rename \(englishSheet) "
                + "of this workbook '\(wanted)' rather than change site.yaml"
        }
        guard let like = like(wanted, among: sheets) else {
            return opening + "hãy sửa 'xlsx_sheet' trong site.yaml thành tên trang bảng điểm (hoặc đổi tên trang đó thành '\(wanted)')"
                + english + "write the score sheet's name in xlsx_sheet: in site.yaml (or rename the sheet)"
        }
        return opening + "nếu bảng điểm ở trang '\(like)', hãy sửa dòng đó trong site.yaml thành 'xlsx_sheet: \(like)' "
            + "(hoặc đổi tên trang lại thành '\(wanted)')"
            + english + "write xlsx_sheet: \(like) in site.yaml (or rename the sheet back)"
    }

    /// The names of the workbooks (.xlsx, .ods, .xls) among `scoreFiles` other than `path`.
    private static func otherWorkbooks(besides path: String, scoreFiles: [String]) -> [String] {
        scoreFiles.filter { $0 != path && OfficeFiles.isWorkbook($0) }
            .map { String(PathParts.name(of: $0)) }
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
