import CCmark
import Foundation

/// A table a clerk writes in a body with pipes, as GitHub and most Markdown editors read it
/// (a head row, a row of dashes, then the rows; `:` in the dashes aligning a column):
/// libcmark knows only CommonMark, which has no tables, and printed the rows as one paragraph
/// of pipes and dashes, on the portal and in the bulletin's PDF. A paragraph ending in such rows,
/// at the top of the body, in a quote or in a list item, becomes a `<table>` with a `<thead>`,
/// which a printed page repeats on each sheet (`PipeTables+Document`); each cell's words are
/// Markdown's inline text, as GitHub reads them (links, emphasis, raw HTML as the site allows),
/// rendered by the body's own renderer (`PipeTableCells`).
enum PipeTables {
    /// One column's alignment, from its dashes (`:---`, `:---:`, `---:`).
    enum Alignment: Equatable {
        case none, left, center, right
    }

    /// A table read from a paragraph's lines: the head's cells, each column's alignment, the rows.
    struct Table: Equatable {
        var head: [String]
        var alignments: [Alignment]
        var rows: [[String]]
    }

    /// The table `lines` (a paragraph's lines as written) make, nil when they hold none: a head
    /// row, then a row of dashes with as many cells, then the rows (each cut or padded to the
    /// head's width; a line of spaces is none). As GitHub reads it, the table may start under
    /// lines of text with no blank line between ("Kết quả:" above its head); `before` counts
    /// those lines, a paragraph of their own.
    static func table(_ lines: [Substring]) -> (before: Int, table: Table)? {
        guard lines.count >= 2 else { return nil }
        for start in 0..<(lines.count - 1) {
            let head = lines[start], delimiter = lines[start + 1]
            guard head.contains("|") || delimiter.contains("|") else { continue }
            let headCells = cells(head), delimiterCells = cells(delimiter)
            guard headCells.count == delimiterCells.count, let alignments = alignments(delimiterCells) else { continue }
            // A line of no-break spaces (Word's empty paragraph) is no blank line to libcmark,
            // nor a row: it drew an empty row under the table.
            let rows = lines.dropFirst(start + 2).filter { !$0.trimmingSpaces.isEmpty }.map { line -> [String] in
                let row = cells(line)
                return Array(row.prefix(headCells.count)) + Array(repeating: "", count: max(0, headCells.count - row.count))
            }
            return (start, Table(head: headCells, alignments: alignments, rows: rows))
        }
        return nil
    }

    /// The cells of a row, trimmed, the pipes at its ends left out; `\|` is a pipe in a cell.
    static func cells(_ line: Substring) -> [String] {
        var text = line.trimmingSpaces
        if text.hasPrefix("|") { text = text.dropFirst() }
        if text.hasSuffix("|"), !text.hasSuffix("\\|") { text = text.dropLast() }
        var cells: [String] = []
        var cell = ""
        var escaped = false
        for character in text {
            if escaped {
                cell.append(character == "|" ? "|" : "\\\(character)")
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(String(Substring(cell).trimmingSpaces))
                cell = ""
            } else {
                cell.append(character)
            }
        }
        if escaped { cell.append("\\") }
        cells.append(String(Substring(cell).trimmingSpaces))
        return cells
    }

    /// Each column's alignment from the row of dashes; nil when a cell is not dashes.
    static func alignments(_ delimiter: [String]) -> [Alignment]? {
        var result: [Alignment] = []
        for cell in delimiter {
            let left = cell.hasPrefix(":"), right = cell.hasSuffix(":") && cell.count > 1
            let dashes = cell.dropFirst(left ? 1 : 0).dropLast(right ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            result.append(left && right ? .center : right ? .right : left ? .left : .none)
        }
        return result
    }

    /// The HTML of `table`, each cell's Markdown rendered by `inline` (its words without the
    /// paragraph around them).
    static func html(_ table: Table, inline: (String) -> String) -> String {
        func row(_ cells: [String], tag: String) -> String {
            var html = "<tr>"
            for (index, cell) in cells.enumerated() {
                let alignment = index < table.alignments.count ? table.alignments[index] : .none
                let style: String
                switch alignment {
                case .none: style = ""
                case .left: style = " style=\"text-align: left\""
                case .center: style = " style=\"text-align: center\""
                case .right: style = " style=\"text-align: right\""
                }
                let scope = tag == "th" ? " scope=\"col\"" : ""
                let number = tag == "td" && isFigure(cell) ? " class=\"num\"" : ""
                html += "<\(tag)\(scope)\(number)\(style)>\(inline(cell))</\(tag)>"
            }
            return html + "</tr>\n"
        }
        var html = "<table>\n<thead>\n" + row(table.head, tag: "th") + "</thead>\n"
        if !table.rows.isEmpty {
            html += "<tbody>\n" + table.rows.map { row($0, tag: "td") }.joined() + "</tbody>\n"
        }
        return html + "</table>\n"
    }

    /// True when a cell holds a figure ("100 %", "31.732.000", "31/10/2026"): digits with their
    /// separators and signs, kept on one line when printed (class `num`); a narrow column broke
    /// "100 %" into "100" over "%".
    static func isFigure(_ cell: String) -> Bool {
        cell.count <= 24 && cell.contains(where: \.isNumber)
            && cell.allSatisfy { $0.isNumber || " \u{00A0}.,%/:+-−–()".contains($0) }
    }
}

extension Substring {
    /// The text without the spaces, tabs and no-break spaces at its ends (a table copied from
    /// Word holds no-break spaces around its cells, and its row of dashes was no table's).
    var trimmingSpaces: Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" || first == "\u{00A0}" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" || last == "\u{00A0}" { text = text.dropLast() }
        return text
    }
}
