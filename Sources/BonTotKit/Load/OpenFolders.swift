import Foundation

/// The folders of a listing, held open while their files are stamped, so that each file is
/// looked up from its folder (`fstatat`) instead of walking its whole path again: stamping the
/// 38,000 files of a large site is most of what a rebuild reads.
final class OpenFolders: @unchecked Sendable {
    /// At most this many folders are held open; the files of others are looked up by path.
    static let limit = 256
    private let descriptors: [String: Int32]

    init(_ folders: Set<String>) {
        var descriptors: [String: Int32] = [:]
        for folder in folders.prefix(Self.limit) {
            let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if descriptor >= 0 { descriptors[folder] = descriptor }
        }
        self.descriptors = descriptors
    }

    deinit {
        for descriptor in descriptors.values { close(descriptor) }
    }

    /// The `lstat` of `path`, whose folder is `folder` (its path up to its last slash); false
    /// when there is no such file.
    func status(of path: String, folder: String, into info: inout stat) -> Bool {
        let nameOffset = folder.utf8.count + 1
        guard let descriptor = descriptors[folder], nameOffset < path.utf8.count else { return lstat(path, &info) == 0 }
        return path.withCString { fstatat(descriptor, $0 + nameOffset, &info, AT_SYMLINK_NOFOLLOW) } == 0
    }
}
