import CCmark

/// Lines of a body whose columns are kept apart by tabs, as a table copied from Word and pasted
/// as text comes ("STT⇥Họ và tên⇥Chức vụ"): Markdown has no such table, and the page would print
/// the lines run together as one paragraph, its columns lost. Not guessed into a table (a form
/// "Chủ trì:⇥Đồng chí A" is laid out with tabs too, and its first line is no head): a warning at
/// the first such line, telling how to write it as a table with pipes.
enum TabbedColumnsCheck {
    /// Checks `body`, whose first line is line `firstLine` of the file at `path`: each paragraph
    /// with two lines or more in a row holding a tab between their words (not in code, not a
    /// pipe table) is told once.
    static func check(_ body: String, firstLine: Int, path: String, sink: DiagnosticSink) {
        CmarkDocument.eachParagraph(of: body, holding: UInt8(ascii: "\t")) { paragraph, lines in
            let first = Int(cmark_node_get_start_line(paragraph)), last = Int(cmark_node_get_end_line(paragraph))
            guard first >= 1, last <= lines.count, let run = lines[(first - 1)..<last].firstRun(where: isTabbed) else { return }
            let start = firstLine + run.lowerBound, end = firstLine + run.upperBound - 1
            sink.warning(SourceLocation(file: path, line: start), field: "body",
                         "dòng \(start)–\(end) có các cột cách nhau bằng phím Tab (bảng dán từ Word?): trang không giữ được cột, "
                         + "các dòng sẽ in liền thành một đoạn; hãy viết thành bảng có dấu |, ví dụ '| STT | Họ và tên |' "
                         + "rồi dòng '|---|---|' dưới dòng đầu, mỗi dòng của bảng một hàng "
                         + "/ lines \(start)–\(end) separate columns with tabs, which the page does not keep: write a pipe table")
        }
    }

    /// Whether `line` has a tab between its words and no pipe.
    private static func isTabbed(_ line: Substring) -> Bool {
        let words = line.drop { $0 == " " || $0 == "\t" }
        return !words.contains("|") && words.reversed().drop { $0 == " " || $0 == "\t" }.contains("\t")
    }
}
