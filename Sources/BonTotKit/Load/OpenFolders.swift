import Foundation

/// The folders of a listing, held open while their files are stamped, so that each file is
/// looked up from its folder (`fstatat`) instead of walking its whole path again: stamping the
/// 38,000 files of a large site is most of what a rebuild reads.
final class OpenFolders: @unchecked Sendable {
    /// At most this many folders are held open; the files of others are looked up by path.
    static let limit = 256
    /// The descriptor of each folder of the listing by its position (`ListedFolders`), -1 for
    /// one not held open.
    private let descriptors: [Int32]

    /// Opens the folders of `listed` for which `opens` is true, at most `limit` of them.
    init(_ listed: ListedFolders, opening opens: (Int) -> Bool) {
        var descriptors = [Int32](repeating: -1, count: listed.folders.count)
        var opened = 0
        for (position, folder) in listed.folders.enumerated() where opened < Self.limit && opens(position) {
            descriptors[position] = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if descriptors[position] >= 0 { opened += 1 }
        }
        self.descriptors = descriptors
    }

    deinit {
        for descriptor in descriptors where descriptor >= 0 { close(descriptor) }
    }

    /// The `lstat` of `path`, whose folder is the listing's folder at `position`, `nameOffset`
    /// bytes long with its slash; false when there is no such file.
    func status(of path: String, folder position: Int, nameOffset: Int, into info: inout stat) -> Bool {
        let descriptor = descriptors[position]
        guard descriptor >= 0, nameOffset < path.utf8.count else { return lstat(path, &info) == 0 }
        return path.withCString { fstatat(descriptor, $0 + nameOffset, &info, AT_SYMLINK_NOFOLLOW) } == 0
    }
}
