import CCmark

/// Lines of a body whose columns are kept apart by tabs, as a table copied from Word and pasted
/// as text comes ("STT⇥Họ và tên⇥Chức vụ"): Markdown has no such table, and the page would print
/// the lines run together as one paragraph, its columns lost. Not guessed into a table (a form
/// "Chủ trì:⇥Đồng chí A" is laid out with tabs too, and its first line is no head): a warning at
/// the first such line, telling how to write it as a table with pipes. Lines lettered or
/// numbered with a tab ("a)⇥Nội dung", "Điều 1.⇥Nội dung", Word's numbered paragraphs) run
/// together as well and are told so, with how to keep them apart; so are lines bulleted with a
/// tab ("•⇥Nội dung", Word's bulleted paragraphs) or a space ("• Nội dung"), told to start with
/// '- ', which makes a list.
/// Lettered or bulleted lines kept apart by hard breaks (two spaces, a `\`) print apart and
/// pass. A tab after a quote's `>` or in inline code is none.
enum TabbedColumnsCheck {
    /// Checks the `paragraphs` of a body whose first line is line `firstLine` of the file at
    /// `path`: each paragraph (in a quote or list item too) with two lines or more in a row
    /// holding a tab between their words or starting with a Word bullet (not in code, not a pipe
    /// table) is told once.
    static func check(_ paragraphs: CmarkDocument.Paragraphs, firstLine: Int, path: String, sink: DiagnosticSink) {
        paragraphs.each { paragraph in
            guard let written = PipeTables.writtenLines(of: paragraph, in: paragraphs.lines) else { return }
            let read = InlineCodeSpans.blanked(written).map(TabbedLine.init)
            guard let run = firstRunTogether(read, written: written) else { return }
            let top = firstLine + Int(cmark_node_get_start_line(paragraph)) - 1
            let start = top + run.lowerBound, end = top + run.upperBound - 1
            sink.warning(SourceLocation(file: path, line: start), field: "body",
                         message(read[run].compactMap { $0 }, start: start, end: end))
        }
    }

    /// The first lines of a paragraph, two or more in a row, that hold a tab (`read`) and print
    /// run together: a line ended by a hard break (two spaces or a `\`, of `written`) prints
    /// apart from the next, which lettered or bulleted lines ask for, not columns (lost all the same).
    private static func firstRunTogether(_ read: [TabbedLine?], written: [Substring]) -> Range<Int>? {
        var start: Int?
        for index in read.indices.dropLast() {
            let together = read[index] != nil && read[index + 1] != nil
                && (!endsWithHardBreak(written[index]) || read[index] == .columns || read[index + 1] == .columns)
            if together, start == nil {
                start = index
            } else if !together, let first = start {
                return first..<(index + 1)
            }
        }
        return start.map { $0..<read.count }
    }

    /// Whether `line` ends with a hard break, as libcmark reads one: two spaces or more, or a
    /// `\` not itself escaped.
    private static func endsWithHardBreak(_ line: Substring) -> Bool {
        if line.hasSuffix("  ") { return true }
        return line.reversed().prefix { $0 == "\\" }.count % 2 == 1
    }

