/// swift-argument-parser's own English — the headings and fixed lines of its help screens and
/// the messages of its usage errors — in Vietnamese, in one table. `Main` passes everything the
/// library prints through `translate`; the rest of what it prints is bontot's own Vietnamese.
/// The library sets no option's default in its help: bontot's help states each default itself
/// ("(mặc định: …)"), so options with a default are optionals.
enum ParserVietnamese {
    /// Whole lines, `{1}`, `{2}`… standing for what varies, in the order they appear in the English.
    /// Error messages are matched after their `Error: ` prefix and keep the shape of bontot's other
    /// errors: Vietnamese, then a short English gist after ` / `.
    static let lines: [(english: String, vietnamese: String)] = [
        ("  See '{1} <subcommand>' for detailed help.", "  Xem hướng dẫn của từng lệnh: {1} <lệnh-con>"),
        ("  See '{1}' for more information.", "  Xem thêm: {1}"),
        ("Unknown option '{1}'. Did you mean '{2}'?",
         "không có tuỳ chọn '{1}' (có phải '{2}'? / did you mean '{2}'?) / unknown option"),
        ("Unknown option '{1}'", "không có tuỳ chọn '{1}' / unknown option"),
        ("Missing value for '{1}'", "thiếu giá trị sau '{1}' / missing value"),
        ("Missing expected argument '{1}'", "thiếu tham số bắt buộc '{1}' / missing argument"),
        ("Missing one of: '{1}'", "cần một trong các tham số: '{1}' / missing argument"),
        ("The value '{1}' is invalid for '{2}'{3}", "giá trị '{1}' không hợp lệ cho '{2}'{3} / invalid value"),
        ("Unexpected argument '{1}'", "thừa '{1}': lệnh không nhận tham số này / unexpected argument"),
        ("{1} unexpected arguments: '{2}'", "thừa {1} tham số: '{2}' / unexpected arguments"),
        ("The option '{1}' does not take any value, but '{2}' was specified.",
         "tuỳ chọn '{1}' không nhận giá trị, nhưng đã ghi '{2}' / the option takes no value"),
    ]

    /// The beginnings of lines: the headings of a help screen and the labels of an error.
    static let prefixes: [(english: String, vietnamese: String)] = [
        ("OVERVIEW: ", "MÔ TẢ: "),
        ("USAGE: ", "CÁCH DÙNG: "),
        ("ARGUMENTS:", "THAM SỐ:"),
        ("OPTIONS:", "TUỲ CHỌN:"),
        ("SUBCOMMANDS:", "LỆNH CON:"),
        ("Error: ", "lỗi: "),
        ("Help:  ", "Ý nghĩa:  "),
        ("Usage: ", "Cách dùng: "),
    ]

    /// Phrases inside a line: the built-in options' help, the default command's mark, the
    /// placeholder of a command's subcommand.
    static let phrases: [(english: String, vietnamese: String)] = [
        ("Show help information.", "Xem hướng dẫn này."),
        ("Show the version.", "In phiên bản của bontot."),
        // One letter longer: the space after it is taken, so the column after it stays put.
        (" (default) ", " (mặc định)"),
        (" (default)", " (mặc định)"),
        ("<subcommand>", "<lệnh-con>"),
    ]

    /// argument-parser's help screen or error message, in Vietnamese.
    static func translate(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { translateLine(String($0)) }
            .joined(separator: "\n")
    }

    /// A line's label is taken off before its rest is matched whole: a line that begins with
    /// what varies (`{1} unexpected arguments: …`) would otherwise take the label for part of it.
    private static func translateLine(_ line: String) -> String {
        var line = line
        if let prefix = prefixes.first(where: { line.hasPrefix($0.english) }) {
            let rest = String(line.dropFirst(prefix.english.count))
            line = prefix.vietnamese + (fill(rest) ?? rest)
        } else if let whole = fill(line) {
            return whole
        }
        for phrase in phrases {
            line = line.replacingOccurrences(of: phrase.english, with: phrase.vietnamese)
        }
        return line
    }

    /// The Vietnamese of the first entry of `lines` that `text` matches whole, or nil.
    private static func fill(_ text: String) -> String? {
        for entry in lines {
            guard let values = match(entry.english, text) else { continue }
            var result = entry.vietnamese
            for (index, value) in values.enumerated() {
                result = result.replacingOccurrences(of: "{\(index + 1)}", with: value)
            }
            return result
        }
        return nil
    }

    /// What `{1}`, `{2}`… of `template` stand for in `text`, each as short as it can be, or nil
    /// when `text` is not that line.
    static func match(_ template: String, _ text: String) -> [String]? {
        var literals = [Substring](), rest = template[...]
        while let open = rest.range(of: "{"), let close = rest[open.upperBound...].range(of: "}"),
              Int(rest[open.upperBound..<close.lowerBound]) != nil {
            literals.append(rest[..<open.lowerBound])
            rest = rest[close.upperBound...]
        }
        literals.append(rest)
        if literals.count == 1 { return text == template ? [] : nil }
        guard text.hasPrefix(literals[0]), let last = literals.last,
              text.count >= literals[0].count + last.count, text.hasSuffix(last) else { return nil }
        var position = text.index(text.startIndex, offsetBy: literals[0].count)
        let end = text.index(text.endIndex, offsetBy: -last.count)
        var values: [String] = []
        for literal in literals.dropFirst().dropLast() {
            guard let found = text.range(of: literal, range: position..<end) else { return nil }
            values.append(String(text[position..<found.lowerBound]))
            position = found.upperBound
        }
        values.append(String(text[position..<end]))
        return values
    }
}
