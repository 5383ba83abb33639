import Foundation

/// A site's theme asset named with decomposed letters (`a` and its mark, NFD, as macOS or a zip
/// tool may name a file: `templates/ảnh-nền.png` copied from a Mac) is published under those
/// bytes, as every asset keeps its name (changing it would break the links that work); but a
/// template typing the name on a Windows keyboard types it precomposed (NFC), and a web server
/// or Windows, comparing bytes, does not find the file: the page loses its picture. (Media files
/// are published precomposed, `FileNameSpelling`, and their links made so.) A warning at the
/// file, once, saying to rename it precomposed; none when every template or stylesheet of the
/// site that names it types it the same decomposed way, which is told by counting the name's
/// occurrences in each text byte for byte and with both made precomposed. A name twice in the
/// folder, typed both ways, is an error of its own (`Theme+SpellingTwins.swift`).
extension Theme {
    /// The theme's own text files a name may be typed in, besides its templates.
    private static let textAssetExtensions: Set<String> = ["css", "js", "html", "htm", "svg"]

    /// The paths of `paths` (the site's theme files the theme takes) that are assets named
    /// decomposed, in byte order; not those named as another file is (`twins`).
    static func decomposedAssets(among paths: [String], twins: [SpellingTwin]) -> [String] {
        // A `Set` of strings takes the two spellings of a name for one: every spelling of a twin is left out.
        let twinned = Set(twins.flatMap { [$0.path, $0.other] })
        return paths.filter { path in
            !path.hasSuffix(".mustache") && !FileNameSpelling.published(path).utf8.elementsEqual(path.utf8)
                && !twinned.contains(path)
        }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// A warning at each of the site's theme assets named decomposed, unless the site's
    /// templates and stylesheets name it, all typed the same way as the file.
    func reportDecomposedNames(sink: DiagnosticSink) {
        guard !decomposedAssets.isEmpty else { return }
        let texts = ownTexts()
        for path in decomposedAssets {
            let needles = Self.decomposedParts(of: path)
            var named = false, typedOtherwise: [String] = []
            for text in texts {
                let written = needles.reduce(0) { $0 + ByteSearch.count(of: FileNameSpelling.published($1), in: text.precomposed) }
                let typedAlike = needles.reduce(0) { $0 + ByteSearch.count(of: $1, in: text.text) }
                named = named || written > 0
                if written > typedAlike { typedOtherwise.append(text.file) }
            }
            guard !named || !typedOtherwise.isEmpty else { continue }
            let shown = typedOtherwise.prefix(3).joined(separator: ", ") + (typedOtherwise.count > 3 ? ", …" : "")
            let (typedWhere, typedWhereEn) = typedOtherwise.isEmpty ? ("", "")
                : ("; \(shown) đã gõ tên này kiểu khác, nên đang trỏ tới tệp không có", "; \(shown) already types it otherwise")
            sink.warning(SourceLocation(file: "templates/" + path, line: 0),
                         "tên tệp gõ dấu kiểu tổ hợp (Unicode tổ hợp, như máy Mac hay công cụ nén đặt tên) và được đăng lên đúng "
                         + "như vậy; mẫu nào gõ tên này bằng bàn phím Windows (dựng sẵn) sẽ trỏ tới tệp mà máy chủ web không tìm "
                         + "thấy\(typedWhere); hãy đổi tên sang dựng sẵn (NFC), chẳng hạn gõ lại tên tệp trên máy Windows, và sửa tên "
                         + "ghi trong các mẫu / the file name is typed decomposed (NFD, as a Mac or a zip tool names files) and "
                         + "published so: a template typing it on a Windows keyboard (NFC) links a file the web server does not "
                         + "find\(typedWhereEn); rename it precomposed (NFC) and where the templates name it")
        }
    }

    /// What of `path` a template names the file by, where its letters are decomposed: the
    /// name itself, and each folder's name followed by its `/`.
    private static func decomposedParts(of path: String) -> [String] {
        let parts = path.split(separator: "/").map(String.init)
        return parts.indices.compactMap { index in
            let part = parts[index]
            guard !FileNameSpelling.published(part).utf8.elementsEqual(part.utf8) else { return nil }
            return index == parts.count - 1 ? part : part + "/"
        }
    }

    /// The site's own templates and text assets (those that are not the built-in theme's), by
    /// the file's path from the site, with their text and their text made precomposed.
    private func ownTexts() -> [(file: String, text: String, precomposed: String)] {
        let builtIn = BuiltInTheme.theme
        var texts: [(file: String, text: String, precomposed: String)] = []
        for (name, text) in templates where builtIn.templates[name] != text {
            texts.append(("templates/\(name).mustache", text, text.precomposedStringWithCanonicalMapping))
        }
        for (path, data) in assets where builtIn.assets[path] != data
            && Self.textAssetExtensions.contains(PathParts.lowercasedExtension(of: path)) {
            guard let text = String(data: data, encoding: .utf8) else { continue }
            texts.append(("templates/" + path, text, text.precomposedStringWithCanonicalMapping))
        }
        return texts.sorted { $0.file.utf8.lexicographicallyPrecedes($1.file.utf8) }
    }
}
