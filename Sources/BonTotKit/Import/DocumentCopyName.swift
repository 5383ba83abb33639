import Foundation

/// The name a browser or a file manager gives another copy of a file: "Bien ban thang 10 (1).docx"
/// (a download kept beside the first, or Windows), "… - Copy.docx" and "… - Copy (2).docx"
/// (Windows), "… - Bản sao.docx" (Windows in Vietnamese), "Copy of ….docx" (Google Drive),
/// "… copy.docx" (a Mac), as `CopyName` tells them (the site's own files too). A folder of
/// minutes often holds a copy beside the original: the original is imported first, and the copy
/// of the same meeting is passed over with a warning when its bytes are the original's, refused
/// as a copy of it when they differ.
enum DocumentCopyName {
    /// The name of the file `name` is a copy of ("Bien ban thang 10.docx" for "Bien ban thang 10
    /// (1).docx"), or nil when `name` is not named as a copy. A copy of a copy ("… (1) (1).docx",
    /// "… - Copy - Copy.docx") is named by the first original, the name left when every copy's
    /// mark is taken off.
    static func original(of name: String) -> String? {
        let url = URL(fileURLWithPath: name)
        let ext = url.pathExtension
        let stem = ext.isEmpty ? url.lastPathComponent : String(url.lastPathComponent.dropLast(ext.count + 1))
        guard let base = CopyName.original(of: stem) else { return nil }
        return ext.isEmpty ? base : base + "." + ext
    }

    /// True when the files named `one` and `other` are the same document's copies, or one is
    /// the other's original: "X (1).docx", "X (2).docx" and "X.docx" (three downloads of one
    /// mailed file, the first perhaps not kept).
    static func areCopies(_ one: String, _ other: String) -> Bool {
        guard original(of: one) != nil || original(of: other) != nil else { return false }
        return (original(of: one) ?? one) == (original(of: other) ?? other)
    }

    /// `documents` with the copies (`original(of:)`) after the others, each group in its order.
    static func originalsFirst<Item>(_ documents: [Item], name: (Item) -> String) -> [Item] {
        documents.filter { original(of: name($0)) == nil } + documents.filter { original(of: name($0)) != nil }
    }
}
