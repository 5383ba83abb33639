import Foundation

/// The name a browser or a file manager gives another copy of a file: "Bien ban thang 10 (1).docx"
/// (a download kept beside the first, or Windows), "… - Copy.docx" and "… - Copy (2).docx"
/// (Windows), "… - Bản sao.docx" (Windows in Vietnamese), "Copy of ….docx" (Google Drive),
/// "… copy.docx" (a Mac). A folder of minutes often holds a copy beside the original: the
/// original is imported first, and the copy of the same meeting is passed over with a warning
/// when its bytes are the original's, refused as a copy of it when they differ.
enum DocumentCopyName {
    /// The name of the file `name` is a copy of ("Bien ban thang 10.docx" for "Bien ban thang 10
    /// (1).docx"), or nil when `name` is not named as a copy.
    static func original(of name: String) -> String? {
        let url = URL(fileURLWithPath: name)
        let ext = url.pathExtension
        let stem = ext.isEmpty ? url.lastPathComponent : String(url.lastPathComponent.dropLast(ext.count + 1))
        let base = stem.firstMatch(of: Patterns.suffix).map { String($0.output.1) }
            ?? stem.firstMatch(of: Patterns.prefix).map { String($0.output.1) }
        guard let base, !base.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return ext.isEmpty ? base : base + "." + ext
    }

    /// `documents` with the copies (`original(of:)`) after the others, each group in its order.
    static func originalsFirst<Item>(_ documents: [Item], name: (Item) -> String) -> [Item] {
        documents.filter { original(of: name($0)) == nil } + documents.filter { original(of: name($0)) != nil }
    }
}

/// The wording of copies' names.
private enum Patterns {
    /// "… (1)", "… - Copy", "… - Copy (2)", "… - Bản sao", "… copy", "… copy 2".
    nonisolated(unsafe) static let suffix =
        /^(.+?)(?: \(\d{1,3}\)| - (?:copy|bản sao)(?: \(\d{1,3}\))?| copy(?: \d{1,3})?)$/.ignoresCase()
    /// "Copy of …", "Bản sao của …".
    nonisolated(unsafe) static let prefix = /^(?:copy of|bản sao của) (.+)$/.ignoresCase()
}
