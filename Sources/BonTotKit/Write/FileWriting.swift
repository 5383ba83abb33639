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
    /// The folder written into, when it may hold files no record describes (a spare kept from
    /// an earlier build that is not trusted, `StagingFolder.SpareUse.undescribed`): then each
    /// folder on the way to a file is checked, from the top down, to be a folder itself (a link
    /// or a file there is replaced, never followed out of the folder), what stands where a file
    /// goes is cleared away, and a file with no other name is written through rather than
    /// replaced, when it has the owner and the mode a new file would have.
    private let reusedRoot: String?
    private var reusesFiles: Bool { reusedRoot != nil }
    /// The folder written into when it is a spare trusted for what its manifest says it holds
    /// (`StagingFolder.SpareUse.described`): each folder on the way to a file is checked once,
    /// from the top down, to be a folder itself. A link left there (made by hand in the output
    /// it was, `chi-bo -> /srv/x`) is replaced by a folder, never followed: it may lead into the
    /// published output.
    private let checkedRoot: String?
    /// The modes a new file and a new folder get (0644 and 0755 under the process's umask).
    private let modes: (file: mode_t, folder: mode_t)
    /// The group of a web root shared by a group (`SharedGroup`), which every folder of the
    /// reused folder is given, with the set-group-ID bit, and every file written there takes.
    private let group: gid_t?
    /// The group of a web root shared by a group, for a build into a folder it trusts (not
    /// reused): each folder written into is given it and the set-group-ID bit when it lacks them
    /// (`mendedFolders`), a few calls for each, so the pages made there take the group.
    private let mendedGroup: gid_t?
    private var mended = false
    /// True when a folder written into had lost the web root's group or set-group-ID bit (in a
    /// reused folder too, given `group`).
    var mendedFolders: Bool { lock.withLock { mended } }

    /// `faults` makes chosen operations fail as a full or read-only disk would (tests only);
    /// `reusing` is the folder written into when it may hold files of its own (see `reusedRoot`),
    /// its folders given `group` when one shares the web root holding it.
    /// `checking` is the folder written into when it is a trusted spare (see `checkedRoot`).
    init(faults: WriteFaults? = nil, reusing root: String? = nil, checking spare: String? = nil, group: gid_t? = nil) {
        self.faults = faults
        reusedRoot = root
        checkedRoot = root == nil ? spare : nil
        self.group = root == nil ? nil : group
        mendedGroup = root == nil ? group : nil
        let mask = root == nil ? 0 : Self.umask()
        modes = (0o644 & ~mask, 0o755 & ~mask)
        if let root { folders.insert(root) }
    }

    /// Writes `bytes` to the file at `path` (absolute), making its folders. The file is made
    /// new: whatever was at `path` is removed first, never written through, since it may be a
    /// hard link into the published output. Only in a reused folder, a file there with no other
    /// name is written through, which spares the file system freeing its inode and taking
    /// another.
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
            if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_nlink == 1,
               info.st_mode & 0o7777 == modes.file, info.st_uid == geteuid(), group.map({ info.st_gid == $0 }) ?? true {
                let descriptor = open(path, O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC)
                if descriptor >= 0 { return descriptor }
            }
        }
        // A new file, unless something is there already (in a new folder, nearly never): then
        // that is cleared away first, and never written through.
        var descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        var cleared: Int32?
        if descriptor < 0 && errno == EEXIST {
            cleared = clear(path)
            descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        // "File exists" would hide why: the old file could not be removed (locked, immutable).
        guard descriptor >= 0 else { throw WriteFailure(path: path, code: errno == EEXIST ? cleared ?? EEXIST : errno) }
        return descriptor
    }

    /// Removes what is at `path`, so a file can be made there: a file or a link, or, in a
    /// folder that `reusesFiles`, a whole folder left by an earlier build. The system's error
    /// number when something is still there.
    @discardableResult
    private func clear(_ path: String) -> Int32? {
        guard unlink(path) != 0 else { return nil }
        let code = errno
        if reusesFiles, code == EISDIR || code == EPERM {
            try? FileManager.default.removeItem(atPath: path)
        }
        var info = stat()
        return lstat(path, &info) == 0 ? code : nil
    }

    /// Makes the file at `path` a second name of the file at `source`, without copying its bytes;
    /// where the file system has no hard links, copies them.
    func link(_ source: String, to path: String) throws {
        try makeFolders(for: path)
        try inject(path)
        let cleared = clear(path)
        if Glibc.link(source, path) == 0 { return }
        let code = errno == EEXIST ? cleared ?? EEXIST : errno
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
        if reusesFiles { return try makeReusedFolder(folder) }
        if let checkedRoot, folder.hasPrefix(checkedRoot + "/") { return try makeCheckedFolder(folder) }
        if mkdir(folder, 0o755) != 0 {
            let code = errno
            if code == ENOENT, let slash = folder.lastIndex(of: "/") {
                try makeFolder(String(folder[..<slash]))
                if mkdir(folder, 0o755) != 0 && errno != EEXIST { throw WriteFailure(path: folder) }
            } else if code != EEXIST {
                throw WriteFailure(path: folder, code: code)
            }
        }
        mendGroup(of: folder)
    }

    /// Makes `folder` inside the trusted spare from the top down, each folder above it made or
    /// checked first: a folder that is there is kept; anything else there (a link, to the
    /// published output or to itself, or a file) is replaced by a new folder, and what the
    /// spare held through it is written anew.
    private func makeCheckedFolder(_ folder: String) throws {
        let slash = folder.lastIndex(of: "/")!
        try makeFolder(String(folder[..<slash]))
        var info = stat()
        guard lstat(folder, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR else {
            // Another thread may be doing the same: what counts is a folder in the end.
            unlink(folder)
            if mkdir(folder, 0o755) != 0 && !(errno == EEXIST && Self.isFolder(folder)) { throw WriteFailure(path: folder) }
            return mendGroup(of: folder)
        }
        // One look at the folder for both checks: an incremental build asks for every folder.
        mendGroup(of: folder, holding: info.st_mode & S_ISGID != 0 && mendedGroup.map { info.st_gid == $0 } ?? true)
    }

    /// Gives `folder` the group of a web root shared by a group and the set-group-ID bit when it
    /// lacks them (`mendedGroup`), and remembers it as made; `holding` when it is known to have them.
    private func mendGroup(of folder: String, holding: Bool = false) {
        if let mendedGroup, !holding, !SharedGroup.holds(folder, group: mendedGroup) {
            SharedGroup.mend(folder, group: mendedGroup)
            lock.withLock { mended = true }
        }
        lock.withLock { _ = folders.insert(folder) }
    }

    /// Makes `folder` inside the reused folder from the top down, each folder above it made or
    /// checked first: a folder that is there is kept (with a new folder's mode, and the
    /// set-group-ID bit it has, as a folder made anew in a web root shared by a group takes it:
    /// the files made in it keep that group), anything else there (a file, a link, to a folder
    /// outside or to itself) is replaced by a folder.
    private func makeReusedFolder(_ folder: String) throws {
        guard let slash = folder.lastIndex(of: "/"), folder.hasPrefix(reusedRoot! + "/") else {
            throw WriteFailure(path: folder, code: EINVAL)
        }
        try makeFolder(String(folder[..<slash]))
        var info = stat()
        if lstat(folder, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
            let shared = group == nil ? info.st_mode & S_ISGID : S_ISGID
            if let group, info.st_mode & S_ISGID == 0 || info.st_gid != group { lock.withLock { mended = true } }
            if info.st_mode & 0o7777 != modes.folder | shared { chmod(folder, modes.folder | shared) }
            if let group, info.st_gid != group { SharedGroup.give(folder, group: group) }
        } else {
            // Another thread may be doing the same: what counts is a folder in the end.
            unlink(folder)
            if mkdir(folder, 0o755) != 0 && !(errno == EEXIST && Self.isFolder(folder)) { throw WriteFailure(path: folder) }
        }
        lock.withLock { _ = folders.insert(folder) }
    }

    /// The process's umask, read without changing it (`umask(2)` can only set it); 022 when
    /// the system does not tell.
    static func umask() -> mode_t {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
              let mask = mode_t(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8)
        else { return 0o022 }
        return mask
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
    /// For each file or folder the build or the preview locks, the `errno` `flock` should fail
    /// with (`ENOLCK`, a network share that locks nothing), or nil.
    var lock: @Sendable (String) -> Int32? = { _ in nil }
}
