/// A site's theme file whose name is not UTF-8 (`UnreadableName`: `templates/ảnh-nền.png` from a
/// zip unpacked by an old tool): it cannot be opened by the name listed, and was left out of the
/// portal without a word, the pages losing their picture. An error at the file, with the other
/// problems of the templates.
extension Theme {
    /// An error at each of the site's theme files whose name is not UTF-8.
    func reportUnreadableNames(sink: DiagnosticSink) {
        for path in unreadableNames {
            sink.error(SourceLocation(file: "templates/" + path, line: 0), UnreadableName.message)
        }
    }
}
