import BonTotOffice
import Foundation

/// Resolutions laid out as a table under the "Nghị quyết" heading, a row each: "TT | Nội dung
/// công việc | Thời gian hoàn thành | Người phụ trách", or under a header of two rows
/// (`ResolutionTableColumns`). Each row is a resolution of its content cell; its deadline
/// cell, when it holds a date ("30/9/2024", "Trước 15/10/2024"), is the resolution's deadline,
/// and otherwise ("Thường xuyên", "Quý IV") stays with it in brackets. A deadline cell merged
/// down over several tasks is the deadline of each.
enum ResolutionTable {
    /// A cell's text and where it stands.
    struct Cell {
        var text: String
        var place: WordCellPlace
    }

    /// The rows of the first table that comes right after a resolution heading (`isHeading`),
    /// past a sentence leading into it ("Chi bộ thống nhất các nội dung sau:"), and names its
    /// content column; none when no such table does.
    static func items(in blocks: [WordBlock], isHeading: (WordParagraph) -> Bool) -> [ResolutionItem] {
        for (index, block) in blocks.enumerated() {
            guard case .paragraph(let heading) = block, isHeading(heading) else { continue }
            for next in blocks[(index + 1)...] {
                if case .paragraph(let paragraph) = next {
                    let text = paragraph.text.trimmingCharacters(in: .whitespaces)
                    if text.isEmpty || text.hasSuffix(":") { continue }
                    break
                }
                if case .table(let table) = next {
                    let items = self.items(of: table)
                    if !items.isEmpty { return items }
                }
                break
            }
        }
        return []
    }

    /// The resolutions of a table of a document, whose cells stand where the document says.
    static func items(of table: WordTable) -> [ResolutionItem] {
        let rows = table.rows.enumerated().map { rowIndex, row in
            row.enumerated().map { column, cell in Cell(text: cellText(cell), place: table.place(row: rowIndex, column: column)) }
        }
        return items(of: rows, placed: table.places != nil)
    }

    /// The resolutions of rows of cell texts whose first row names the columns, each cell a
    /// column, and a row of one cell all of them.
    static func items(of rows: [[String]]) -> [ResolutionItem] {
        let width = rows.first?.count ?? 0
        return items(of: rows.map { row in
            row.enumerated().map { Cell(text: $1, place: WordCellPlace(column: $0, columns: row.count == 1 ? max(width, 1) : 1)) }
        }, placed: false)
    }

    /// The resolutions of `rows`. A row heading those under it ("I | Về công tác xây dựng Đảng")
    /// is no resolution: its words lead theirs, as a group heading's do in a list
    /// (`ResolutionItem.group`). Unless `placed`, a row of fewer cells than the header has cells
    /// merged (a deadline or a person shared with the row above): which column its later cells
    /// stand under is unknown, and the person in charge is not to be taken for the deadline.
    private static func items(of rows: [[Cell]], placed: Bool) -> [ResolutionItem] {
        guard let columns = ResolutionTableColumns(rows) else { return [] }
        let width = rows.first?.count ?? 0
        var group: String?
        var items: [ResolutionItem] = []
        // The deadline of the row above, which a deadline cell merged down from it continues.
        var deadlineAbove = ""
        for row in rows.dropFirst(columns.headerRows) {
            let texts = row.map(\.text)
            let deadlineCell = columns.deadline.flatMap { deadline in row.first { $0.place.column == deadline } }
            let due = deadlineCell.map { $0.place.continuesAbove && $0.text.isEmpty ? deadlineAbove : $0.text } ?? ""
            deadlineAbove = due
            if let heading = groupHeading(texts, columns: width, content: columns.content) {
                group = heading
                continue
            }
            guard let content = row.first(where: { $0.place.column == columns.content && !$0.place.continuesAbove }),
                  !content.text.isEmpty else { continue }
            let known = placed || row.count == width
            let deadline = known && columns.deadline != columns.content && !due.isEmpty ? due : nil
            items.append(ResolutionItem(text: content.text, group: group, deadline: deadline))
        }
        return items
    }

    /// The words of a row heading the rows under it: one cell merged across the whole row, or
    /// a Roman numeral in the number column ("I", "II.") with nothing after the content; nil for
    /// a row of a resolution.
    private static func groupHeading(_ row: [String], columns: Int, content: Int) -> String? {
        let words = row.filter { !$0.isEmpty }
        guard let title = words.last else { return nil }
        let merged = row.count == 1 && columns > 1 && content > 0
        let numbered = words.count == 2 && row.first?.wholeMatch(of: /[IVX]{1,4}\.?/) != nil
            && row.firstIndex(of: title).map { $0 <= content } == true
        guard merged || numbered else { return nil }
        return title.trimmingCharacters(in: CharacterSet(charactersIn: ": "))
    }

    /// A cell's paragraphs as one line.
    private static func cellText(_ cell: [WordParagraph]) -> String {
        cell.map(\.text).joined(separator: " ").replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
    }
}
