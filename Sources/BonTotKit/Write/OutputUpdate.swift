import Foundation

/// Brings an existing output folder up to date in place, for an incremental build: the files
/// that changed are first written whole into a staging folder beside the output, and only once
/// the build has succeeded are they moved in, one atomic rename each, and the files no longer
/// produced removed. A journal beside the output lists the moves while they happen; a build
/// that finds one (the previous update was interrupted) does not trust the output and builds
/// it anew, whole, with an atomic swap. A failed build never touches the output.
public final class OutputUpdate: @unchecked Sendable {
    public let output: URL
    let staging: URL
    /// The file whose presence says an update was interrupted.
    let journal: URL
    private let files = FileWriting()
    private let lock = NSLock()
    private var staged: [String] = []
    private var bytes = 0

    /// Prepares an update of `output`, which must exist.
    public init(output: URL) throws {
        self.output = output.standardizedFileURL
        staging = Self.stagingFolder(for: self.output)
        journal = Self.journal(for: self.output)
        try? FileManager.default.removeItem(at: staging)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
    }

    /// The journal of an update of `output`; while it exists the output may be half updated.
    public static func journal(for output: URL) -> URL {
        output.deletingLastPathComponent().appending(path: ".\(output.lastPathComponent).bontot-journal")
    }

    static func stagingFolder(for output: URL) -> URL {
        output.deletingLastPathComponent().appending(path: ".\(output.lastPathComponent).bontot-update")
    }

    /// Stages the new bytes of the file at `path` (relative); safe from several threads.
    public func write(_ text: String, to path: String) throws {
        var text = text
        try text.withUTF8 { try files.write(UnsafeRawBufferPointer($0), to: staging.path + "/" + path) }
        record(path, text.utf8.count)
    }

    public func write(_ data: Data, to path: String) throws {
        try data.withUnsafeBytes { try files.write($0, to: staging.path + "/" + path) }
        record(path, data.count)
    }

    private func record(_ path: String, _ count: Int) {
        lock.withLock {
            staged.append(path)
            bytes += count
        }
    }

    /// How many files and bytes were staged.
    public var written: (files: Int, bytes: Int) { lock.withLock { (staged.count, bytes) } }

    /// Moves the staged files into the output and removes `removed` (relative paths) and the
    /// folders they leave empty.
    public func commit(removing removed: [String]) throws {
        let moves = lock.withLock { staged.sorted() }
        let lines = ["bontot output update"] + moves.map { "+ " + $0 } + removed.sorted().map { "- " + $0 }
        try Data(lines.joined(separator: "\n").utf8).write(to: journal)
        let manager = FileManager.default
        for path in moves {
            let target = output.path + "/" + path
            try files.makeFolders(for: target)
            guard rename(staging.path + "/" + path, target) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [
                    NSLocalizedDescriptionKey: "\(target): \(String(cString: strerror(errno)))",
                ])
            }
        }
        var folders = Set<String>()
        for path in removed {
            unlink(output.path + "/" + path)
            var folder = (path as NSString).deletingLastPathComponent
            while !folder.isEmpty {
                folders.insert(folder)
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        for folder in folders.sorted(by: { $0.count > $1.count }) {
            rmdir(output.path + "/" + folder)
        }
        try? manager.removeItem(at: staging)
        try manager.removeItem(at: journal)
    }

    /// Removes the staging folder, leaving the output untouched.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}
