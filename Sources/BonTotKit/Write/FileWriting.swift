import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files with plain system calls: the folders a file needs are made once and
/// remembered, and nothing is flushed to disk file by file (the atomic publication of the whole
/// output is what makes a build safe). Safe to use from several threads at once.
final class FileWriting: @unchecked Sendable {
    private let lock = NSLock()
    private var folders: Set<String> = []
    private let faults: WriteFaults?
    /// True when the folder written into may hold files no record describes (a spare kept from
    /// an earlier build that is not trusted): what stands where a file or a folder goes is
    /// cleared away, and a file with no other name is written through rather than replaced.
    private let reusesFiles: Bool

    /// `faults` makes chosen operations fail as a full or read-only disk would (tests only).
    init(faults: WriteFaults? = nil, reusesFiles: Bool = false) {
        self.faults = faults
        self.reusesFiles = reusesFiles
    }

    /// Writes `bytes` to the file at `path` (absolute), making its folders. A file already at
    /// `path` is unlinked first, never written through, since it may be a hard link into the
    /// published output; only when `reusesFiles` and it has no other name is it written
    /// through, which spares the file system freeing its inode and taking another.
    func write(_ bytes: UnsafeRawBufferPointer, to path: String) throws {
        try makeFolders(for: path)
        try inject(path)
        let descriptor = try openForWriting(path)
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw WriteFailure(path: path)
            }
            offset += written
        }
    }

    private func openForWriting(_ path: String) throws -> Int32 {
        if reusesFiles {
            var info = stat()
            if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_nlink == 1 {
                let descriptor = open(path, O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC)
                if descriptor >= 0 { return descriptor }
            }
        }
        // A new file, unless something is there already (in a new folder, nearly never): then
        // that is cleared away first, and never written through.
        var descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if descriptor < 0 && errno == EEXIST {
            clear(path)
            descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { throw WriteFailure(path: path) }
        return descriptor
    }

    /// Removes what is at `path`, so a file can be made there: a file or a link, or, in a
    /// folder that `reusesFiles`, a whole folder left by an earlier build.
    private func clear(_ path: String) {
        if unlink(path) != 0, reusesFiles, errno == EISDIR || errno == EPERM {
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// Makes the file at `path` a second name of the file at `source`, without copying its bytes;
    /// where the file system has no hard links, copies them.
    func link(_ source: String, to path: String) throws {
        try makeFolders(for: path)
        try inject(path)
        clear(path)
        if Glibc.link(source, path) == 0 { return }
        let code = errno
        guard [EXDEV, EPERM, EMLINK, ENOTSUP, EOPNOTSUPP].contains(code) else { throw WriteFailure(path: path, code: code) }
        let data = try Data(contentsOf: URL(fileURLWithPath: source))
        try data.withUnsafeBytes { try write($0, to: path) }
    }

    /// True when `path` is a regular file of `size` bytes.
    static func isFile(_ path: String, size: Int) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && Int(info.st_size) == size && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// Makes the folders above `path`, each once.
    func makeFolders(for path: String) throws {
        guard let slash = path.lastIndex(of: "/") else { return }
        try makeFolder(String(path[..<slash]))
    }

    private func makeFolder(_ folder: String) throws {
        if folder.isEmpty || isKnown(folder) { return }
        try inject(folder)
        if mkdir(folder, 0o755) != 0 {
            let code = errno
            // No folder above it yet, or (in a reused folder) a file where that one goes.
            if code == ENOENT || (code == ENOTDIR && reusesFiles), let slash = folder.lastIndex(of: "/") {
                try makeFolder(String(folder[..<slash]))
                if mkdir(folder, 0o755) != 0 && errno != EEXIST { throw WriteFailure(path: folder) }
            } else if code == EEXIST, reusesFiles, !Self.isFolder(folder) {
                // A file or a link where the folder goes: a link is never followed out.
                // Another thread may be doing the same: what counts is a folder in the end.
                unlink(folder)
                if mkdir(folder, 0o755) != 0 && !(errno == EEXIST && Self.isFolder(folder)) { throw WriteFailure(path: folder) }
            } else if code != EEXIST {
                throw WriteFailure(path: folder, code: code)
            }
        }
        lock.withLock { _ = folders.insert(folder) }
    }

    /// True when `path` is a folder itself, not a link to one.
    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    private func isKnown(_ folder: String) -> Bool {
        lock.withLock { folders.contains(folder) }
    }

    private func inject(_ path: String) throws {
        if let code = faults?.error(path) { throw WriteFailure(path: path, code: code) }
    }
}

/// Failures to inject into a build's writes, to test what a full or read-only disk does: for
/// each path the build is about to create, the `errno` it should fail with, or nil.
struct WriteFaults: Sendable {
    let error: @Sendable (String) -> Int32?
}
