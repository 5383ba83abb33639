import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files with plain system calls: the folders a file needs are made once and
/// remembered, and nothing is flushed to disk file by file (the swap of the whole output is
/// what makes a build atomic). Safe to use from several threads at once.
final class FileWriting: @unchecked Sendable {
    private let lock = NSLock()
    private var folders: Set<String> = []

    /// Writes `bytes` to the file at `path` (absolute), making its folders.
    func write(_ bytes: UnsafeRawBufferPointer, to path: String) throws {
        try makeFolders(for: path)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Self.failure(path) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw Self.failure(path)
            }
            offset += written
        }
    }

    /// Makes the folders above `path`, each once.
    func makeFolders(for path: String) throws {
        guard let slash = path.lastIndex(of: "/") else { return }
        try makeFolder(String(path[..<slash]))
    }

    private func makeFolder(_ folder: String) throws {
        if folder.isEmpty || isKnown(folder) { return }
        if mkdir(folder, 0o755) != 0 {
            let code = errno
            if code == ENOENT, let slash = folder.lastIndex(of: "/") {
                try makeFolder(String(folder[..<slash]))
                if mkdir(folder, 0o755) != 0 && errno != EEXIST { throw Self.failure(folder) }
            } else if code != EEXIST {
                throw Self.failure(folder)
            }
        }
        lock.withLock { _ = folders.insert(folder) }
    }

    private func isKnown(_ folder: String) -> Bool {
        lock.withLock { folders.contains(folder) }
    }

    private static func failure(_ path: String) -> Error {
        let code = errno
        return CocoaError(.fileWriteUnknown, userInfo: [
            NSFilePathErrorKey: path,
            NSLocalizedDescriptionKey: "\(path): \(String(cString: strerror(code)))",
        ])
    }
}
