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

    /// The resolutions of a table's rows of cell texts whose first row names the columns.
    static func items(of rows: [[String]]) -> [ResolutionItem] {
        guard let header = rows.first, let content = header.firstIndex(where: isContentTitle) else { return [] }
        let deadline = header.firstIndex(where: isDeadlineTitle)
        return rows.dropFirst().compactMap { row in
            guard content < row.count, !row[content].isEmpty else { return nil }
            let due = deadline.flatMap { $0 < row.count && $0 != content ? row[$0] : nil } ?? ""
            return ResolutionItem(text: row[content], deadline: due.isEmpty ? nil : due)
        }
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
