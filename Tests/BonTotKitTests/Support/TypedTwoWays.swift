import Foundation

/// A theme file's name with Vietnamese marks typed two ways: precomposed, as Windows keyboards
/// type it (NFC), and decomposed, as a Mac or a zip tool may name the file (NFD); and a writer
/// that keeps a path's bytes as given, for the tests of such names.
enum TypedTwoWays {
    static let precomposed = "ảnh-nền.png".precomposedStringWithCanonicalMapping
    static let decomposed = "ảnh-nền.png".decomposedStringWithCanonicalMapping

    /// Writes `text` at `path` inside the site at `root`, the path's bytes as given.
    static func write(_ text: String, at path: String, in root: URL) throws {
        let url = root.appending(path: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
}
