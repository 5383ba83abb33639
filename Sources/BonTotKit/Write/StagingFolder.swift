import CBonTotSystem
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A build's whole new output, made in a hidden folder beside the output and published in one
/// atomic exchange (Linux `renameat2`) only when the build succeeded: a reader, a copy to the
/// server or a kill at any moment finds the old site or the new one, whole, never a mixture and
/// never none.
///
/// The exchange leaves the previous site where the new one was made, as the spare
/// (`.output.bontot-spare`). The next build brings the spare up to date in place, touching only
/// the files that differ from it, and exchanges it in turn: two copies of the site, written
/// alternately, so an incremental build costs its changed files, not a copy of the whole site.
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
        try self.init(output: output, spare: .removed, faults: nil)
    }

    /// What a build does with the spare left beside the output by the build before.
    enum SpareUse {
        /// The new output is made in a new, empty folder.
        case removed
        /// The new output is made in the spare, whose manifest says what it holds.
        case described
        /// The new output is made in the spare, which nothing describes that this build may
        /// trust (a clean build, or the first one of another version of bontot): every file is
        /// written anew, and the builder removes what it did not write (`removeFiles(where:)`).
        /// Removing the whole spare first would cost as much as writing the site: on a file
        /// system without a journal, every file made just after freeing thousands more waits.
        case undescribed
    }

    /// A staging folder next to `output`: the spare left by the last build, as `spare` says, or
    /// a new, empty one (always when the spare is not a folder itself).
    init(output: URL, spare: SpareUse, faults: WriteFaults?) throws {
        self.output = output.standardizedFileURL
        staging = Self.spare(of: self.output)
        let reused = spare != .removed && FileWriting.isFolder(staging.path)
        if !reused { OutputLock.remove(staging) }
        holdsUndescribedFiles = reused && spare == .undescribed
        files = FileWriting(faults: faults, reusesFiles: holdsUndescribedFiles)
        try files.makeFolders(for: staging.path + "/" + OutputMarker.name)
        folder = open(staging.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    }

    /// True when the staging folder is a spare kept with files no manifest describes.
    let holdsUndescribedFiles: Bool

    /// The staging folder, open, so a file in it is looked up from there and not from `/`
    /// (`holds`, asked for every unchanged page); -1 when it could not be opened.
    private let folder: Int32

    deinit {
        if folder >= 0 { close(folder) }
    }

    /// Where the previous version of `output` is kept between builds, and the next one made.
    static func spare(of output: URL) -> URL {
        OutputLock.sibling(of: output, suffix: "spare")
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

    /// True when the staging folder holds a regular file at `path` of `size` bytes.
    func holds(_ path: String, size: Int) -> Bool {
        guard folder >= 0 else { return FileWriting.isFile(staging.path + "/" + path, size: size) }
        var info = stat()
        return fstatat(folder, path, &info, 0) == 0 && Int(info.st_size) == size && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// Removes files of the spare the new output does not have, and the folders they leave empty.
    func remove(_ paths: [String]) {
        var folders = Set<String>()
        for path in paths {
            unlink(staging.path + "/" + path)
            var folder = (path as NSString).deletingLastPathComponent
            while !folder.isEmpty {
                folders.insert(folder)
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        for folder in folders.sorted(by: { $0.count > $1.count }) {
            rmdir(staging.path + "/" + folder)
        }
    }

    /// Removes every file of the staging folder (links included, never followed) for which
    /// `unwanted` is true, given its path from the folder's root, and the folders left empty.
    func removeFiles(where unwanted: (String) -> Bool) {
        Self.removeFiles(in: staging.path, relative: "", where: unwanted)
    }

    private static func removeFiles(in folder: String, relative: String, where unwanted: (String) -> Bool) {
        guard let directory = opendir(folder) else { return }
        var entries: [(name: String, type: UInt8)] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { entries.append((name, entry.pointee.d_type)) }
        }
        closedir(directory)
        for (name, type) in entries {
            let path = folder + "/" + name
            let inside = relative.isEmpty ? name : relative + "/" + name
            if type == UInt8(DT_DIR) || (type == UInt8(DT_UNKNOWN) && FileWriting.isFolder(path)) {
                removeFiles(in: path, relative: inside, where: unwanted)
                rmdir(path)
            } else if unwanted(inside) {
                unlink(path)
            }
        }
    }

    private func count(_ bytes: Int) {
        lock.withLock {
            counts.files += 1
            counts.bytes += bytes
        }
    }

    /// Publishes the staging folder as the output in one atomic exchange; the previous output,
    /// if there was one, is left in the staging folder's place as the spare (returns true). Where
    /// the file system cannot exchange, the old output is renamed away just before the new one
    /// is renamed in, and removed.
    @discardableResult
    public func commit() throws -> Bool {
        guard FileManager.default.fileExists(atPath: output.path) else {
            if rename(staging.path, output.path) != 0 { throw WriteFailure(path: output.path) }
            return false
        }
        if bontot_exchange_paths(staging.path, output.path) == 0 { return true }
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
        return false
    }

    /// Removes the staging folder, leaving the output untouched.
    public func discard() {
        OutputLock.remove(staging)
    }
}
