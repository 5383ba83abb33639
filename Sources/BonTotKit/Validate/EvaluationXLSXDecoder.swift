import BonTotOffice
import Foundation

/// Reads `evaluations/<period>.xlsx`: the first sheet, or the one `site.yaml` names in
/// `xlsx_sheet:`, with the same columns as the CSV. Numbers, numbers typed as text, decimal
/// commas and formulas (their cached values) are all scores; merged title rows above the header
/// are skipped; diagnostics name the cell (`content/evaluations/2024.xlsx:Sheet1!D7`).
enum EvaluationXLSXDecoder {
    /// More rows or columns than any table of scores has: a sheet past them is not a score table
    /// (or is built to exhaust memory), and is refused or cut rather than laid out.
    static let maximumRows = 10_000
    static let maximumColumns = 256

    /// `idColumn` names the first column: `branch`, or `unit` in a district's `unit-evaluations/`.
    static func decode(_ data: Data, sheetName: String?, period: Period?, path: String, rubric: Rubric,
                       sink: DiagnosticSink, idColumn: String = "branch") -> Evaluation? {
        guard let period else {
            sink.error(SourceLocation(file: path),
                       "tên bảng tính phải là kỳ đánh giá (2024.xlsx, 2024-q3.xlsx, 2024-09.xlsx) / the file name must be the period")
            return nil
        }
        if path.lowercased().hasSuffix(".xls") {
            sink.error(SourceLocation(file: path),
                       "bảng tính Excel 97–2003 (.xls) không đọc được; trong Excel hãy lưu lại dạng \"Excel Workbook (.xlsx)\" "
                       + "/ an Excel 97-2003 .xls workbook: save it as .xlsx")
            return nil
        }
        let sheet: SpreadsheetSheet
        do {
            sheet = try XLSXReader.sheet(from: data, named: sheetName)
        } catch {
            sink.error(SourceLocation(file: path), error.description)
            return nil
        }
        guard sheet.rows.count <= maximumRows else {
            sink.error(SourceLocation(file: path),
                       "trang '\(sheet.name)' có \(VietnameseFormat.number(sheet.rows.count)) dòng, quá \(VietnameseFormat.number(maximumRows)) dòng của một bảng điểm / too many rows for a table of scores")
            return nil
        }
        let table = EvaluationTable(rows: sheet.rows.map { row(of: $0, in: sheet, path: path) })
        return EvaluationTableDecoder.decode(table, period: period, path: path,
                                             emptyMessage: "trang '\(sheet.name)' của bảng tính trống / the sheet '\(sheet.name)' is empty",
                                             rubric: rubric, sink: sink, idColumn: idColumn)
    }

    private static func row(of row: SpreadsheetRow, in sheet: SpreadsheetSheet, path: String) -> EvaluationTable.Row {
        let width = min(row.cells.map(\.column).max() ?? 0, maximumColumns)
        var cells = Array(repeating: "", count: width)
        var uncomputed: [Int] = []
        for cell in row.cells where cell.column <= maximumColumns {
            cells[cell.column - 1] = cell.text
            if cell.isUncomputedFormula { uncomputed.append(cell.column - 1) }
        }
        let number = row.number
        return EvaluationTable.Row(
            cells: cells,
            location: location(column: row.cells.first?.column ?? 1, row: number, sheet: sheet, path: path),
            isMergedTitle: sheet.isMergedAcross(row: number),
            uncomputedFormulas: uncomputed,
            locate: { location(column: $0 + 1, row: number, sheet: sheet, path: path) })
    }

    private static func location(column: Int, row: Int, sheet: SpreadsheetSheet, path: String) -> SourceLocation {
        SourceLocation(file: path, line: row, cell: sheet.reference(column: column, row: row))
    }
}
