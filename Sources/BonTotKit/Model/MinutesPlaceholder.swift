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
        let bytes = body.utf8
        let found = all.compactMap { text in bytes.firstRange(of: text.utf8).map { (text, $0.lowerBound) } }
            .min { $0.1 < $1.1 }
        guard let (text, start) = found else { return nil }
        return (text, firstLine + bytes[..<start].reduce(0) { $1 == 0x0A ? $0 + 1 : $0 })
    }
}
