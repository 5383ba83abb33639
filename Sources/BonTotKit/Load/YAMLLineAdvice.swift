/// What a line that YAML refuses says about the mistake in it, as offices make them, so that
/// the message names that mistake and the line to write instead of libyaml's reading of it
/// ("did not find expected key" for a quote inside quotes, which the office would take for a
/// fault of indentation). Each advice is "Vietnamese / English"; nil for a line showing none.
enum YAMLLineAdvice {
    /// The advice for `line`, a line of the YAML text as written.
    static func advice(for line: String) -> (vi: String, en: String)? {
        if let advice = YAMLListMark.advice(for: line) { return advice }
        if let field = missingSpace(line) {
            return ("thiếu dấu cách sau dấu ':': viết \(field.key): \(field.value)",
                    "no space after ':': write \(field.key): \(field.value)")
        }
        guard let field = field(line) else { return nil }
        let value = field.value
        guard let first = value.first else { return nil }
        if first == "\"" || first == "'" {
            guard let close = closingQuote(of: value), !isComment(value[value.index(after: close)...]) else { return nil }
            // `"Bàn về "rác""`: the quotes meant as the value's own; `"An" (Bí thư)`: the text as typed.
            let meant = value.count > 2 && value.last == first ? String(value.dropFirst().dropLast()) : value
            return ("giá trị mở bằng dấu ngoặc \(first) thì phải đóng bằng dấu ấy ở cuối giá trị; có dấu ngoặc bên trong thì đặt "
                        + "cả giá trị trong dấu ngoặc kia: \(field.key): \(quoted(meant))",
                    "a value opened with \(first) must end with it; write \(field.key): \(quoted(meant))")
        }
        if first == "[" || first == "{" {
            guard let close = closingBracket(of: value), !isComment(value[value.index(after: close)...]) else { return nil }
            let shape = first == "[" ? "danh sách [ … ]" : "bảng { … }"
            return ("giá trị bắt đầu bằng '\(first)' được đọc là một \(shape); nếu đó là chữ, đặt cả giá trị trong dấu ngoặc: "
                        + "\(field.key): \(quoted(value))",
                    "a value starting with '\(first)' is read as a list or a mapping; write \(field.key): \(quoted(value))")
        }
        if value.hasPrefix("- ") || "*&!%@`|>".contains(first) {
            return ("ký tự '\(first)' đứng đầu giá trị có nghĩa riêng trong YAML: đặt cả giá trị trong dấu ngoặc, "
                        + "\(field.key): \(quoted(value))",
                    "'\(first)' cannot start a plain value; write \(field.key): \(quoted(value))")
        }
        if value.contains(": ") {
            // Word's curly quotes, which do not quote in YAML, meant as the value's own quotes.
            let meant = WordQuotes.inside(value) ?? value
            return ("dấu ':' không đúng chỗ: kiểm tra thụt lề, hoặc đặt giá trị có ': ' trong ngoặc kép, \(field.key): \(quoted(meant))",
                    "a value holding ': ' must be quoted; write \(field.key): \(quoted(meant))")
        }
        return nil
    }

    /// `chair:Nguyễn Văn An`: a field name, a colon and the value with no space between, which
    /// YAML reads as one text; the name and the value, or nil.
    static func missingSpace(_ line: String) -> (key: String, value: String)? {
        let text = withoutListMark(line)
        guard let colon = text.firstIndex(of: ":"), isName(text[..<colon]) else { return nil }
        let value = text[text.index(after: colon)...]
        guard let first = value.first, !first.isWhitespace, first != ":", first != "/" else { return nil }
        return (String(text[..<colon]), String(value).trimmed())
    }

    /// A line `key: value` (in a list item too): the name and the value, trimmed; nil for any other line.
    static func field(_ line: String) -> (key: String, value: String)? {
        let text = withoutListMark(line)
        guard let colon = text.range(of: ": "), isName(text[..<colon.lowerBound]) else { return nil }
        return (String(text[..<colon.lowerBound]), String(text[colon.upperBound...]).trimmed())
    }

    /// The line without its indentation, its list mark `- ` and a carriage return.
    private static func withoutListMark(_ line: String) -> Substring {
        var text = Substring(line.hasSuffix("\r") ? String(line.dropLast()) : line).drop { $0 == " " }
        while text.hasPrefix("- ") { text = text.dropFirst(2).drop { $0 == " " } }
        return text
    }

    /// A field's name: letters, digits, '_' and '-', starting with a letter.
    private static func isName(_ text: Substring) -> Bool {
        guard let first = text.first, first.isLetter else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
    }

    /// Where the quote opening `value` closes: a doubled `''` inside single quotes, and `\"`
    /// inside double ones, do not close it.
    static func closingQuote(of value: String) -> String.Index? {
        guard let quote = value.first else { return nil }
        var index = value.index(after: value.startIndex)
        while index < value.endIndex {
            let next = value.index(after: index)
            if quote == "\"", value[index] == "\\", next < value.endIndex {
                index = value.index(after: next)
                continue
            }
            if value[index] == quote {
                if quote == "'", next < value.endIndex, value[next] == "'" {
                    index = value.index(after: next)
                    continue
                }
                return index
            }
            index = next
        }
        return nil
    }

    /// Where the bracket opening `value` closes, brackets inside counted.
    private static func closingBracket(of value: String) -> String.Index? {
        var depth = 0
        for index in value.indices {
            switch value[index] {
            case "[", "{": depth += 1
            case "]", "}":
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
        }
        return nil
    }

    /// True when what follows a closed value is nothing, or only a comment.
    private static func isComment(_ rest: Substring) -> Bool {
        let text = rest.drop { $0 == " " }
        return text.isEmpty || (text.hasPrefix("#") && rest.first == " ")
    }

    /// `text` as a quoted YAML value: in single quotes, or in double quotes when it holds one.
    static func quoted(_ text: String) -> String {
        guard text.contains("'") else { return "'\(text)'" }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
