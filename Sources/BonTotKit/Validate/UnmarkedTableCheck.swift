import CCmark

/// Lines typed as a table that Markdown does not read as one, which the page would print run
/// together as one paragraph of pipes: rows with pipes and no row of dashes under the first
/// ("| STT | Họ và tên |" then "| 1 | Nguyễn Văn An |"), or a row of dashes Word's autocorrect
/// turned into dashes of print ("|—|—|", "| – | – |"), or one with fewer or more cells than the
/// head row above it ("|---|---|" under "| a | b | c |"). Not guessed into a table (the head row
/// is the clerk's to say): a warning at the lines, telling what to type. Code, a single line
/// with pipes and a table that is one pass.
enum UnmarkedTableCheck {
    /// The dashes of print Word's autocorrect types for `--` and `---`.
    private static let printDashes: Set<Character> = ["\u{2014}", "\u{2013}"]

    /// Checks the `paragraphs` of a body whose first line is line `firstLine` of the file at
    /// `path`: each paragraph (in a quote or list item too, not in code) holding no pipe table
    /// is told once, of its row of print dashes, of its row of dashes with another number of
    /// cells than its head row, or else of its first two rows or more in a row; so is a row of
    /// pipes made a heading by the line of hyphens under it.
    static func check(_ paragraphs: CmarkDocument.Paragraphs, firstLine: Int, path: String, sink: DiagnosticSink) {
        paragraphs.each { paragraph in
            guard let written = PipeTables.writtenLines(of: paragraph, in: paragraphs.lines),
                  PipeTables.table(written) == nil else { return }
            let top = firstLine + Int(cmark_node_get_start_line(paragraph)) - 1
            if let (line, message) = warning(of: written, top: top) {
                sink.warning(SourceLocation(file: path, line: line), field: "body", message)
            }
        }
        checkHeadings(paragraphs, firstLine: firstLine, path: path, sink: sink)
    }

    /// The line and the message of the warning of a paragraph's lines `written`, the first of
    /// them line `top` of the file: of its row of print dashes, of its row of dashes with another
    /// number of cells than its head row, or else of its first two rows or more in a row; nil
    /// when it has none of these.
    private static func warning(of written: [Substring], top: Int) -> (line: Int, message: String)? {
        if let dashes = printDashRow(in: written) {
            let line = top + dashes
            return (line, "dòng \(line) là dòng gạch ngang của bảng nhưng gõ bằng dấu '—' hoặc '–' (Word tự đổi '--' "
                        + "thành gạch dài): bảng không thành, các dòng sẽ in liền thành một đoạn; hãy gõ lại bằng dấu "
                        + "gạch nối '-' trên bàn phím, ví dụ '|---|---|' / line \(line) is a table's row of dashes "
                        + "typed with '—' or '–': type hyphens, '|---|---|'")
        } else if let (dashes, cells, headCells) = mismatchedDashRow(in: written) {
            let line = top + dashes
            return (line, mismatchMessage(line: line, cells: cells, headCells: headCells,
                                          printed: "các dòng sẽ in liền thành một đoạn"))
        } else if let run = written.firstRun(where: isRow) {
            let start = top + run.lowerBound, end = top + run.upperBound - 1
            return (start, "dòng \(start)–\(end) trông như một bảng nhưng thiếu dòng gạch ngang dưới dòng đầu: "
                        + "các dòng sẽ in liền thành một đoạn có dấu |; hãy thêm dòng '|---|---|' (mỗi cột một "
                        + "'---') ngay dưới dòng \(start) / lines \(start)–\(end) look like a table with no row of "
                        + "dashes: add '|---|---|' under line \(start)")
        }
        return nil
    }

