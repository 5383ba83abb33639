import Foundation

/// The decimal mark a table of scores (CSV, the text cells of a workbook, a YAML file) writes,
/// told by its typed scores: "25,5" where Vietnamese writes decimals, "25.5" where an
/// English-set computer does. It tells what "1.000" means: in Vietnamese a thousand, the dot
/// parting the thousands; in English one, to three decimals. A table that writes decimals one
/// way reads such a score the same way; one that writes none, or both, cannot say
/// (`ThousandsLookalike`).
enum TableDecimalMark: Equatable {
    /// Decimals written with a comma ("25,5"), at the first such cell.
    case comma(example: String, at: SourceLocation)
    /// Decimals written with a point ("25.5"), at the first such cell.
    case point(example: String, at: SourceLocation)
    /// No typed decimal, or decimals written both ways.
    case unknown

    /// The mark of the typed score cells of `rows` (the table's rows of branches, their cells by
    /// column), leaving out the columns `ignored` (the id, the note, the level). A cell that
    /// holds a number the workbook stores (`EvaluationTable.Row.storedNumbers`) tells nothing:
    /// a stored number is written here with a point whatever the sheet showed.
    init(rows: [EvaluationTable.Row], ignored: Set<Int>) {
        self.init(typed: rows.flatMap { row in
            row.cells.enumerated().filter { !ignored.contains($0.offset) && !row.storedNumbers.contains($0.offset) }
                .map { (text: $0.element, location: row.locate($0.offset)) }
        })
    }

    /// The mark of `typed`, the score cells as the clerk typed them, in the order they are read:
    /// a YAML file's scalars as written (Yams keeps a scalar's text, "25,5" or "25.5").
    init(typed: [(text: String, location: SourceLocation)]) {
        var comma: (String, SourceLocation)?, point: (String, SourceLocation)?
        for (text, location) in typed {
            let trimmed = text.trimmed(.whitespaces)
            guard let mark = Self.decimalMark(of: trimmed) else { continue }
            if mark == ",", comma == nil { comma = (trimmed, location) }
            if mark == ".", point == nil { point = (trimmed, location) }
        }
        switch (comma, point) {
        case (let found?, nil): self = .comma(example: found.0, at: found.1)
        case (nil, let found?): self = .point(example: found.0, at: found.1)
        default: self = .unknown
        }
    }

    /// The mark of a decimal typed `text` ("25,5", "-0.75"), one that only a decimal mark can
    /// be: its fraction is not three digits, which a thousands separator's group would be.
    private static func decimalMark(of text: String) -> Character? {
        guard let mark = text.first(where: { $0 == "," || $0 == "." }) else { return nil }
        let parts = text.drop { $0 == "-" || $0 == "+" }.split(separator: mark, omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts[1].count != 3 else { return nil }
        return mark
    }

    /// Where the example is, as a clerk finds it: the cell of a workbook (`Sheet1!C4`), the line of a CSV.
    var place: String {
        switch self {
        case .comma(_, let location), .point(_, let location):
            location.cell.map { "ô \($0)" } ?? "dòng \(location.line)"
        case .unknown: ""
        }
    }
}
