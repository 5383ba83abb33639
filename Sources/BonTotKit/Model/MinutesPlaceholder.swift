/// The sentences `bontot new minutes` writes where the record of the meeting goes, for the
/// office to replace: a minutes file that still holds one is not filled in yet, and `check`
/// says so (`MinutesDecoder`). The skeleton and the check read them from here, so they agree.
enum MinutesPlaceholder {
    /// Under "## Diễn biến".
    static let proceedings = "Ghi diễn biến buổi sinh hoạt và ý kiến phát biểu tại đây."
    /// Under "## Kết luận".
    static let conclusion = "Ghi kết luận của đồng chí chủ trì tại đây."

    static let all = [proceedings, conclusion]

    /// The first placeholder left in `body` and its line, counted from `firstLine` (the body's
    /// first line in its file); nil when none is left.
    static func first(in body: String, firstLine: Int) -> (text: String, line: Int)? {
        let found = all.compactMap { text in ByteSearch.offset(of: text, in: body).map { (text: text, offset: $0) } }
            .min { $0.offset < $1.offset }
        guard let found else { return nil }
        let before = body.utf8.prefix(found.offset)
        return (found.text, firstLine + before.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 })
    }
}
