import Foundation

/// Writes a build into a temporary folder beside the output and swaps it in only when the
/// whole build succeeded, so a failed build leaves the previous output exactly as it was.
public final class StagingFolder {
    public let output: URL
    public let staging: URL
    public private(set) var bytesWritten = 0
    public private(set) var filesWritten = 0

    /// Creates an empty staging folder next to `output`.
    public init(output: URL) throws {
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        staging = parent.appending(path: ".\(self.output.lastPathComponent).bontot-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: staging)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
    }

    /// Writes a file at `path` (relative, `/`-separated) inside the staging folder.
    public func write(_ data: Data, to path: String) throws {
        let url = staging.appending(path: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        bytesWritten += data.count
        filesWritten += 1
    }

    public func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Copies a file into the staging folder.
    public func copy(_ source: URL, to path: String) throws {
        let url = staging.appending(path: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source.resolvingSymlinksInPath(), to: url)
        bytesWritten += (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        filesWritten += 1
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
