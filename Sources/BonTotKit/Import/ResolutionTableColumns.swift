import BonTotOffice

/// The columns of a table of resolutions, read from its header: one row of titles ("TT | Nội
/// dung công việc | Thời gian hoàn thành | Người phụ trách"), or two, where a title of the first
/// stands over several of the second ("Thời hạn" over "Bắt đầu | Hoàn thành", "Người thực hiện"
/// over "Chủ trì | Phối hợp"). The deadline is the column of the finishing date.
struct ResolutionTableColumns {
    /// The column of the tasks' words.
    let content: Int
    /// The column of their deadlines, nil when the table has none.
    let deadline: Int?
    /// How many rows the header takes: one or two of titles, and a row numbering the columns
    /// under them ("(1) | (2) | (3) | (4)"), as forms print it.
    let headerRows: Int

    /// The columns of `rows`, nil when the first row names no content column.
    init?(_ rows: [[ResolutionTable.Cell]]) {
        guard let top = rows.first,
              let content = top.first(where: { Self.isContentTitle($0.text) })?.place.column else { return nil }
        self.content = content
        let topDeadline = top.first { Self.isDeadlineTitle($0.text) }
        guard rows.count > 2, Self.isSubHeader(rows[1], content: content) else {
            headerRows = Self.numbersTheColumns(rows.dropFirst().first) ? 2 : 1
            deadline = topDeadline?.place.column
            return
        }
        headerRows = Self.numbersTheColumns(rows.dropFirst(2).first) ? 3 : 2
        // A finishing date's title under the deadline's ("Hoàn thành" under "Thời hạn"), or else
        // the last column the deadline's title stands over.
        let finishing = rows[1].first { !$0.place.continuesAbove && Self.isFinishingTitle($0.text) }
        if let finishing, topDeadline.map({ $0.place.column <= finishing.place.column }) ?? true {
            deadline = finishing.place.column
        } else {
            deadline = topDeadline.map { deadline in
                rows[1].last { $0.place.column >= deadline.place.column && $0.place.column < deadline.place.column + deadline.place.columns }?
                    .place.column ?? deadline.place.column
            }
        }
    }

    /// True when `row`, under the first row of titles, is titles too: nothing of its own under
    /// the content's title, and only words, no figures or dates, in its other cells.
    private static func isSubHeader(_ row: [ResolutionTable.Cell], content: Int) -> Bool {
        let own = row.filter { !$0.place.continuesAbove && !$0.text.isEmpty }
        return !own.isEmpty && !own.contains { $0.place.column <= content && content < $0.place.column + $0.place.columns }
            && !own.contains { $0.text.contains(where: \.isNumber) }
    }

    /// True when `row` only numbers the columns, in brackets or not ("(1) | (2) | (3)", "1 | 2 |
    /// 3"): no task, though a number stands in its content's column.
    private static func numbersTheColumns(_ row: [ResolutionTable.Cell]?) -> Bool {
        guard let row else { return false }
        let own = row.filter { !$0.place.continuesAbove && !$0.text.isEmpty }
        return own.count >= 2 && own.allSatisfy { $0.text.wholeMatch(of: /\s*[(\[]?\s*\d{1,2}\s*[)\]]?\s*/) != nil }
    }

    /// "Nội dung", "Nội dung công việc", "Công việc", "Nhiệm vụ", "Nội dung nghị quyết".
    private static func isContentTitle(_ title: String) -> Bool {
        title.lowercased().wholeMatch(of: /\s*(?:nội dung|công việc|nhiệm vụ|giải pháp)(?:\s+(?:công việc|nhiệm vụ|nghị quyết|thực hiện|giải pháp))?\s*/) != nil
    }

    /// "Thời gian hoàn thành", "Thời hạn", "Hạn hoàn thành", "Thời gian".
    private static func isDeadlineTitle(_ title: String) -> Bool {
        title.lowercased().wholeMatch(of: /\s*(?:thời gian|thời hạn|hạn|hạn hoàn thành)(?:\s+(?:hoàn thành|thực hiện))?\s*/) != nil
    }

    /// "Hoàn thành", "Kết thúc", "Đến", "Ngày hoàn thành", "Thời hạn hoàn thành": the finishing
    /// date under a deadline's title.
    private static func isFinishingTitle(_ title: String) -> Bool {
        title.lowercased().wholeMatch(of: /\s*(?:ngày\s+|thời gian\s+|thời hạn\s+|hạn\s+)?(?:hoàn thành|kết thúc|đến(?:\s+ngày)?)\s*/) != nil
    }
}
