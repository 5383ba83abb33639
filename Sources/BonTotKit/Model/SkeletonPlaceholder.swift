/// The sentences `bontot new` writes where the office's own text goes, for the office to
/// replace: a minutes file or a story that still holds one is not filled in yet, and `check`
/// says so (`MinutesDecoder`, `StoryDecoder`). The skeletons and the checks read them from here,
/// so they agree.
enum SkeletonPlaceholder {
    /// Under the minutes' "## Diễn biến".
    static let proceedings = "Ghi diễn biến buổi sinh hoạt và ý kiến phát biểu tại đây."
    /// Under the minutes' "## Kết luận".
    static let conclusion = "Ghi kết luận của đồng chí chủ trì tại đây."
    /// The body of a new story.
    static let storyBody = "Viết nội dung bài tại đây, bằng Markdown: để một dòng trống giữa hai đoạn, **chữ đậm**, ## Tiêu đề mục."

    /// The placeholders of new minutes.
    static let minutes = [proceedings, conclusion]
    /// The placeholder of a new story.
    static let story = [storyBody]

    /// The first of `placeholders` left in `body` and its line, counted from `firstLine` (the
    /// body's first line in its file); nil when none is left.
    static func first(of placeholders: [String], in body: String, firstLine: Int) -> (text: String, line: Int)? {
        let found = placeholders.compactMap { text in ByteSearch.offset(of: text, in: body).map { (text: text, offset: $0) } }
            .min { $0.offset < $1.offset }
        guard let found else { return nil }
        let before = body.utf8.prefix(found.offset)
        return (found.text, firstLine + before.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 })
    }
}
