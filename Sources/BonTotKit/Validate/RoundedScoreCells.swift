import BonTotOffice

/// Scores whose cells show fewer decimals than they hold: Excel keeps 27.96 in a cell formatted
/// `0` and shows "28" (Calc likewise), so the clerk checked a sheet of whole points while the
/// file, and the ranking read from it, holds 27,96. The stored value is still read; the first
/// such cell below the header is told, once for the file, with how many there are.
struct RoundedScoreCells {
    private var first: (location: SourceLocation, shown: String, stored: String)?
    private var count = 0

    /// Notes the number cells of `sheet` below row `headerRow` whose format rounds them.
    mutating func note(_ sheet: SpreadsheetSheet, below headerRow: Int, path: String) {
        for row in sheet.rows where row.number > headerRow {
            for cell in row.cells where !cell.isText && cell.column <= EvaluationXLSXDecoder.maximumColumns {
                guard let shown = cell.shownNumber else { continue }
                count += 1
                if first == nil {
                    first = (SourceLocation(file: path, line: row.number, cell: sheet.reference(column: cell.column, row: row.number)),
                             Self.written(shown), Self.written(cell.text))
                }
            }
        }
    }

    /// The warning on the first rounded cell noted; nil when there is none.
    var warning: Diagnostic? {
        guard let first else { return nil }
        let others = count > 1 ? " (cả tệp có \(VietnameseFormat.number(count)) ô điểm như vậy)" : ""
        return .warning(at: first.location,
                        "ô hiện \(first.shown) nhưng lưu \(first.stored)\(others): định dạng số của ô ẩn bớt chữ số thập phân, "
                        + "bảng xếp hạng dùng số lưu \(first.stored) mà người nhập không thấy khi mở bảng tính; hãy tăng số chữ số thập "
                        + "phân của ô (Excel: Format Cells → Number → Decimal places) để xem điểm thật rồi nhập lại cho đúng "
                        + "/ the cell shows \(first.shown) but holds \(first.stored): its number format hides decimals; the stored value is read")
    }

    /// A number written plainly (`27.96`) the Vietnamese way, with its decimals: `27,96`, `28,0`.
    private static func written(_ plain: String) -> String {
        guard let value = Double(plain) else { return plain }
        let decimals = plain.split(separator: ".").dropFirst().first?.count ?? 0
        return VietnameseFormat.number(value, fractionDigits: decimals)
    }
}
