import CSystem
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A build's whole new output, written into a hidden folder beside the output and published in
/// one atomic step only when the build succeeded. An incremental build fills it with hard links
/// to the unchanged files of the published output and writes only what changed, so publishing
/// is always the swap of one whole site for another: a reader, a copy to the server or a kill
/// at any moment finds the old site or the new one, whole, never a mixture and never none.
public final class StagingFolder: @unchecked Sendable {
    public let output: URL
    public let staging: URL
    private let files: FileWriting
    private let lock = NSLock()
    private var counts = (files: 0, bytes: 0)
    public var bytesWritten: Int { lock.withLock { counts.bytes } }
    public var filesWritten: Int { lock.withLock { counts.files } }

    /// Creates an empty staging folder next to `output`.
    public convenience init(output: URL) throws {
        try self.init(output: output, faults: nil)
    }

    init(output: URL, faults: WriteFaults?) throws {
        self.output = output.standardizedFileURL
        staging = OutputLock.sibling(of: self.output, suffix: "staging")
        files = FileWriting(faults: faults)
        try? FileManager.default.removeItem(at: staging)
        try files.makeFolders(for: staging.path + "/" + OutputMarker.name)
    }

    /// Writes a file at `path` (relative, `/`-separated) inside the staging folder; safe to call
    /// from several threads at once.
    public func write(_ data: Data, to path: String) throws {
        try data.withUnsafeBytes { try files.write($0, to: staging.path + "/" + path) }
        count(data.count)
    }

    public func write(_ text: String, to path: String) throws {
        var text = text
        let size = text.utf8.count
        try text.withUTF8 { try files.write(UnsafeRawBufferPointer($0), to: staging.path + "/" + path) }
        count(size)
    }

    /// Takes the published output's file at `path` unchanged into the new output, as a hard link.
    func keep(_ path: String) throws {
        try files.link(output.path + "/" + path, to: staging.path + "/" + path)
    }

    private func count(_ bytes: Int) {
        lock.withLock {
            counts.files += 1
            counts.bytes += bytes
        }
    }

    /// Publishes the staging folder as the output in one atomic exchange
    /// (Linux `renameat2`), then removes the old site. Where the file system cannot exchange, the
    /// old output is renamed away just before the new one is renamed in.
    public func commit() throws {
        guard FileManager.default.fileExists(atPath: output.path) else {
            if rename(staging.path, output.path) != 0 { throw WriteFailure(path: output.path) }
            return
        }
        if bontot_exchange_paths(staging.path, output.path) == 0 {
            OutputLock.remove(staging)
            return
        }
        guard errno == EINVAL || errno == ENOSYS || errno == ENOTSUP else { throw WriteFailure(path: output.path) }
        let retired = OutputLock.sibling(of: output, suffix: "old")
        OutputLock.remove(retired)
        if rename(output.path, retired.path) != 0 { throw WriteFailure(path: output.path) }
        if rename(staging.path, output.path) != 0 {
            let failure = WriteFailure(path: output.path)
            rename(retired.path, output.path)
            throw failure
        }
        OutputLock.remove(retired)
    }

    /// Removes the staging folder, leaving the output untouched.
    public func discard() {
        OutputLock.remove(staging)
    }
}
