import Yams

/// Parses YAML text into a node tree that keeps the line of every value, turning syntax errors
/// into diagnostics that point at the line in the original file.
///
/// Yams reports 1-based lines (it adds 1 to libyaml's 0-based marks), so a mark's line is
/// the file's line once the front matter's offset is added.
public enum YAMLDocument {
    /// Composes `text`, whose first line is line `firstLine` of `path`. When the YAML is
    /// malformed, fails with every syntax error found (`SyntaxErrors`), not only the first.
    public static func parse(_ text: String, path: String, firstLine: Int = 1) -> Result<Node?, SyntaxErrors> {
        switch compose(text, path: path, firstLine: firstLine) {
        case .success(let node): return .success(node)
        case .failure(let first): return .failure(SyntaxErrors(diagnostics: [first] + later(text, path: path, firstLine: firstLine, after: first)))
        }
    }

    /// The YAML of a whole file: `.some(node)` (nil for an empty file), or nil when it does not
    /// parse, its syntax errors then reported into `sink`.
    static func parse(_ file: SourceText, sink: DiagnosticSink) -> Node?? {
        switch parse(file.text, path: file.path) {
        case .success(let node): return .some(node)
        case .failure(let errors):
            sink.report(errors.diagnostics)
            return nil
        }
    }

    /// The syntax errors of a malformed YAML text, the first one first.
    public struct SyntaxErrors: Error, Sendable {
        public var diagnostics: [Diagnostic]
    }

    /// How plain scalars are typed while composing: not at all. Fields are read from a scalar's
    /// text (`FieldReader`), and Yams's reading of a value as a number or a boolean does not
    /// consult the resolver; only the duplicate-key check does, hashing each key with its type.
    /// The default resolver types a key by trying seven regular expressions on it, a twentieth
    /// of a clean build. With this one `1:` and `"1":` are the same key, as the site reads them.
    private static let resolver = Resolver.basic

