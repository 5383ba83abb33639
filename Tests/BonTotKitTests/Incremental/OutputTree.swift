import Foundation
import XCTest

/// Everything a folder holds, read at one moment: each file's bytes and each folder, by path
/// relative to it, so that two outputs can be compared byte for byte and one output before and
/// after a build. Hidden entries count too: a build must leave nothing behind in its output.
struct OutputTree: Equatable {
    var files: [String: Data] = [:]
    var folders: Set<String> = []

    init(_ root: URL) {
        let base = root.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey]) else { return }
        while let url = enumerator.nextObject() as? URL {
            let path = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
            if (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
                folders.insert(path)
            } else {
                files[path] = FileManager.default.contents(atPath: url.path) ?? Data()
            }
        }
    }

    /// The file paths, sorted.
    var paths: [String] { files.keys.sorted() }

    /// The pages: the `.html` files.
    var pages: [String] { paths.filter { $0.hasSuffix(".html") } }

    func text(_ path: String) -> String? {
        files[path].map { String(decoding: $0, as: UTF8.self) }
    }

    /// The files of `other` that are new here or whose bytes differ: what a build that turned
    /// `other` into this tree had to write.
    func changed(since other: OutputTree) -> [String] {
        paths.filter { other.files[$0] != files[$0] }
    }

    /// The files of `other` that this tree no longer has.
    func removed(since other: OutputTree) -> [String] {
        other.paths.filter { files[$0] == nil }
    }

    /// The files whose text contains `phrase`.
    func files(containing phrase: String) -> [String] {
        paths.filter { text($0)?.contains(phrase) == true }
    }
}

/// Fails, listing every difference, unless the two trees hold the same folders and the same
/// files with the same bytes.
func assertSameTree(_ actual: OutputTree, _ expected: OutputTree, _ what: String,
                    file: StaticString = #filePath, line: UInt = #line) {
    guard actual != expected else { return }
    var lines: [String] = []
    for path in actual.paths where expected.files[path] == nil { lines.append("  only in \(what): \(path)") }
    for path in expected.paths where actual.files[path] == nil { lines.append("  missing from \(what): \(path)") }
    for path in actual.paths where expected.files[path] != nil && expected.files[path] != actual.files[path] {
        lines.append("  bytes differ: \(path) (\(actual.files[path]!.count) against \(expected.files[path]!.count) bytes)"
                     + firstDifference(actual.files[path]!, expected.files[path]!))
    }
    for folder in actual.folders.subtracting(expected.folders).sorted() { lines.append("  folder only in \(what): \(folder)/") }
    for folder in expected.folders.subtracting(actual.folders).sorted() { lines.append("  folder missing from \(what): \(folder)/") }
    XCTFail("\(what) differs from the expected output:\n" + lines.joined(separator: "\n"), file: file, line: line)
}

/// Where two files first differ, with a little text around it.
private func firstDifference(_ a: Data, _ b: Data) -> String {
    let a = [UInt8](a), b = [UInt8](b)
    let index = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
    func around(_ bytes: [UInt8]) -> String {
        String(decoding: bytes[max(0, index - 40)..<min(bytes.count, index + 40)], as: UTF8.self)
            .replacingOccurrences(of: "\n", with: "⏎")
    }
    return "; first at byte \(index): «\(around(a))» against «\(around(b))»"
}

/// What identifies one file on disk: a file rewritten or replaced gets a new inode or time.
struct FileStamp: Equatable, CustomStringConvertible {
    var inode: UInt64
    var modified: Date

    init?(_ url: URL) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
              let inode = attributes[.systemFileNumber] as? UInt64 ?? (attributes[.systemFileNumber] as? Int).map(UInt64.init),
              let modified = attributes[.modificationDate] as? Date else { return nil }
        self.inode = inode
        self.modified = modified
    }

    /// Every file's stamp under `root`, by relative path.
    static func all(under root: URL) -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        for path in OutputTree(root).paths { stamps[path] = FileStamp(root.appending(path: path)) }
        return stamps
    }

    var description: String { "inode \(inode), modified \(modified.timeIntervalSince1970)" }
}
