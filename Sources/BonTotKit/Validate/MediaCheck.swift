/// Checks the media paths written in content: relative, inside the site, and present in `content/media`.
struct MediaCheck {
    let available: Set<String>
    let sink: DiagnosticSink

    func check(_ references: [MediaReference]) {
        for reference in references {
            let path = reference.path
            if path.hasPrefix("/") || path.hasPrefix("~") || path.contains(":") {
                sink.error(reference.location, field: reference.field,
                           "đường dẫn '\(path)' phải là đường dẫn tương đối trong content/, ví dụ media/anh.jpg / the path must be relative, not absolute")
            } else if path.split(separator: "/").contains("..") {
                sink.error(reference.location, field: reference.field,
                           "đường dẫn '\(path)' không được chứa '..' (ra ngoài thư mục trang) / the path must not contain '..'")
            } else if !available.contains(path) {
                sink.error(reference.location, field: reference.field,
                           "không tìm thấy tệp '\(path)' trong content/ / file not found" + Suggestion.hint(for: path, among: available.sorted()))
            }
        }
    }
}