    /// Checks the headings of the body whose first line is line `firstLine` of the file at `path`:
    /// rows of pipes with a line of hyphens under them are a heading to Markdown (its text in
    /// large type) unless they make a table (then a rule under it). They are told as a paragraph
    /// of rows is; a single row ("| a | b | c |" then "---") as a row of dashes of one cell.
    private static func checkHeadings(_ paragraphs: CmarkDocument.Paragraphs, firstLine: Int, path: String,
                                      sink: DiagnosticSink) {
        paragraphs.each(CMARK_NODE_HEADING) { heading in
            guard let written = PipeTables.writtenLines(of: heading, in: paragraphs.lines),
                  let rows = PipeTables.linesOverRule(written), PipeTables.table(rows) == nil else { return }
            let top = firstLine + Int(cmark_node_get_start_line(heading)) - 1
            if let (line, message) = warning(of: rows, top: top) {
                sink.warning(SourceLocation(file: path, line: line), field: "body", message)
                return
            }
            guard let head = rows.last, head.contains("|") else { return }
            let headCells = PipeTables.cells(head).count, line = top + rows.count
            guard headCells >= 2 else { return }
            sink.warning(SourceLocation(file: path, line: line), field: "body",
                         mismatchMessage(line: line, cells: 1, headCells: headCells,
                                         printed: "dòng \(line - 1) sẽ in thành một tiêu đề chữ lớn"))
        }
    }

    /// The warning of a row of dashes, line `line`, of `cells` cells under a head row of
    /// `headCells`: what the page `printed` instead of a table, and the row to type.
    private static func mismatchMessage(line: Int, cells: Int, headCells: Int, printed: String) -> String {
        let typed = "|" + String(repeating: "---|", count: headCells)
        return "dòng \(line) là dòng gạch ngang của bảng nhưng có \(cells) ô, còn dòng đầu bảng (dòng \(line - 1)) có "
            + "\(headCells) ô: bảng không thành, \(printed); hãy gõ dòng gạch ngang đủ \(headCells) ô, mỗi cột một '---': "
            + "'\(typed)' / line \(line), the table's row of dashes, has \(Plain.count(cells, "cell")) and its head row \(headCells): type '\(typed)'"
    }

    /// The offset in `paragraph` of a row of dashes typed with print dashes, the line that makes
    /// its lines a table once they are hyphens; nil when there is none.
    private static func printDashRow(in paragraph: [Substring]) -> Int? {
        guard paragraph.contains(where: { $0.contains(where: printDashes.contains) }) else { return nil }
        guard let (before, _) = PipeTables.table(paragraph.map(hyphenated)),
              paragraph[before + 1].contains(where: printDashes.contains) else { return nil }
        return before + 1
    }

    /// The offset in `paragraph` of a row of dashes under a head row with another number of
    /// cells ("|---|---|" under "| a | b | c |"), which makes no table, with the number of
    /// cells of each; print dashes count as the hyphens they stand for. Nil when there is none.
    private static func mismatchedDashRow(in paragraph: [Substring]) -> (line: Int, cells: Int, headCells: Int)? {
        for index in paragraph.indices.dropFirst() {
            let head = paragraph[index - 1], dashes = hyphenated(paragraph[index])
            guard head.contains("|") || dashes.contains("|") else { continue }
            let headCells = PipeTables.cells(head), cells = PipeTables.cells(dashes)
            guard cells.count != headCells.count, PipeTables.alignments(cells) != nil,
                  PipeTables.alignments(headCells) == nil else { continue }
            return (index, cells.count, headCells.count)
        }
        return nil
    }

    /// `line` with its print dashes made hyphens.
    private static func hyphenated(_ line: Substring) -> Substring {
        Substring(String(line.map { printDashes.contains($0) ? "-" : $0 }))
    }

    /// Whether `line` looks like a table's row: it starts or ends with a pipe and holds two
    /// cells or more.
    private static func isRow(_ line: Substring) -> Bool {
        let text = line.trimmingSpaces
        return (text.hasPrefix("|") || text.hasSuffix("|")) && PipeTables.cells(text).count >= 2
    }
}
