import Foundation

/// How the sheet `site.yaml` names in `xlsx_sheet:` is found among a workbook's tabs: by its
/// name exactly, else in any case, else also ignoring the spaces around it and runs of spaces
/// in it ("Bảng điểm " typed with a space after it, which no one sees on the tab and which the
/// error's advice could only repeat as the same line).
enum ChosenSheetName {
    /// The index in `names` (the workbook's sheets, in tab order) of the sheet `wanted` names.
    static func index(of wanted: String, in names: [String]) -> Int? {
        if let exact = names.firstIndex(of: wanted) { return exact }
        let lowered = wanted.lowercased()
        if let anyCase = names.firstIndex(where: { $0.lowercased() == lowered }) { return anyCase }
        let spaced = normalized(wanted)
        return names.firstIndex { normalized($0) == spaced }
    }

    /// `name` lowercased, without spaces around it, its runs of spaces made one.
    private static func normalized(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
