/// A table of a Word (or Writer) document: its rows of cells, each cell its paragraphs, and
/// where each cell stands in the table's grid of columns, so a cell merged across columns
/// (`w:gridSpan`) or down rows (`w:vMerge`) is known as such: a header of two rows, "Thời hạn"
/// over "Bắt đầu | Hoàn thành", or one deadline merged down over two tasks.
public struct WordTable: Sendable, Equatable {
    /// Rows of cells, each cell's paragraphs: a cell merged across columns is one cell; one merged
    /// down is a cell in each row it covers, empty below its first.
    public var rows: [[[WordParagraph]]]
    /// Where each cell of `rows` stands, row by row; nil where the document did not say (a table
    /// made in code), and then the cells stand in their order, a column each.
    public var places: [[WordCellPlace]]?

    public init(_ rows: [[[WordParagraph]]], places: [[WordCellPlace]]? = nil) {
        self.rows = rows
        self.places = places
    }

    /// Where the cell at `column` of row `row` stands: as said, or else the `column`th column alone.
    public func place(row: Int, column: Int) -> WordCellPlace {
        if let places, row < places.count, column < places[row].count { return places[row][column] }
        return WordCellPlace(column: column)
    }
}

/// Where a cell stands in its table's grid: its first column, how many columns it covers, and
/// whether it continues the cell above it (merged down), holding nothing of its own.
public struct WordCellPlace: Sendable, Equatable {
    public var column: Int
    public var columns: Int
    public var continuesAbove: Bool

    public init(column: Int, columns: Int = 1, continuesAbove: Bool = false) {
        self.column = column
        self.columns = columns
        self.continuesAbove = continuesAbove
    }
}
