import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The folders of a listing of files, each named once: which folder every file lies in, by
/// number, so that stamping tens of thousands of files looks their folder up by position, not
/// by hashing its path for each file. A sorted listing names its files folder by folder, so a
/// folder's path is made and looked up only where the listing passes into another.
struct ListedFolders {
    /// Every folder, without its last slash (`PathParts.folder(of:)`), in the order first met.
    private(set) var folders: [String] = []
    /// For each file of the listing, its folder's position in `folders`.
    private(set) var folderOfFile: [Int] = []

    init(_ paths: [String]) {
        folderOfFile.reserveCapacity(paths.count)
        var positions: [String: Int] = [:]
        var current: (path: String, slash: Int, position: Int)?
        for path in paths {
            let slash = PathParts.lastOffset(of: "/", in: path[...]) ?? path.utf8.count
            if let last = current, last.slash == slash, Self.sharePrefix(last.path, path, count: slash) {
                folderOfFile.append(last.position)
                continue
            }
            let folder = PathParts.folder(of: path)
            let position = positions[folder] ?? folders.count
            if position == folders.count {
                positions[folder] = position
                folders.append(folder)
            }
            current = (path, slash, position)
            folderOfFile.append(position)
        }
    }

    /// Whether the first `count` bytes of `first` and `second`, both at least that long, are equal.
    private static func sharePrefix(_ first: String, _ second: String, count: Int) -> Bool {
        var first = first, second = second
        return first.withUTF8 { a in
            second.withUTF8 { b in a.count >= count && b.count >= count && (count == 0 || memcmp(a.baseAddress!, b.baseAddress!, count) == 0) }
        }
    }
}
