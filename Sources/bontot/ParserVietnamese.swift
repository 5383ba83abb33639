/// swift-argument-parser's own English — the headings and fixed lines of its help screens — in
/// Vietnamese, in one table. `Main` passes everything the library prints through `translate`;
/// the rest of those screens is bontot's own Vietnamese.
/// The library sets no option's default in its help: bontot's help states each default itself
/// ("(mặc định: …)"), so options with a default are optionals.
enum ParserVietnamese {
    /// Whole lines, `{1}`, `{2}`… standing for what varies, in the order they appear in the English.
    static let lines: [(english: String, vietnamese: String)] = [
        ("  See '{1} <subcommand>' for detailed help.", "  Xem hướng dẫn của từng lệnh: {1} <lệnh-con>"),
    ]

    /// The beginnings of lines: the headings of a help screen.
    static let prefixes: [(english: String, vietnamese: String)] = [
        ("OVERVIEW: ", "MÔ TẢ: "),
        ("USAGE: ", "CÁCH DÙNG: "),
        ("ARGUMENTS:", "THAM SỐ:"),
        ("OPTIONS:", "TUỲ CHỌN:"),
        ("SUBCOMMANDS:", "LỆNH CON:"),
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

    /// argument-parser's help screen, in Vietnamese.
    static func translate(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { translateLine(String($0)) }
            .joined(separator: "\n")
    }

    private static func translateLine(_ line: String) -> String {
        if let whole = fill(line) { return whole }
        var line = line
        if let prefix = prefixes.first(where: { line.hasPrefix($0.english) }) {
            let rest = String(line.dropFirst(prefix.english.count))
            line = prefix.vietnamese + (fill(rest) ?? rest)
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
