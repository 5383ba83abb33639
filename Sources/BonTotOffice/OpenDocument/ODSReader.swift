import Foundation

/// Reads an .ods (LibreOffice Calc's own format) into the same sheets an .xlsx gives: each
/// table's rows and cells, numbers as plain text (`28`, `1.5`), dates as `dd/mm/yyyy`, text in
/// TCVN3 or VNI fonts converted to Unicode by the cell's style, merged ranges, and sheets, rows
/// and columns hidden in Calc marked so. Rows and cells repeated (`table:number-rows-repeated`, Calc's way of
/// writing the empty rest of a sheet) are counted, not laid out.
public enum ODSReader {
    /// The workbook of `data`.
    public static func workbook(from data: Data) throws(OfficeError) -> ODSWorkbook {
        try workbook(from: OfficePackage(data: data))
    }

    static func workbook(from package: OfficePackage) throws(OfficeError) -> ODSWorkbook {
        guard let content = try package.xml("content.xml", keepingTextOrder: true) else { throw .missingPart("content.xml") }
        let styles = OpenDocumentStyles([try package.xml("styles.xml")?.root, content.root])
        let tables = content.root.child("body")?.child("spreadsheet")?.children(named: "table") ?? []
        guard !tables.isEmpty else { throw .noSheet }
        var inline = OpenDocumentInlineText(styles: styles)
        let sheets = tables.enumerated().map { index, table in
            ODSWorkbook.Entry(sheet: sheet(table, name: table["name"] ?? "Sheet\(index + 1)", inline: &inline),
                              isHidden: styles.isHidden(table: table["style-name"]))
        }
        return ODSWorkbook(sheets: sheets)
    }

    /// More rows or columns than any sheet this reader is for: repeats past them are not laid out.
    static let rowLimit = 100_000
    static let columnLimit = 1_024

    private static func sheet(_ table: XMLPartNode, name: String, inline: inout OpenDocumentInlineText) -> SpreadsheetSheet {
        var rows: [SpreadsheetRow] = []
        var merges: [SpreadsheetMerge] = []
        var hiddenRows = Set<Int>()
        var number = 0
        for row in OpenDocumentTable.rows(of: table) {
            let repeats = OpenDocumentTable.count(row["number-rows-repeated"], limit: rowLimit)
            let (cells, rowMerges) = self.cells(of: row, row: number + 1, inline: &inline)
            if cells.isEmpty {
                number += repeats
                continue
            }
            let isHidden = OpenDocumentTable.isHidden(row)
            for offset in 0..<min(repeats, max(1, rowLimit - number)) {
                if isHidden { hiddenRows.insert(number + 1 + offset) }
                rows.append(SpreadsheetRow(number: number + 1 + offset, cells: cells))
                merges += rowMerges.map {
                    SpreadsheetMerge(firstRow: $0.firstRow + offset, lastRow: $0.lastRow + offset,
                                     firstColumn: $0.firstColumn, lastColumn: $0.lastColumn)
                }
            }
            number += repeats
            if number >= rowLimit { break }
        }
        return SpreadsheetSheet(name: name, rows: rows, merges: merges, hiddenRows: hiddenRows, hiddenColumns: hiddenColumns(of: table))
    }

    /// The numbers of the columns Calc does not show, up to `SpreadsheetColumn.hiddenLimit`.
    private static func hiddenColumns(of table: XMLPartNode) -> Set<Int> {
        var hidden = Set<Int>()
        var column = 0
        for description in OpenDocumentTable.columns(of: table) {
            let repeats = OpenDocumentTable.count(description["number-columns-repeated"], limit: SpreadsheetColumn.hiddenLimit)
            if OpenDocumentTable.isHidden(description) {
                hidden.formUnion((column + 1)...min(column + repeats, SpreadsheetColumn.hiddenLimit))
            }
            column += repeats
            if column >= SpreadsheetColumn.hiddenLimit { break }
        }
        return hidden
    }

