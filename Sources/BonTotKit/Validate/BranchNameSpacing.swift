import Yams

/// A branch's `name` with two spaces running together, or one at either end (kept when the name
/// is quoted): the pages show it alike, but the name typed again with single spaces (in the score
/// workbook, a lookup in Excel, a report in Word) is not the same text letter for letter. A
/// warning on its line, with the name to write; the name is used as read, so no page changes.
enum BranchNameSpacing {
    static func check(_ reader: FieldReader) {
        guard let written = reader.value("name")?.scalar?.string, let first = written.first, let last = written.last else { return }
        let doubled = zip(written, written.dropFirst()).contains { $0.isWhitespace && $1.isWhitespace }
        let faults = [(doubled, "hai dấu cách liền nhau", "a double space"), (first.isWhitespace, "dấu cách ở đầu", "a leading space"),
                      (last.isWhitespace, "dấu cách ở cuối", "a trailing space")].filter(\.0)
        guard !faults.isEmpty else { return }
        let tidy = written.collapsedSpaces()
        reader.sink.warning(reader.location(of: "name"), field: "name",
                            "tên chi bộ '\(written)' có \(faults.map(\.1).joined(separator: ", ")): gõ lại ở nơi khác (bảng điểm Excel, "
                            + "văn bản Word) sẽ không trùng từng chữ; viết name: \(tidy) / the name has "
                            + "\(faults.map(\.2).joined(separator: ", ")); write name: \(tidy)")
    }
}
