import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a whole file with plain system calls (open, fstat, read): a build reads thousands of
/// small files, and Foundation's file APIs ask the file system for more than the bytes.
enum FileBytes {
    /// What reading a file gave.
    enum Outcome {
        case bytes(Data)
        /// The file is larger than the limit asked for, and was not read.
        case tooLarge(Int)
        case unreadable
    }

    /// The bytes of the regular file at `path`, unless it has more than `limit` bytes. Anything
    /// else (a folder, a named pipe, a device) is unreadable: it is opened without waiting, so a
    /// pipe left in a site cannot hang the build.
    static func read(_ path: String, limit: Int) -> Outcome {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .unreadable }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return .unreadable }
        let size = Int(info.st_size)
        if size > limit { return .tooLarge(size) }
        var data = Data(count: size)
        var filled = 0
        let complete = data.withUnsafeMutableBytes { buffer -> Bool in
            while filled < size {
                let count = Glibc.read(descriptor, buffer.baseAddress! + filled, size - filled)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { return false }
                filled += count
            }
            return true
        }
        // A file that grew while being read is read again by the next build; one that shrank
        // is taken as it was.
        guard complete || filled > 0 || size == 0 else { return .unreadable }
        return .bytes(complete ? data : data.prefix(filled))
    }
}
