import Foundation

/// Writes a build into a temporary folder beside the output and swaps it in only when the
/// whole build succeeded, so a failed build leaves the previous output exactly as it was.
public final class StagingFolder: @unchecked Sendable {
    public let output: URL
    public let staging: URL
    private let files = FileWriting()
    private let lock = NSLock()
    private var counts = (files: 0, bytes: 0)
    public var bytesWritten: Int { lock.withLock { counts.bytes } }
    public var filesWritten: Int { lock.withLock { counts.files } }

    /// Creates an empty staging folder next to `output`.
    public init(output: URL) throws {
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        staging = parent.appending(path: ".\(self.output.lastPathComponent).bontot-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: staging)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
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

    private func count(_ bytes: Int) {
        lock.withLock {
            counts.files += 1
            counts.bytes += bytes
        }
    }

    /// Replaces the output folder with the staging folder.
    public func commit() throws {
        let manager = FileManager.default
        let retired = staging.deletingLastPathComponent().appending(path: staging.lastPathComponent + "-old")
        try? manager.removeItem(at: retired)
        if manager.fileExists(atPath: output.path) {
            try manager.moveItem(at: output, to: retired)
        }
        do {
            try manager.moveItem(at: staging, to: output)
        } catch {
            if manager.fileExists(atPath: retired.path) { try? manager.moveItem(at: retired, to: output) }
            throw error
        }
        try? manager.removeItem(at: retired)
    }

    /// Removes the staging folder, leaving the output untouched.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}
