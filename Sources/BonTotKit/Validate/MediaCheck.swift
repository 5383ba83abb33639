/// Checks the media paths written in content: relative, inside the site, and present in `content/media`.
/// A front-matter path written from its file as a body's may be (`../media/anh.jpg`) is refused
/// with the path to write (`media/anh.jpg`): SPEC §1 writes these from `content/`.
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
                if case .media(let written, let suffix) = BodyAddress.resolve(path, in: reference.location.file, media: available) {
                    sink.error(reference.location, field: reference.field,
                               "đường dẫn '\(path)' phải tính từ thư mục content/: hãy ghi '\(written + suffix)' "
                               + "/ the path is written from content/: write '\(written + suffix)'")
                } else {
                    sink.error(reference.location, field: reference.field,
                               "đường dẫn '\(path)' không được chứa '..' (ra ngoài thư mục trang) / the path must not contain '..'")
                }
            } else if !available.contains(path), let written = Self.sameName(as: path, among: available) {
                // "image: lu-dem.svg" for media/lu-dem.svg: the file is there, its path written otherwise.
                sink.error(reference.location, field: reference.field,
                           "không tìm thấy tệp '\(path)' trong content/; tệp cùng tên nằm ở '\(written)': hãy ghi '\(written)' (đường dẫn "
                           + "tính từ thư mục content/) / file not found; the file of that name is '\(written)': write '\(written)'")
            } else if !available.contains(path) {
                sink.error(reference.location, field: reference.field,
                           "không tìm thấy tệp '\(path)' trong content/ / file not found" + Suggestion.hint(for: path, among: available.sorted()))
            } else if let jpg = BinaryFiles.jpgToSaveAs(path) {
                // A phone's HEIC photo moved to the media as it was: most browsers show nothing in its place.
                let kind = PathParts.lowercasedExtension(of: path)
                sink.warning(reference.location, field: reference.field,
                             "\(BinaryFiles.unshownPicture(kind)): hãy lưu '\(path)' thành ảnh JPG (\(jpg)) "
                             + "rồi ghi '\(jpg)' / most browsers and the printed bulletin cannot show a .\(kind) picture: save it as '\(jpg)' and write that")
            }
        }
    }

    /// The one media file named as `path`'s last part, elsewhere than `path` says; nil when no
    /// file, or more than one, has that name.
    static func sameName(as path: String, among available: Set<String>) -> String? {
        let name = PathParts.name(of: path)
        let found = available.filter { PathParts.name(of: $0) == name }
        return found.count == 1 ? found.first : nil
    }
}
