import Foundation

/// Reads one sheet of an .xlsx workbook: the sheet XML, its shared strings, its merged
/// ranges and its hidden rows and columns. No spreadsheet logic beyond that: formulas give the value the saving program cached.
public enum XLSXReader {
    /// The sheet named `sheetName`, or the first sheet shown (not hidden) when nil.
    public static func sheet(from data: Data, named sheetName: String? = nil) throws(OfficeError) -> SpreadsheetSheet {
        let workbook = try self.workbook(from: data)
        guard let sheetName else { return try workbook.sheet(at: workbook.visibleSheetIndices[0]) }
        guard let index = workbook.index(of: sheetName) else {
            throw .unknownSheet(sheetName, available: workbook.sheetNames)
        }
        return try workbook.sheet(at: index)
    }

    /// The workbook's sheets by name, each read when asked for.
    public static func workbook(from data: Data) throws(OfficeError) -> XLSXWorkbook {
        try workbook(from: OfficePackage(data: data))
    }

    /// The workbook of a package already opened.
    static func workbook(from package: OfficePackage) throws(OfficeError) -> XLSXWorkbook {
        let workbookPath = "xl/workbook.xml"
        let workbook = try package.requiredXML(workbookPath)
        let relationships = try package.relationships(of: workbookPath)
        let sheets = workbook.root.child("sheets")?.children(named: "sheet") ?? []
        guard !sheets.isEmpty else { throw .noSheet }
        let entries = sheets.enumerated().map { index, sheet in
            XLSXWorkbook.Entry(name: sheet["name"] ?? "Sheet\(index + 1)", path: (sheet["r:id"] ?? sheet["id"]).flatMap { relationships[$0] },
                               isHidden: ["hidden", "veryHidden"].contains(sheet["state"] ?? "visible"))
        }
        let stylesPath = relationships.values.first { $0.hasSuffix("styles.xml") } ?? "xl/styles.xml"
        let styles = try package.xml(stylesPath)?.root
        let formats = XLSXNumberFormats(styles: styles, workbook: workbook.root)
        return XLSXWorkbook(package: package, sheets: entries, strings: try sharedStrings(package), formats: formats,
                            fonts: XLSXCellFonts(styles: styles))
    }

    /// One sheet of `package`: its cells with the shared strings put in and dates shown as
    /// dates, and its merged ranges.
    static func sheet(named name: String, path: String?, in package: OfficePackage, strings: [SharedString],
                      formats: XLSXNumberFormats, fonts: XLSXCellFonts) throws(OfficeError) -> SpreadsheetSheet {
        guard let path else { throw .missingPart("xl/worksheets (\(name))") }
        let sheet = try package.requiredXML(path)
        let cells = CellReading(strings: strings, formats: formats, fonts: fonts)
        return SpreadsheetSheet(name: name, rows: rows(of: sheet.root, cells: cells), merges: merges(of: sheet.root),
                                hiddenRows: hiddenRows(of: sheet.root), hiddenColumns: hiddenColumns(of: sheet.root))
    }

    /// The numbers of the rows marked `hidden` (`1` as Excel writes it, `true` as LibreOffice does).
    /// Under Excel's "hide all rows below" (`<sheetFormatPr zeroHeight="1">`, rows hidden unless
    /// said otherwise), also every row whose `<row>` gives it no height (`ht`): Excel shows those
    /// with none.
    private static func hiddenRows(of root: XMLPartNode) -> Set<Int> {
        let hiddenByDefault = isTrue(root.child("sheetFormatPr")?["zeroHeight"])
        var hidden = Set<Int>()
        var lastRow = 0
        for row in root.child("sheetData")?.children(named: "row") ?? [] {
            let number = row["r"].flatMap { Int($0) }.flatMap { (1...SpreadsheetColumn.maximumRow).contains($0) ? $0 : nil } ?? lastRow + 1
            lastRow = number
            if isTrue(row["hidden"]) || hiddenByDefault && row["ht"] == nil { hidden.insert(number) }
        }
        return hidden
    }

    /// The columns of the `<col min max hidden>` ranges marked hidden, up to `SpreadsheetColumn.hiddenLimit`.
    private static func hiddenColumns(of root: XMLPartNode) -> Set<Int> {
        var hidden = Set<Int>()
        for range in root.child("cols")?.children(named: "col") ?? [] where isTrue(range["hidden"]) {
            guard let first = range["min"].flatMap({ Int($0) }), first >= 1, first <= SpreadsheetColumn.hiddenLimit else { continue }
            let last = min(range["max"].flatMap { Int($0) } ?? first, SpreadsheetColumn.hiddenLimit)
            if last >= first { hidden.formUnion(first...last) }
        }
        return hidden
    }

    private static func isTrue(_ attribute: String?) -> Bool {
        attribute == "1" || attribute == "true"
    }

    /// A shared string: its text, and its runs where it is rich text (converted by each cell
    /// that shows it, in the cell's font where a run names none).
    struct SharedString {
        var text: String
        var runs: [XLSXCellFonts.Run]?
    }

    /// What reading a cell's value needs besides the cell.
    private struct CellReading {
        var strings: [SharedString]
        var formats: XLSXNumberFormats
        var fonts: XLSXCellFonts
    }

