/// One sheet of a workbook as the cells it holds: rows in order, each with its non-empty
/// cells, and the merged ranges (a title typed across the width of the table).
public struct SpreadsheetSheet: Sendable, Equatable {
    public var name: String
    public var rows: [SpreadsheetRow]
    /// Merged ranges as (first row, last row, first column, last column), 1-based.
    public var merges: [SpreadsheetMerge]
    /// The rows hidden in Excel or Calc (filtered out too), by number.
    public var hiddenRows: Set<Int>
    /// The columns hidden, by number (1 = A), up to `SpreadsheetColumn.hiddenLimit`.
    public var hiddenColumns: Set<Int>

    public init(name: String, rows: [SpreadsheetRow], merges: [SpreadsheetMerge] = [], hiddenRows: Set<Int> = [],
                hiddenColumns: Set<Int> = []) {
        self.name = name
        self.rows = rows
        self.merges = merges
        self.hiddenRows = hiddenRows
        self.hiddenColumns = hiddenColumns
    }

    /// How a cell is named in messages: `Sheet1!D7`, or `'Bảng điểm'!D7` when the sheet's name
    /// needs quotes, as Excel writes references.
    public func reference(column: Int, row: Int) -> String {
        let plain = name.unicodeScalars.allSatisfy { ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
        let sheet = plain && !name.isEmpty ? name : "'\(name.replacingOccurrences(of: "'", with: "''"))'"
        return "\(sheet)!\(SpreadsheetColumn.letters(column))\(row)"
    }

    /// The places in `rows` of the rows whose whole lies inside one merged range wider than one
    /// column (a title typed across the table), found for every row at once: each range looks at
    /// the rows it covers, rather than each row at every range.
    public func rowsMergedAcross() -> Set<Int> {
        let wide = merges.filter { $0.lastColumn > $0.firstColumn }
        guard !wide.isEmpty else { return [] }
        let places = SpreadsheetRowPlaces(rows)
        var found = Set<Int>()
        for merge in wide {
            for place in places.places(from: merge.firstRow, through: merge.lastRow) {
                let cells = rows[place].cells
                if !cells.isEmpty, cells.allSatisfy({ merge.firstColumn <= $0.column && $0.column <= merge.lastColumn }) {
                    found.insert(place)
                }
            }
        }
        return found
    }
}

/// One row of a sheet: its number (1-based, as Excel shows it) and its cells, by column.
public struct SpreadsheetRow: Sendable, Equatable {
    public var number: Int
    public var cells: [SpreadsheetCell]

    public init(number: Int, cells: [SpreadsheetCell]) {
        self.number = number
        self.cells = cells
    }
}

/// One cell: its column (1 = A) and its value as text: a number written plainly (`28`, `1.5`),
/// a string as typed, a formula's value as last computed by the program that saved the file.
public struct SpreadsheetCell: Sendable, Equatable {
    public var column: Int
    public var text: String
    /// True for a formula cell saved without a computed value (a file written by a program that
    /// does not compute formulas): its text is empty, and it should be opened and saved in Excel.
    public var isUncomputedFormula: Bool
    /// True for text as typed (a string cell, a formula's text): what a clerk wrote, "1.000" or
    /// "25,5" as the keyboard gave it; false for a number the file stores, written here plainly
    /// whatever the program showed.
    public var isText: Bool
    /// For a stored number whose format shows fewer decimals than it holds (27.96 shown "28" by
    /// the format `0`): the number as the sheet shows it, written plainly with the decimals
    /// shown (`28`, `28.0`); nil when the sheet shows the number as stored.
    public var shownNumber: String?

    public init(column: Int, text: String, isUncomputedFormula: Bool = false, isText: Bool = false, shownNumber: String? = nil) {
        self.column = column
        self.text = text
        self.isUncomputedFormula = isUncomputedFormula
        self.isText = isText
        self.shownNumber = shownNumber
    }
}

/// A merged range of cells, 1-based and inclusive.
public struct SpreadsheetMerge: Sendable, Equatable {
    public var firstRow: Int
    public var lastRow: Int
    public var firstColumn: Int
    public var lastColumn: Int
}

/// Column letters: 1 ↔ A, 27 ↔ AA.
public enum SpreadsheetColumn {
    /// Excel's last row: a row number past it is in no sheet (a damaged file's 2^63 - 1, which
    /// would overflow the next row's number).
    public static let maximumRow = 1_048_576

    /// The last column whose hiding is kept: a sheet hides the unused columns to its right up
    /// to Excel's last (XFD, 16 384) in one range, and no table of scores is that wide.
    public static let hiddenLimit = 1_024

    public static func letters(_ column: Int) -> String {
        var column = column
        var letters = ""
        while column > 0 {
            let remainder = (column - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            column = (column - 1) / 26
        }
        return letters
    }

    /// Splits a reference `D7` into column 4 and row 7; nil when it is not one, or names a row
    /// or a column past the last of a sheet.
    public static func parse(_ reference: Substring) -> (column: Int, row: Int)? {
        var column = 0
        var index = reference.startIndex
        while index < reference.endIndex, let ascii = reference[index].asciiValue, (65...90).contains(ascii) || (97...122).contains(ascii) {
            column = column * 26 + Int((ascii & 0xDF) - 64)
            guard column <= 16_384 else { return nil }
            index = reference.index(after: index)
        }
        guard column > 0, let row = Int(reference[index...]), (1...maximumRow).contains(row) else { return nil }
        return (column, row)
    }
}