    private static func cells(of row: XMLPartNode, row number: Int, inline: inout OpenDocumentInlineText)
        -> ([SpreadsheetCell], [SpreadsheetMerge]) {
        var cells: [SpreadsheetCell] = []
        var merges: [SpreadsheetMerge] = []
        var column = 0
        for cell in row.children where cell.name == "table-cell" || cell.name == "covered-table-cell" {
            let repeats = OpenDocumentTable.count(cell["number-columns-repeated"], limit: columnLimit)
            let value = cell.name == "table-cell" ? self.value(of: cell, inline: &inline) : nil
            if let value {
                for offset in 0..<min(repeats, max(1, columnLimit - column)) {
                    cells.append(SpreadsheetCell(column: column + 1 + offset, text: value.text,
                                                 isUncomputedFormula: value.isUncomputedFormula, isText: value.isText,
                                                 shownNumber: value.shownNumber))
                }
            }
            let across = OpenDocumentTable.count(cell["number-columns-spanned"], limit: columnLimit)
            let down = OpenDocumentTable.count(cell["number-rows-spanned"], limit: rowLimit)
            if cell.name == "table-cell", across > 1 || down > 1 {
                merges.append(SpreadsheetMerge(firstRow: number, lastRow: number + down - 1,
                                               firstColumn: column + 1, lastColumn: column + across))
            }
            column += repeats
            if column >= columnLimit { break }
        }
        return (cells, merges)
    }

    private struct Value {
        var text: String
        var isUncomputedFormula = false
        var isText = false
        var shownNumber: String?
    }

    /// A cell's value as the sheet shows it, nil when empty.
    private static func value(of cell: XMLPartNode, inline: inout OpenDocumentInlineText) -> Value? {
        let hasFormula = cell["formula"] != nil
        switch cell["value-type"] {
        case "float", "percentage", "currency":
            guard let raw = cell["value"] else { return hasFormula ? Value(text: "", isUncomputedFormula: true) : nil }
            if cell["value-type"] == "float" {
                let displayed = cell.children.filter { $0.name == "p" }.map(\.text).joined()
                return Value(text: XLSXReader.plainNumber(raw), shownNumber: ShownDecimals.shown(displayed, raw: raw))
            }
            // A percentage is stored as its fraction (90% is 0.9): read as the sheet shows it.
            return Value(text: cell["value-type"] == "percentage" ? XLSXNumberFormats.text(ofPercent: raw) : XLSXReader.plainNumber(raw))
        case "date":
            guard let raw = cell["date-value"] else { return nil }
            return Value(text: XLSXNumberFormats.text(ofISODate: raw) ?? raw)
        case "time":
            guard let raw = cell["time-value"] else { return nil }
            return Value(text: clock(ofDuration: raw) ?? raw)
        case "boolean":
            guard let raw = cell["boolean-value"] else { return nil }
            return Value(text: raw == "true" ? "TRUE" : "FALSE")
        default:
            let base = inline.format(cell["style-name"], family: "table-cell", over: .init())
            let paragraphs = cell.children.filter { $0.name == "p" || $0.name == "h" }
            let text = paragraphs.map { inline.text(of: $0, format: inline.format($0["style-name"], family: "paragraph", over: base)) }
                .joined(separator: "\n")
            inline.frames = []
            if text.isEmpty { return hasFormula ? Value(text: "", isUncomputedFormula: true) : nil }
            return Value(text: text, isText: true)
        }
    }

    /// `PT19H30M00S` as `19:30` (with seconds when there are some), as an .xlsx time shows.
    static func clock(ofDuration raw: String) -> String? {
        guard raw.hasPrefix("PT") else { return nil }
        var numbers: [Character: Double] = [:]
        var digits = ""
        for character in raw.dropFirst(2) {
            if character.isNumber || character == "." {
                digits.append(character)
            } else {
                numbers[character] = Double(digits)
                digits = ""
            }
        }
        guard let hours = numbers["H"] else { return nil }
        let minutes = Int(numbers["M"] ?? 0)
        let seconds = Int((numbers["S"] ?? 0).rounded())
        return seconds == 0 ? String(format: "%02d:%02d", Int(hours), minutes)
            : String(format: "%02d:%02d:%02d", Int(hours), minutes, seconds)
    }
}

/// An .ods workbook, read whole (its sheets are all in one part).
public struct ODSWorkbook: SpreadsheetWorkbook {
    struct Entry {
        var sheet: SpreadsheetSheet
        var isHidden: Bool
    }

    let sheets: [Entry]

    public var sheetNames: [String] { sheets.map(\.sheet.name) }

    /// Every sheet when all of them are hidden (a file no program would save).
    public var visibleSheetIndices: [Int] {
        let visible = sheets.indices.filter { !sheets[$0].isHidden }
        return visible.isEmpty ? Array(sheets.indices) : visible
    }

    public func sheet(at index: Int) throws(OfficeError) -> SpreadsheetSheet { sheets[index].sheet }
}
