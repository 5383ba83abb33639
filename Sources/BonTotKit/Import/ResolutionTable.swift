import BonTotOffice
import Foundation

/// Resolutions laid out as a table under the "Nghị quyết" heading, a row each: "TT | Nội dung
/// công việc | Thời gian hoàn thành | Người phụ trách". Each row is a resolution of its content
/// cell; its deadline cell, when it holds a date ("30/9/2024", "Trước 15/10/2024"), is the
/// resolution's deadline, and otherwise ("Thường xuyên", "Quý IV") stays with it in brackets.
enum ResolutionTable {
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
                if case .table(let rows) = next {
                    let items = self.items(of: rows.map { $0.map(cellText) })
                    if !items.isEmpty { return items }
                }
                break
            }
        }
        return []
    }

    /// The resolutions of a table's rows of cell texts whose first row names the columns. A row
    /// heading those under it ("I | Về công tác xây dựng Đảng") is no resolution: its words lead
    /// theirs, as a group heading's do in a list (`ResolutionItem.group`).
    static func items(of rows: [[String]]) -> [ResolutionItem] {
        guard let header = rows.first, let content = header.firstIndex(where: isContentTitle) else { return [] }
        let deadline = header.firstIndex(where: isDeadlineTitle)
        var group: String?
        var items: [ResolutionItem] = []
        for row in rows.dropFirst() {
            if let heading = groupHeading(row, columns: header.count, content: content) {
                group = heading
                continue
            }
            guard content < row.count, !row[content].isEmpty else { continue }
            // A row of fewer cells than the header has cells merged (a deadline or a person
            // shared with the row above): which column its later cells stand under is unknown,
            // and the person in charge is not to be taken for the deadline.
            let due = row.count == header.count ? deadline.flatMap { $0 != content ? row[$0] : nil } ?? "" : ""
            items.append(ResolutionItem(text: row[content], group: group, deadline: due.isEmpty ? nil : due))
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

    /// "Nội dung", "Nội dung công việc", "Công việc", "Nhiệm vụ", "Nội dung nghị quyết".
    private static func isContentTitle(_ title: String) -> Bool {
        title.lowercased().wholeMatch(of: /\s*(?:nội dung|công việc|nhiệm vụ|giải pháp)(?:\s+(?:công việc|nhiệm vụ|nghị quyết|thực hiện|giải pháp))?\s*/) != nil
    }

    /// "Thời gian hoàn thành", "Thời hạn", "Hạn hoàn thành", "Thời gian".
    private static func isDeadlineTitle(_ title: String) -> Bool {
        title.lowercased().wholeMatch(of: /\s*(?:thời gian|thời hạn|hạn|hạn hoàn thành)(?:\s+(?:hoàn thành|thực hiện))?\s*/) != nil
    }
}
