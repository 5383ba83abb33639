import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file's size and modification time as the file system tells them: when both are unchanged,
/// the file is taken as unchanged.
struct FileStamp: Codable, Hashable, Sendable {
    var size: Int
    var seconds: Int
    var nanoseconds: Int

    /// The stamp of the file at `path`, or nil when it cannot be read.
    init?(path: String) {
        guard let info = Self.status(of: path) else { return nil }
        self.init(info)
    }

    /// What `stat` tells of the file at `path` (links followed); nil when it cannot be read.
    static func status(of path: String) -> stat? {
        var info = stat()
        return stat(path, &info) == 0 ? info : nil
    }

    /// The stamp of what `stat` told of a file.
    init(_ info: stat) {
        size = Int(info.st_size)
        seconds = Int(info.st_mtim.tv_sec)
        nanoseconds = Int(info.st_mtim.tv_nsec)
    }
}