    /// What the warning of `lines`, lines `start` to `end` of the file, tells: lines bulleted
    /// with a tab to start with '- ', lines labelled (or bulleted) with a tab to stand apart,
    /// anything else to be a pipe table. Bullets of several kinds ('•' then '○', '▪', as Word's
    /// levels paste) are each named.
    private static func message(_ lines: [TabbedLine], start: Int, end: Int) -> String {
        var bullets: [Character] = [], kinds: [Character] = [], listMarkers: [Bool] = [], tabbed = false
        for line in lines {
            if case .bulleted(let bullet, let tab) = line {
                bullets.append(bullet)
                if !kinds.contains(bullet) { kinds.append(bullet) }
                tabbed = tabbed || tab
            }
            if case .labelled(let listMarker) = line { listMarkers.append(listMarker) }
        }
        let named = quoted(kinds, or: "hoặc"), namedInEnglish = quoted(kinds, or: "or")
        if bullets.count == lines.count, let bullet = kinds.first, kinds.allSatisfy(TabbedLine.listBullets.contains) {
            return "dòng \(start)–\(end) bắt đầu bằng dấu \(named) rồi khoảng trắng không ngắt (NBSP) và phím Tab (danh sách dán "
                + "từ Word?): khoảng trắng không ngắt làm trang không đọc dấu \(named) là danh sách, các dòng sẽ in liền "
                + "thành một đoạn; hãy xóa khoảng trắng không ngắt và phím Tab, chỉ để một dấu cách sau dấu \(named) ở "
                + "đầu mỗi dòng, ví dụ '\(bullet) …' / lines \(start)–\(end) start with \(namedInEnglish), a no-break space and a "
                + "tab, which make no list: the lines will run together as one paragraph; keep one space after \(namedInEnglish)"
        } else if bullets.count == lines.count, kinds.contains(where: TabbedLine.listBullets.contains) {
            return mixedBullets(lines, kinds: kinds, start: start, end: end)
        } else if bullets.count == lines.count, !kinds.isEmpty {
            let after = tabbed ? "phím Tab" : "dấu cách", replaced = tabbed ? "\(named) và phím Tab" : named
            let makes = tabbed ? " and a tab, which make" : ", which makes"
            let examples = kinds.map { "'\($0) …' → '- …'" }.joined(separator: ", ")
            return "dòng \(start)–\(end) bắt đầu bằng dấu đầu dòng \(named) rồi \(after) (danh sách dán từ Word?): "
                + "trang không đọc dấu \(named) là danh sách, các dòng sẽ in liền thành một đoạn; hãy thay dấu "
                + "\(replaced) bằng dấu '-' rồi một dấu cách ở đầu mỗi dòng, ví dụ \(examples) "
                + "/ lines \(start)–\(end) start with a bullet \(namedInEnglish)\(makes) no list: the lines "
                + "will run together as one paragraph; start each with '- ' instead"
        } else if bullets.count + listMarkers.count < lines.count {
            return "dòng \(start)–\(end) có các cột cách nhau bằng phím Tab (bảng dán từ Word?): trang không giữ được cột, "
                + "các dòng sẽ in liền thành một đoạn; hãy viết thành bảng có dấu |, ví dụ '| STT | Họ và tên |' "
                + "rồi dòng '|---|---|' dưới dòng đầu, mỗi dòng của bảng một hàng "
                + "/ lines \(start)–\(end) separate columns with tabs, which the page does not keep: write a pipe table"
        } else {
            // "- 2. …" would make a list in a list; "2.⇥…" lines are a list once apart.
            let list = bullets.isEmpty && listMarkers.allSatisfy { $0 } ? ""
                : ", hoặc viết thành danh sách bằng cách thêm '- ' ở đầu mỗi dòng, ví dụ 'a) …' → '- a) …'"
            return "dòng \(start)–\(end) bắt đầu bằng chữ hoặc số thứ tự rồi phím Tab (đoạn đánh số dán từ Word?): "
                + "các dòng sẽ in liền thành một đoạn; hãy để một dòng trống giữa các dòng để mỗi dòng thành một đoạn\(list) "
                + "/ lines \(start)–\(end) are lettered or numbered with a tab and will run together as one paragraph: "
                + "put a blank line between them" + (list.isEmpty ? "" : ", or make them a list, 'a) …' → '- a) …'")
        }
    }

    /// What the warning of `lines`, lines `start` to `end`, tells when some start with Word's
    /// bullets (a tab or a space after them) and others with a list's ('-', '+', '*') and a
    /// no-break space before the tab (`kinds`, of both): each is told what stops it making a
    /// list, the bullets to be replaced, the no-break spaces to be removed.
    private static func mixedBullets(_ lines: [TabbedLine], kinds: [Character], start: Int, end: Int) -> String {
        let word = kinds.filter { !TabbedLine.listBullets.contains($0) }, list = kinds.filter(TabbedLine.listBullets.contains)
        let tabbed = lines.contains { line in
            if case .bulleted(let bullet, tab: true) = line { return !TabbedLine.listBullets.contains(bullet) }
            return false
        }
        let named = quoted(word, or: "hoặc"), listed = quoted(list, or: "hoặc")
        let namedInEnglish = quoted(word, or: "or"), listedInEnglish = quoted(list, or: "or")
        let examples = word.map { "'\($0) …' → '- …'" }.joined(separator: ", ")
        return "dòng \(start)–\(end) bắt đầu bằng dấu đầu dòng \(named) rồi \(tabbed ? "phím Tab" : "dấu cách"), hoặc bằng dấu "
            + "\(listed) rồi khoảng trắng không ngắt (NBSP) và phím Tab (danh sách dán từ Word?): trang không đọc các dấu ấy là "
            + "danh sách, các dòng sẽ in liền thành một đoạn; hãy thay dấu \(named)\(tabbed ? " và phím Tab" : "") bằng dấu '-' rồi "
            + "một dấu cách, và xóa khoảng trắng không ngắt và phím Tab sau dấu \(listed), chỉ để một dấu cách, ví dụ \(examples) "
            + "/ lines \(start)–\(end) start with a bullet \(namedInEnglish) and \(tabbed ? "a tab" : "a space"), or with "
            + "\(listedInEnglish), a no-break space and a tab, which make no list: the lines will run together as one paragraph; "
            + "start each with '- ' instead"
    }

    /// `kinds` quoted and listed, the last two joined by `or` ("'•', '○' hoặc '▪'").
    private static func quoted(_ kinds: [Character], or word: String) -> String {
        let marks = kinds.map { "'\($0)'" }
        guard let last = marks.last, marks.count > 1 else { return marks.first ?? "" }
        return marks.dropLast().joined(separator: ", ") + " \(word) " + last
    }
}
