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
/// Both are open to their owner alone (`PrivateFolder`) but for the moment they are published.
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
        try self.init(output: output, spare: .fresh, faults: nil)
    }

    /// What a build does with the spare left beside the output by the build before.
    enum SpareUse {
        /// The new output is made in a new, empty folder (the spare removed).
        case fresh
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
        let reused = spare != .fresh && FileWriting.isFolder(staging.path)
        if !reused { OutputLock.remove(staging) }
        holdsUndescribedFiles = reused && spare == .undescribed
        let rootGroup = SharedGroup.of(output: self.output)
        // A group the clerk may not give is left alone: mending it would fail, folder after
        // folder, and the spare, never found whole, would be dropped at every build.
        let webGroup = rootGroup.flatMap { SharedGroup.isMember($0) ? $0 : nil }
        groupNotGiven = webGroup == nil ? rootGroup : nil
        sharedGroup = spare == .undescribed ? webGroup : nil
        pageGroup = spare == .undescribed ? nil : webGroup
        files = FileWriting(faults: faults, reusing: holdsUndescribedFiles ? staging.path : nil,
                            checking: reused && spare == .described ? staging.path : nil, group: webGroup)
        try files.makeFolders(for: staging.path + "/" + OutputMarker.name)
        if let sharedGroup { SharedGroup.mend(staging.path, group: sharedGroup) }
        PrivateFolder.makePrivate(staging.path)
        folder = open(staging.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    }

    /// The group of a web root shared by a group holding the output when the clerk is no
    /// member of it (`SharedGroup.notMemberWarning`): the site is made without it.
    let groupNotGiven: gid_t?

    /// True when the staging folder is a spare kept with files no manifest describes.
    let holdsUndescribedFiles: Bool

    /// The group of a web root shared by a group holding the output (`SharedGroup`), for a
    /// build trusting nothing of the spare (a clean one): its folders are given the group and
    /// the set-group-ID bit, and a published output without them is not kept as the spare.
    private let sharedGroup: gid_t?

    /// The group of a web root shared by a group, for a build trusting the spare (an ordinary
    /// one): the pages it holds unchanged are checked to have it, at no cost (`holds`).
    private let pageGroup: gid_t?
    private var pageLost = false

    /// True when the site being made has a folder written into that had lost the group of the
    /// web root shared by a group holding it, or a page held unchanged of another group
    /// (`SharedGroup.lostWarning`); never for a clean build, which mends them all.
    var lostSharedGroup: Bool {
        pageGroup != nil && (files.mendedFolders || lock.withLock { pageLost })
    }

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

    /// True when every folder holding a file the spare's manifest lists was checked at once
    /// (`checkFolders(of:)`), so `holds` need not look up each page's folders.
    private var foldersChecked = false

    /// Checks, before any file is taken from the spare, each folder holding one of `files`
    /// (what the spare's manifest lists) once: a link left there is replaced by a folder, and a
    /// folder that lost the group of a web root shared by a group is mended (`FileWriting`).
    /// Every such folder is checked by the end of a build anyway (its files kept, written or
    /// removed); done here, `holds`, asked for every unchanged page, only looks at the file. A
    /// folder that could not be checked leaves `holds` checking each page's folders itself.
    func checkFolders<Files: Sequence>(of files: Files) where Files.Element == String {
        let root = staging.path
        var seen = Set<Substring>()
        var checked = true
        for file in files {
            guard let slash = file.lastIndex(of: "/") else { continue }
            let folder = file[..<slash]
            if seen.insert(folder).inserted, (try? self.files.makeFolders(for: root + "/" + folder + "/")) == nil { checked = false }
        }
        foldersChecked = checked
    }

    /// True when the staging folder holds a regular file at `path` of `size` bytes.
    func holds(_ path: String, size: Int) -> Bool {
        // Its folders checked first: a link left in the spare is never trusted to hold the page.
        if !foldersChecked, (try? files.makeFolders(for: staging.path + "/" + path)) == nil { return false }
        guard folder >= 0 else { return FileWriting.isFile(staging.path + "/" + path, size: size) }
        var info = stat()
        guard fstatat(folder, path, &info, AT_SYMLINK_NOFOLLOW) == 0 && Int(info.st_size) == size && (info.st_mode & S_IFMT) == S_IFREG else { return false }
        if let pageGroup, info.st_gid != pageGroup { lock.withLock { pageLost = true } }
        return true
    }

    /// Removes files of the spare the new output does not have, and the folders they leave empty.
    func remove(_ paths: [String]) {
        var folders = Set<String>()
        for path in paths {
            // Its folders checked first: a link left in the spare is replaced by a folder, left
            // empty and removed below, and what it leads to (the published output) is not touched.
            try? files.makeFolders(for: staging.path + "/" + path)
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
    /// Entries are reached from their folder's descriptor by their names' own bytes, so a name
    /// that is not UTF-8 (never one the build wrote) is removed too. Throws for the first entry
    /// that could be neither read nor removed (a folder of another user's): the new output
    /// would not be the site alone.
    func removeFiles(where unwanted: (String) -> Bool) throws {
        var failed: [String] = []
        let root = open(staging.path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if root >= 0 { Self.removeFiles(in: root, relative: "", all: false, where: unwanted, failed: &failed) } else { failed.append("") }
        if let first = failed.first { throw WriteFailure(path: staging.path + (first.isEmpty ? "" : "/" + first)) }
    }

    /// Walks the open folder `descriptor` (closed when done), at `relative` from the root,
    /// removing every file in it when `all` (a folder whose name is not UTF-8).
    private static func removeFiles(in descriptor: Int32, relative: String, all: Bool, where unwanted: (String) -> Bool,
                                    failed: inout [String]) {
        guard let directory = fdopendir(descriptor) else {
            close(descriptor)
            failed.append(relative)
            return
        }
        defer { closedir(directory) }
        var entries: [(name: [CChar], type: UInt8)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                Array(bytes.bindMemory(to: CChar.self).prefix { $0 != 0 }) + [0]
            }
            if name != [0x2E, 0] && name != [0x2E, 0x2E, 0] { entries.append((name, entry.pointee.d_type)) }
        }
        let folder = dirfd(directory)
        for (name, type) in entries {
            // A name that is not UTF-8 is no file of the site's: all of it goes.
            let inside = String(validating: name.dropLast().map(UInt8.init(bitPattern:)), as: UTF8.self).map { relative.isEmpty ? $0 : relative + "/" + $0 }
            var isFolder = type == UInt8(DT_DIR)
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                isFolder = fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder {
                let child = openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                if child >= 0 {
                    removeFiles(in: child, relative: inside ?? relative, all: all || inside == nil, where: unwanted, failed: &failed)
                } else {
                    failed.append(inside ?? relative)
                }
                // Left when the site still has files in it.
                unlinkat(folder, name, AT_REMOVEDIR)
            } else if all || inside.map(unwanted) ?? true, unlinkat(folder, name, 0) != 0, errno != ENOENT {
                failed.append(inside ?? relative)
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
    /// is renamed in, and removed. The new output takes the published one's mode, and the spare
    /// is closed to all but its owner at once (`PrivateFolder`).
    @discardableResult
    public func commit() throws -> Bool {
        PrivateFolder.makePublic(staging.path, as: output)
        guard FileManager.default.fileExists(atPath: output.path) else {
            if rename(staging.path, output.path) != 0 { throw WriteFailure(path: output.path) }
            return false
        }
        if bontot_exchange_paths(staging.path, output.path) == 0 {
            // The next build would publish it again, folders and pages out of the group's reach:
            // likely so too when the site just made had lost the group (an ordinary build mends
            // the folders it writes into, the published output's own among them).
            if sharedGroup != nil && (files.mendedFolders || !SharedGroup.holds(staging.path, like: output.path)) {
                discard()
                return false
            }
            PrivateFolder.makePrivate(staging.path)
            return true
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
        return false
    }

    /// Removes the staging folder, leaving the output untouched.
    public func discard() {
        OutputLock.remove(staging)
    }
}
