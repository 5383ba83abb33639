import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Notices edits of a site by looking, every so often, at the size and modification time of
/// `site.yaml` and of every file of `content/` and `templates/`: portable, and enough for a
/// preview. A change is reported once the files have stopped changing for one interval, so a
/// save that writes several files triggers one build.
struct SiteWatcher: Sendable {
    let root: URL
    let interval: Duration

    /// Path → (modification time in nanoseconds, size) of every watched file.
    typealias Snapshot = [String: FileStamp]

    struct FileStamp: Equatable {
        var modified: Int64
        var size: Int64
    }

    /// The watched files as they are now.
    func snapshot() -> Snapshot {
        var stamps: Snapshot = [:]
        stamp("site.yaml", into: &stamps)
        for folder in ["content", "templates"] {
            guard let walker = FileManager.default.enumerator(atPath: root.appending(path: folder).path) else { continue }
            while let relative = walker.nextObject() as? String {
                stamp(folder + "/" + relative, into: &stamps)
            }
        }
        return stamps
    }

    private func stamp(_ path: String, into stamps: inout Snapshot) {
        var info = stat()
        guard stat(root.appending(path: path).path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return }
        stamps[path] = FileStamp(modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                                 size: Int64(info.st_size))
    }

    /// Calls `changed` after each settled change, until the task is cancelled.
    func watch(changed: @Sendable () async -> Void) async {
        var last = snapshot()
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            var now = snapshot()
            guard now != last else { continue }
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                let settled = snapshot()
                if settled == now { break }
                now = settled
            }
            if Task.isCancelled { return }
            last = now
            await changed()
        }
    }
}