    private static func compose(_ text: String, path: String, firstLine: Int) -> Result<Node?, Diagnostic> {
        do {
            return .success(try Yams.compose(yaml: text, resolver, .default, .utf8))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, text: text, path: path, firstLine: firstLine))
        } catch {
            return .failure(.error(at: SourceLocation(file: path, line: firstLine), "YAML không hợp lệ / invalid YAML"))
        }
    }

    /// The errors after `first`: the text is parsed again with each faulty line blanked out
    /// (its line count kept, so later lines keep their numbers), up to ten more errors, each on
    /// a later line than the one before, so that a typo does not hide the next one.
    private static func later(_ text: String, path: String, firstLine: Int, after first: Diagnostic) -> [Diagnostic] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var found: [Diagnostic] = []
        var current = first
        for _ in 0..<10 {
            let line = current.location.line
            // A second document ('---') is not a faulty line: without it the two would merge.
            guard line >= firstLine, line - firstLine < lines.count,
                  !["---", "..."].contains(lines[line - firstLine].trimmingCharacters(in: .whitespaces)) else { break }
            blank(&lines, at: line - firstLine)
            // The same problem again on the next line (nesting too deep) is one problem, said once.
            guard case .failure(let next) = compose(lines.joined(separator: "\n"), path: path, firstLine: firstLine),
                  next.location.line > line, next.message != current.message else { break }
            found.append(next)
            current = next
        }
        return found
    }

    /// Blanks the faulty line; a line that opens a block (`key:` and nothing after it: a key
    /// given twice, say) takes its block with it, whose lines would otherwise join the mapping
    /// above and be told as faults of their own (a criterion 'given twice' that is not).
    private static func blank(_ lines: inout [String], at index: Int) {
        let faulty = lines[index]
        lines[index] = ""
        let content = faulty.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let indent = faulty.prefix { $0 == " " }.count
        // A key whose ':' is missing ("  kdc-ben-do" above its scores) opens a block all the same:
        // the lines below, more indented, go with it, or they would join the mapping above.
        let nextContent = lines[(index + 1)...].first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let opensBlock = nextContent.map { $0.prefix { $0 == " " }.count > indent } ?? false
        guard content.trimmingCharacters(in: .whitespaces).hasSuffix(":") || opensBlock else { return }
        var next = index + 1
        while next < lines.count {
            let text = lines[next]
            let isBlank = text.trimmingCharacters(in: .whitespaces).isEmpty
            guard isBlank || text.prefix(while: { $0 == " " }).count > indent else { break }
            lines[next] = ""
            next += 1
        }
    }

    private static func diagnostic(for error: YamlError, text: String, path: String, firstLine: Int) -> Diagnostic {
        let offset = firstLine - 1
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            // A quote left open on an earlier line is the fault of the line where YAML took it to close.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let unclosed = YAMLUnclosedQuote.finding(in: lines, problemLine: mark.line)
            let line = unclosed?.line ?? errorLine(context: context, problem: problem, problemLine: mark.line, text: text)
            let gist = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            let noticed = line == mark.line ? nil : noticedAt(mark.line, offset: offset, text: text)
            // The faulty line's own mistake, where it shows one, is told rather than libyaml's reading of it.
            let advice = unclosed.map { YAMLUnclosedQuote.advice(for: $0, offset: offset) }
                ?? lineText(line, in: text).flatMap(YAMLLineAdvice.advice(for:))
                ?? (problem.contains("did not find expected key") ? YAMLIndentation.uneven(at: line, in: lines, offset: offset) : nil)
            let vietnamese = advice.map { ": " + $0.vi } ?? hint(for: problem)
            let english = advice.map { "\($0.en) (\(([gist] + [noticed].compactMap { $0 }).joined(separator: ", ")))" }
                ?? gist + (noticed.map { " (\($0))" } ?? "")
            return .error(at: SourceLocation(file: path, line: line + offset),
                          "lỗi cú pháp YAML\(vietnamese)\(wordProcessorHint(text, lines: line...max(line, mark.line))) / YAML syntax error: "
                              + english)
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? ""
            let line = repeatedKeyLine(key, firstLine: context.mark.line, column: context.mark.column, in: text)
            return .error(at: SourceLocation(file: path, line: line + offset),
                          "trường '\(key)' được ghi hai lần (lần đầu ở dòng \(context.mark.line + offset)) / duplicated key '\(key)'")
        case let .reader(problem, characterOffset, value, _):
            if let found = YAMLControlCharacter.place(of: value, in: text) {
                return .error(at: SourceLocation(file: path, line: found.line + offset),
                              "tệp chứa \(found.vi) / invalid characters: \(found.en)")
            }
            let line = characterOffset.map { lineNumber(atCharacter: $0, in: text) } ?? 1
            return .error(at: SourceLocation(file: path, line: line + offset),
                          "tệp chứa ký tự không hợp lệ (ký tự điều khiển hoặc dữ liệu nhị phân) / invalid characters: \(problem)")
        default:
            return .error(at: SourceLocation(file: path, line: firstLine), "YAML không hợp lệ / invalid YAML: \(error)")
        }
    }

    /// Where libyaml noticed a mistake it is told at an earlier line (`errorLine`), for the
    /// English gist, which otherwise reads as a second place of the mistake: "noticed at line
    /// 6" (the file's line, `offset` added), or at the end of the file (of the front matter,
    /// below its first line) when the mark is past the text's last line.
    private static func noticedAt(_ markLine: Int, offset: Int, text: String) -> String {
        guard markLine > lineCount(text) else { return "noticed at line \(markLine + offset)" }
        return offset == 0 ? "noticed at the end of the file" : "noticed at the end of the front matter"
    }

    /// The line to point at. libyaml notices some mistakes only on a later line: a key without
    /// ':' when it reaches the next key, an unclosed quote or bracket at the end of the file. For
    /// those the context ("while scanning a simple key", "… a quoted scalar", "while parsing a
    /// flow mapping") marks where the faulty value starts; for the rest the problem's own line is
    /// right. A mark past the last line (the end of the file) is moved back onto it. A first
    /// field written `name:value` is read as the start of a text, which the next line's ':'
    /// trips: the line before is the faulty one then.
    private static func errorLine(context: YamlError.Context?, problem: String, problemLine: Int, text: String) -> Int {
        let lateContexts = ["simple key", "quoted scalar", "flow mapping", "flow sequence"]
        var line = problemLine
        if let context, context.mark.line <= problemLine, lateContexts.contains(where: context.text.contains) {
            line = context.mark.line
        }
        line = max(1, min(line, lineCount(text)))
        if problem.contains("mapping values are not allowed"), line > 1,
           let previous = lineText(line - 1, in: text), YAMLLineAdvice.missingSpace(previous) != nil {
            line -= 1
        }
        return line
    }

    /// The text of line `line` (1-based) of `text`, or nil past its end.
    private static func lineText(_ line: Int, in text: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.indices.contains(line - 1) ? String(lines[line - 1]) : nil
    }

    /// The number of lines, a final line break not starting another one.
    private static func lineCount(_ text: String) -> Int {
        let breaks = text.filter { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }.count
        return text.last.map { $0 == "\n" || $0 == "\r\n" || $0 == "\r" } == true ? breaks : breaks + 1
    }

    /// What to do about the usual mistakes, in Vietnamese; empty for the rest.
    private static func hint(for problem: String) -> String {
        let hints: [(String, String)] = [
            ("could not find expected ':'", "thiếu dấu ':' sau tên trường"),
            ("tab", "dùng dấu cách để thụt lề, không dùng phím Tab"),
            ("cannot start any token", "ký tự không được đứng đầu giá trị (Tab, '@', '`'): dùng dấu cách, hoặc đặt giá trị trong ngoặc kép"),
            ("unexpected end of stream", "dấu ngoặc kép hoặc ngoặc mở chưa được đóng"),
            ("mapping values are not allowed", "dấu ':' không đúng chỗ: kiểm tra thụt lề, hoặc đặt giá trị có ': ' trong ngoặc kép"),
            ("did not find expected ',' or '}'", "thiếu ',' hoặc '}' trong { … }"),
            ("did not find expected ',' or ']'", "thiếu ',' hoặc ']' trong [ … ]"),
            ("did not find expected key", "thụt lề không đều giữa các dòng"),
            ("did not find expected '-' indicator", "thụt lề không đều trong danh sách '-'"),
            ("another document", "tệp chỉ được có một khối YAML: bỏ dòng '---' thừa"),
        ]
        return hints.first { problem.contains($0.0) }.map { ": " + $0.1 } ?? ""
    }

    /// What Word leaves in text that YAML does not read as it looks, when the lines hold it:
    /// non-breaking spaces, and curly quotes, which do not quote a value.
    static func wordProcessorHint(_ text: String, lines: ClosedRange<Int>) -> String {
        let source = text.split(separator: "\n", omittingEmptySubsequences: false)
        let wanted = source.indices.filter { lines.contains($0 + 1) }.map { source[$0] }.joined()
        return wordProcessorHint(wanted)
    }

    /// The hint for one piece of text (a line, a field name); empty when it holds nothing of Word's.
    static func wordProcessorHint(_ text: String) -> String {
        var hints: [String] = []
        if text.contains("\u{00A0}") {
            hints.append("dòng có khoảng trắng không ngắt (NBSP, thường do chép từ Word): thay bằng dấu cách thường")
        }
        if text.contains(where: { "“”‘’".contains($0) }) {
            hints.append("dấu ngoặc kép kiểu Word (“ ” ‘ ’) không có tác dụng trong YAML: dùng dấu \" thẳng")
        }
        return hints.map { "; " + $0 }.joined()
    }

    /// The line of the second `key:` at the column of the first one, or the first one's line.
    private static func repeatedKeyLine(_ key: String, firstLine: Int, column: Int, in text: String) -> Int {
        let indent = String(repeating: " ", count: max(0, column - 1))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for index in lines.indices where index + 1 > firstLine {
            let line = lines[index].hasSuffix("\r") ? lines[index].dropLast() : lines[index]
            for quote in ["", "\"", "'"] where line.hasPrefix(indent + quote + key + quote) {
                let rest = line.dropFirst(indent.count + key.count + 2 * quote.count).drop { $0 == " " }
                if rest.hasPrefix(":") { return index + 1 }
            }
        }
        return firstLine
    }

    private static func lineNumber(atCharacter characterOffset: Int, in text: String) -> Int {
        1 + text.prefix(characterOffset).filter { $0 == "\n" || $0 == "\r\n" }.count
    }
}
