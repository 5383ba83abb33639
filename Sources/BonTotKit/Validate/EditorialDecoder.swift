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
        return BulletinEditorial(month: month, title: reader.string("title"), number: reader.int("number", minimum: 1),
                                 body: body, source: reader.location)
    }
}
