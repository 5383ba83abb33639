import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An advisory lock (`flock`) on an open file or folder, as the build lock and the preview's
/// mark take it. A system that locks nothing there (some network shares: `ENOLCK`, or `EBADF`
/// for a file open only to read, as NFS has it) is told apart from a lock another process holds,
/// so that bontot runs unlocked there, as before it locked, rather than wait or refuse forever.
enum FileLock {
    /// What trying the lock found.
    enum Outcome: Equatable {
        /// This process holds the lock now.
        case taken
        /// Another process holds it (only when not waiting).
        case busy
        /// The file system takes no lock there.
        case unsupported
    }

    /// Takes the exclusive lock of `descriptor` (the file or folder `path`), waiting for it when
    /// `waits`; `faults` stands in for the system's answer in tests.
    static func take(_ descriptor: Int32, path: String, waits: Bool, faults: WriteFaults?) -> Outcome {
        if let code = faults?.lock(path) { return code == EWOULDBLOCK ? .busy : .unsupported }
        while flock(descriptor, LOCK_EX | (waits ? 0 : LOCK_NB)) != 0 {
            switch errno {
            case EINTR: continue
            case EWOULDBLOCK: return .busy
            default: return .unsupported
            }
        }
        return .taken
    }
}
