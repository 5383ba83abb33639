import BonTotOffice

/// A Word document's body as Markdown: headings as `##` and below (the page has its own title),
/// lists as `-` and `1.`, bold and italic as `**` and `*`, tables as one list item a row
/// ("Chỉ tiêu: Thu gom rác; Kết quả: Chưa đạt", or "Có mặt: 36" in a table of figures by label
/// without a header row), since the portal's Markdown has no tables. A
/// table that only lays out the page (the Party header "ĐẢNG BỘ … | ĐẢNG CỘNG SẢN VIỆT NAM", the
/// signatures "THƯ KÝ | CHỦ TRÌ") gives its cells as paragraphs. Footnotes and endnotes, which
/// CommonMark has no syntax for, are kept as the page prints them: their mark in the text, "\[1\]"
/// (shown "[1]"), and under a last heading "Ghi chú" a numbered list of the notes, item `n` the
/// note marked `[n]`.
enum WordMarkdown {
    /// The heading of the notes at the end.
    static let notesHeading = "## Ghi chú"

    /// Cells that only a layout table holds.
    private static let layoutCells: Set<String> = ["ĐẢNG CỘNG SẢN VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                                   "THƯ KÝ", "CHỦ TRÌ", "T/M CHI ỦY", "T/M CHI BỘ", "BÍ THƯ", "NGƯỜI GHI BIÊN BẢN"]

    static func markdown(_ document: WordDocument) -> String {
        var blocks: [String] = []
        var previousWasList = false
        /// The items the current one may be nested under: the document's level of each, and the
        /// width of its marker.
        var open: [(level: Int, width: Int)] = []
        for block in document.blocks {
            switch block {
            case .paragraph(let paragraph):
                let text = inline(paragraph.runs)
                guard !text.isEmpty else { continue }
                if let level = paragraph.headingLevel {
                    blocks.append(String(repeating: "#", count: min(max(level, 1), 5) + 1) + " " + plain(shown(paragraph)))
                    previousWasList = false
                } else if let list = paragraph.list {
                    if !previousWasList { open = [] }
                    let marker = list == .bullet ? "- " : numberMarker(paragraph.listLabel)
                    // Under the items of a lower level above it: a list that starts on a second
                    // level is not indented, and its next item at that level is not nested.
                    while let last = open.last, last.level >= paragraph.listLevel { open.removeLast() }
                    // An item is nested under the one above by the width of that item's marker:
                    // three spaces under "1. ", two under "- ", as CommonMark counts.
                    let item = String(repeating: " ", count: open.map(\.width).reduce(0, +)) + marker + text
                    open.append((paragraph.listLevel, marker.count))
                    if previousWasList { blocks[blocks.count - 1] += "\n" + item } else { blocks.append(item) }
                    previousWasList = true
                } else {
                    blocks.append(text)
                    previousWasList = false
                }
            case .table(let table) where isLayout(table.rows):
                blocks += table.rows.flatMap { $0.flatMap { $0 } }.map { inline($0.runs) }.filter { !$0.isEmpty }
                previousWasList = false
            case .table(let table):
                let markdown = self.table(table.rows)
                if !markdown.isEmpty { blocks.append(markdown) }
                previousWasList = false
            }
        }
        if !document.notes.isEmpty {
            blocks.append(notesHeading)
            blocks.append(document.notes.map { note in
                let text = note.map { inline($0.runs) }.filter { !$0.isEmpty }.joined(separator: " ")
                return text.isEmpty ? "1." : "1. " + text
            }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// "2. " for an item the document numbers "2." or "2)", so that a list cut by a paragraph
    /// goes on from its number rather than from 1; "1. " where the number is not in figures
    /// ("a)", "II."), which Markdown cannot show.
    private static func numberMarker(_ label: String?) -> String {
        guard let label, let match = label.wholeMatch(of: /(\d{1,9})[.)]/) else { return "1. " }
        return "\(Int(match.output.1) ?? 1). "
    }

    /// A paragraph's text with its notes' marks, "[1]", as the page prints them.
    private static func shown(_ paragraph: WordParagraph) -> String {
        paragraph.runs.map { run in run.note.map { "[\($0)]" } ?? run.text }.joined()
    }

    static func isLayout(_ rows: [[[WordParagraph]]]) -> Bool {
        rows.contains { row in
            row.contains { cell in
                cell.contains { layoutCells.contains($0.text.trimmingCharacters(in: .whitespaces).uppercased()) }
            }
        }
    }

    /// The rows of a table of figures by label, without a header row ("Tổng số đảng viên | 40",
    /// "Có mặt | 36", "Vắng | 04"), as `Label: figure`; nil for any other table. Such a table has
    /// two columns and a figure in its first row, where a header row would have a title. With
    /// `marks`, a note's mark in a cell is kept ("Có mặt: 36[1]"), as the page prints it.
    static func labelledFigures(_ rows: [[[WordParagraph]]], marks: Bool = false) -> [String]? {
        let texts = rows.map { row in row.map { cell in plain(cell.map(\.text).joined(separator: " ")) } }
        let kept = texts.indices.filter { texts[$0].contains { !$0.isEmpty } }
        let cells = kept.map { texts[$0] }
        guard cells.count > 1, cells.allSatisfy({ $0.count == 2 }),
              cells[0][1].first?.isNumber == true, cells[0][0].first?.isNumber != true else { return nil }
        let shownCells = marks ? kept.map { rows[$0].map { cell in plain(cell.map(shown).joined(separator: " ")) } } : cells
        return shownCells.map { $0[0].isEmpty ? $0[1] : "\($0[0]): \($0[1])" }
    }

    private static func table(_ rows: [[[WordParagraph]]]) -> String {
        if let figures = labelledFigures(rows, marks: true) { return figures.map { "- " + $0 }.joined(separator: "\n") }
        let cells = rows.map { row in row.map { cell in plain(cell.map(shown).joined(separator: " ")) } }
            .filter { $0.contains { !$0.isEmpty } }
        guard let header = cells.first else { return "" }
        guard cells.count > 1, header.count > 1 else {
            return cells.map { "- " + $0.filter { !$0.isEmpty }.joined(separator: "; ") }.joined(separator: "\n")
        }
        return cells.dropFirst().map { row in
            "- " + zip(header, row).filter { !$0.1.isEmpty }
                .map { $0.0.isEmpty ? $0.1 : "\($0.0): \($0.1)" }.joined(separator: "; ")
        }.joined(separator: "\n")
    }

    /// Runs joined, each stretch of bold or italic marked, the marks kept off surrounding spaces,
    /// a note's mark as "\[1\]".
    private static func inline(_ runs: [WordRun]) -> String {
        var merged: [WordRun] = []
        for run in runs {
            if let last = merged.last, last.note == nil, run.note == nil, last.bold == run.bold, last.italic == run.italic {
                merged[merged.count - 1].text += run.text
            } else {
                merged.append(run)
            }
        }
        var text = ""
        for run in merged {
            if let note = run.note {
                text += "\\[\(note)\\]"
                continue
            }
            let escaped = escape(run.text)
            let core = escaped.trimmingCharacters(in: .whitespaces)
            guard !core.isEmpty, run.bold || run.italic else {
                text += escaped
                continue
            }
            let mark = run.bold && run.italic ? "***" : run.bold ? "**" : "*"
            let leading = escaped.prefix { $0 == " " || $0 == "\t" }
            let trailing = escaped.reversed().prefix { $0 == " " || $0 == "\t" }
            text += leading + mark + core + mark + String(trailing)
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
            .replacingOccurrences(of: "\n", with: "\\\n").replacingOccurrences(of: "\t", with: " ")
    }

    private static func plain(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
            .trimmingCharacters(in: .whitespaces)
    }

    /// Characters Markdown would read as formatting, escaped.
    private static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\*_`<[]".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
