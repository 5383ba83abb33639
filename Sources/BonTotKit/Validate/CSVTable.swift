/// A table read from CSV text as Excel writes it, keeping the file line on which each record
/// starts, so diagnostics name the spreadsheet's row even when a quoted cell spans lines.
struct CSVTable {
    /// One record: its cells and the line it starts on (1-based).
    struct Record {
        var cells: [String]
        var line: Int
    }

    var records: [Record]
    /// True when a quoted cell is still open at the end of the text.
    var unclosedQuoteLine: Int?

    /// Splits `text` on `delimiter`; `"` quotes a cell, `""` inside quotes is one `"`;
    /// CRLF, LF and CR all end a record. Blank lines give no record.
    init(_ text: String, delimiter: Unicode.Scalar) {
        records = []
        var cells: [String] = []
        var cell = ""
        var line = 1
        var recordLine = 1
        var quoted = false
        var quoteLine = 1
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = scalars.next()

        func endRecord() {
            cells.append(cell)
            if cells.count > 1 || !cells[0].isEmpty { records.append(Record(cells: cells, line: recordLine)) }
            cells = []
            cell = ""
        }

        while let scalar = pending {
            pending = scalars.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        cell.unicodeScalars.append("\"")
                        pending = scalars.next()
                    } else {
                        quoted = false
                    }
                } else {
                    if scalar == "\n" || (scalar == "\r" && pending != "\n") { line += 1 }
                    cell.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" && cell.isEmpty {
                quoted = true
                quoteLine = line
            } else if scalar == delimiter {
                cells.append(cell)
                cell = ""
            } else if scalar == "\r" || scalar == "\n" {
                if scalar == "\r", pending == "\n" { pending = scalars.next() }
                endRecord()
                line += 1
                recordLine = line
            } else {
                cell.unicodeScalars.append(scalar)
            }
        }
        unclosedQuoteLine = quoted ? quoteLine : nil
        if !cell.isEmpty || !cells.isEmpty { endRecord() }
    }
}