    private static func sharedStrings(_ package: OfficePackage) throws(OfficeError) -> [SharedString] {
        let relationships = try package.relationships(of: "xl/workbook.xml")
        let path = relationships.values.first { $0.hasSuffix("sharedStrings.xml") } ?? "xl/sharedStrings.xml"
        guard let tree = try package.xml(path) else { return [] }
        return tree.root.children(named: "si").map { item in
            SharedString(text: text(of: item), runs: XLSXCellFonts.runs(of: item))
        }
    }

    /// The text of a string item: its `t`, or the `t` of each rich-text run, phonetic hints left out.
    private static func text(of item: XMLPartNode) -> String {
        if let plain = item.child("t") { return plain.text }
        return item.children(named: "r").compactMap { $0.child("t")?.text }.joined()
    }

    private static func rows(of root: XMLPartNode, cells reading: CellReading) -> [SpreadsheetRow] {
        var rows: [SpreadsheetRow] = []
        var lastRow = 0
        for row in root.child("sheetData")?.children(named: "row") ?? [] {
            // A row without a number, or with one no sheet has, is the row after the one before.
            let number = row["r"].flatMap { Int($0) }.flatMap { (1...SpreadsheetColumn.maximumRow).contains($0) ? $0 : nil } ?? lastRow + 1
            lastRow = number
            var cells: [SpreadsheetCell] = []
            var lastColumn = 0
            for cell in row.children(named: "c") {
                let column = cell["r"].flatMap { SpreadsheetColumn.parse($0[...])?.column } ?? lastColumn + 1
                lastColumn = column
                let value = self.value(of: cell, reading: reading)
                if !value.text.isEmpty || value.isUncomputedFormula { cells.append(value.cell(column)) }
            }
            if !cells.isEmpty { rows.append(SpreadsheetRow(number: number, cells: cells)) }
        }
        return rows
    }

    private struct Value {
        var text: String
        var isUncomputedFormula = false
        var isText = false
        var shownNumber: String?
        func cell(_ column: Int) -> SpreadsheetCell {
            SpreadsheetCell(column: column, text: text, isUncomputedFormula: isUncomputedFormula, isText: isText, shownNumber: shownNumber)
        }
    }

    private static func value(of cell: XMLPartNode, reading: CellReading) -> Value {
        let raw = cell.child("v").flatMap { $0.text.isEmpty ? nil : $0.text }
        let hasFormula = cell.child("f") != nil
        let strings = reading.strings, formats = reading.formats
        // Text in a legacy font (.VnTime, VNI-Times) is converted by the cell's font.
        let unicode = { (text: String) in reading.fonts.unicode(text, style: cell["s"]) }
        let richText = { (runs: [XLSXCellFonts.Run]) in reading.fonts.unicode(runs: runs, style: cell["s"]) }
        switch cell["t"] {
        case "s":
            guard let raw, let index = Int(raw.trimmingCharacters(in: .whitespaces)), strings.indices.contains(index) else {
                return Value(text: "")
            }
            return Value(text: strings[index].runs.map(richText) ?? unicode(strings[index].text), isText: true)
        case "inlineStr":
            guard let item = cell.child("is") else { return Value(text: "") }
            return Value(text: XLSXCellFonts.runs(of: item).map(richText) ?? unicode(text(of: item)), isText: true)
        case "d":
            return Value(text: raw.map { XLSXNumberFormats.text(ofISODate: $0) ?? $0 } ?? "", isUncomputedFormula: hasFormula && raw == nil)
        case "str":
            return Value(text: unicode(raw ?? ""), isUncomputedFormula: hasFormula && raw == nil, isText: true)
        case "e":
            return Value(text: raw ?? "", isUncomputedFormula: hasFormula && raw == nil)
        case "b":
            return Value(text: raw == "1" ? "TRUE" : raw == nil ? "" : "FALSE")
        default:
            guard let raw else { return Value(text: "", isUncomputedFormula: hasFormula) }
            if let text = formats.text(ofSerial: raw, kind: formats.kind(ofStyle: cell["s"])) { return Value(text: text) }
            return Value(text: plainNumber(raw), shownNumber: formats.decimals(ofStyle: cell["s"]).flatMap { ShownDecimals.rounded(raw, to: $0) })
        }
    }

    /// A stored number written as people write it: `28` for 28.0, `1.5`, and the noise of
    /// binary floating point dropped (`2.9999999999999996` is `3`).
    static func plainNumber(_ raw: String) -> String {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        guard let value = Double(trimmed), value.isFinite else { return trimmed }
        // From 10^15 up no fraction is left to tidy, and scaling by 10^9 overflowed: a score
        // typed 1E+300 was told "'inf' is not a number", 1E+20 became "100000000000000000000.".
        guard abs(value) < 1e15 else { return String(value) }
        let rounded = (value * 1e9).rounded() / 1e9
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        var text = String(format: "%.9f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    private static func merges(of root: XMLPartNode) -> [SpreadsheetMerge] {
        (root.child("mergeCells")?.children(named: "mergeCell") ?? []).compactMap { merge in
            let corners = (merge["ref"] ?? "").split(separator: ":")
            guard corners.count == 2, let first = SpreadsheetColumn.parse(corners[0]),
                  let last = SpreadsheetColumn.parse(corners[1]) else { return nil }
            return SpreadsheetMerge(firstRow: first.row, lastRow: last.row, firstColumn: first.column, lastColumn: last.column)
        }
    }
}
