import Yams

/// Reads `bulletins/<yyyy-mm>.md`: an optional title and issue number over the editorial's text.
enum EditorialDecoder {
    static let fields = ["title", "number"]

    static func decode(_ node: Node?, month: YearMonth, path: String, lineOffset: Int, body: String,
                       sink: DiagnosticSink) -> BulletinEditorial? {
        guard let node else {
            return BulletinEditorial(month: month, body: body, source: SourceLocation(file: path))
        }
        guard let reader = FieldReader(node, path: path, lineOffset: lineOffset, known: fields, sink: sink) else { return nil }
        if let written = printedNumber(reader.value("number")) {
            sink.error(reader.location(of: "number"), field: "number",
                       "'number' ghi '\(written.text)' như số in trên bản tin: chỉ ghi con số, number: \(written.number); "
                       + "bontot tự in phần 'Số \(VietnameseFormat.count(written.number))-BT/…' / write the number alone, number: \(written.number)")
            return nil
        }
        return BulletinEditorial(month: month, title: reader.string("title"), number: reader.int("number", minimum: 1),
                                 body: body, source: reader.location)
    }

    /// The issue number written as the bulletin prints it ("09-BT/ĐU", "Số 09"): its number,
    /// when the text holds more than digits and begins (past "Số") with them.
    private static func printedNumber(_ node: Node?) -> (text: String, number: Int)? {
        guard let text = node?.scalar?.string.trimmed() else { return nil }
        var rest = Substring(text)
        if rest.lowercased().hasPrefix("số") { rest = rest.dropFirst(2).drop { $0 == " " || $0 == ":" } }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count < rest.count || rest.count < text.count,
              let number = Int(digits), number >= 1 else { return nil }
        return (text, number)
    }
}
