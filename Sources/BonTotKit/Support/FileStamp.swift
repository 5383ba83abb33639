import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file's size, modification time and change time as the file system tells them: when all
/// are unchanged, the file is taken as unchanged. The change time (`st_ctim`) moves on every
/// write and can be set by no program, so a file given back its old modification time (`touch
/// -r`, a copy or a restore from a backup that keeps times) with its old size is still seen as
/// changed.
struct FileStamp: Codable, Hashable, Sendable {
    var size: Int
    var seconds: Int
    var nanoseconds: Int
    var changeSeconds: Int
    var changeNanoseconds: Int

    /// How many seconds after its last change a file's stamp tells any later change apart. Some
    /// file systems keep times to 2 s (FAT and exFAT on USB sticks, some network shares): a file
    /// changed twice within that time may keep its size and both times.
    static let settling = 2

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
        changeSeconds = Int(info.st_ctim.tv_sec)
        changeNanoseconds = Int(info.st_ctim.tv_nsec)
    }

    /// True when the file had not changed for `settling` seconds before `time` (seconds since
    /// 1970, as the same file system counts them): a stamp taken by then tells any later change
    /// apart. What was kept under a stamp taken sooner is read again, as git does with an index
    /// entry as new as the index itself.
    func isSettled(at time: Int) -> Bool {
        time - Swift.max(seconds, changeSeconds) > Self.settling
    }

    /// Counts the stamp into `hasher`.
    func combine(into hasher: inout StableHasher) {
        for part in [size, seconds, nanoseconds, changeSeconds, changeNanoseconds] { hasher.combine(part) }
    }
}
