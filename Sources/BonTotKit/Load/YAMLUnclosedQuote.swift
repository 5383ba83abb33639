/// A value opened with a quote that its line does not close (`topic: "Giám sát thực hiện …`,
/// the closing `"` forgotten). YAML reads a quoted value on over the lines below, to the next
/// quote of its kind — often the first one of a later field (`start: "14:00"`) — and only there
/// finds a fault, which it tells as "did not find expected key" on that later line: the office
/// then looks for uneven indentation where there is none. This finds the opening line instead.
enum YAMLUnclosedQuote {
    /// The field whose quote is left open, and the line where YAML took it to close.
    struct Finding: Equatable {
        /// The 1-based line of the value opened and not closed.
        var line: Int
        /// The 1-based line holding the quote YAML closed the value with.
        var closedAt: Int
        var key: String
        /// The value as typed, its opening quote included.
        var value: String
    }

    /// The value, on a line before `problemLine`, whose open quote YAML closed on `problemLine`
    /// with text after it there (the fault libyaml reports); nil when no value fits.
    static func finding(in lines: [Substring], problemLine: Int) -> Finding? {
        for index in lines.indices where index + 1 < problemLine {
            guard let field = YAMLLineAdvice.field(String(lines[index])), let quote = field.value.first,
                  quote == "\"" || quote == "'", YAMLLineAdvice.closingQuote(of: field.value) == nil else { continue }
            // Where the quote closes, read on from the line below as YAML does.
            var rest = lines[(index + 1)...].makeIterator()
            var line = index + 1
            while let next = rest.next() {
                line += 1
                let text = String(next)
                guard let close = closingQuote(quote, in: text) else { continue }
                let after = text[text.index(after: close)...]
                guard line == problemLine, !after.drop(while: { $0 == " " || $0 == "\r" }).isEmpty else { return nil }
                return Finding(line: index + 1, closedAt: line, key: field.key, value: field.value)
            }
            return nil
        }
        return nil
    }

    /// The advice for `finding`: close the value on its line. `offset` is the number of the
    /// file's lines before the YAML text (a front matter's opening `---`).
    static func advice(for finding: Finding, offset: Int) -> (vi: String, en: String) {
        let closedAt = finding.closedAt + offset
        let quote = finding.value.first.map(String.init) ?? "\""
        let meant = YAMLLineAdvice.quoted(String(finding.value.dropFirst()).trimmed())
        return ("giá trị mở bằng dấu ngoặc \(quote) nhưng không đóng trên dòng này, nên YAML đọc tiếp các dòng dưới đến dấu "
                    + "\(quote) ở dòng \(closedAt): thêm dấu \(quote) ở cuối giá trị, \(finding.key): \(meant)",
                "a value opened with \(quote) is not closed on its line, so YAML reads on to the \(quote) on line "
                    + "\(closedAt); write \(finding.key): \(meant)")
    }

    /// The first quote of kind `quote` in `line` that closes a quoted scalar (escapes and `''` skipped).
    private static func closingQuote(_ quote: Character, in line: String) -> String.Index? {
        let prefixed = String(quote) + line
        guard let close = YAMLLineAdvice.closingQuote(of: prefixed) else { return nil }
        return line.index(line.startIndex, offsetBy: prefixed.distance(from: prefixed.startIndex, to: close) - 1)
    }
}
