import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Keeps two builds from publishing into the same output at once, and clears what a build that
/// was killed left beside the output (its staging folder), which only a build holding the lock
/// may safely do. The lock is on the folder holding the output, so it leaves no file behind and
/// is released by the system when the process ends, however it ends.
final class OutputLock {
    private let descriptor: Int32

    /// Waits for the lock of `output`'s folder (made if missing), then removes the leftovers of
    /// earlier builds. `waiting` is called once, before waiting, when another build holds it. A
    /// folder whose system locks nothing (a network share) is written unlocked, as by a lone build.
    init(output: URL, faults: WriteFaults? = nil, waiting: () -> Void = {}) throws {
        let parent = output.deletingLastPathComponent().path
        try FileWriting().makeFolders(for: output.path)
        descriptor = open(parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw WriteFailure(path: parent) }
        if FileLock.take(descriptor, path: parent, waits: false, faults: faults) == .busy {
            waiting()
            _ = FileLock.take(descriptor, path: parent, waits: true, faults: faults)
        }
        Self.removeLeftovers(of: output, faults: faults)
    }

    /// The line a build says when it has to wait for the lock of `output`: for the `bontot serve`
    /// previewing it (named by its address) or another build.
    static func waitingLine(output: URL) -> String {
        if let address = PreviewMark.holder(of: output) {
            return "Đang chờ bontot serve (đang xem trước trang này tại \(address.isEmpty ? "cửa sổ lệnh khác" : address)) "
                + "dựng xong rồi mới ghi vào \(output.path) / waiting for bontot serve's build"
        }
        return "Đang chờ một lần dựng khác đang ghi vào \(output.path) (bontot build hoặc bontot serve trong cửa sổ lệnh khác) "
            + "xong rồi mới ghi / waiting for another build"
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// The hidden entry beside `output` for one of bontot's own uses: `.output.bontot-<suffix>`.
    static func sibling(of output: URL, suffix: String) -> URL {
        output.deletingLastPathComponent().appending(path: ".\(output.lastPathComponent).bontot-\(suffix)")
    }

    /// Removes every `.output.bontot-*` entry beside `output` but the spare (whose state the
    /// site's cache knows) and the mark of a running `bontot serve`: old outputs a killed build
    /// did not remove, staging folders and journals of earlier versions, the mark of a killed
    /// serve.
    static func removeLeftovers(of output: URL, faults: WriteFaults? = nil) {
        let prefix = sibling(of: output, suffix: "").lastPathComponent
        let spare = StagingFolder.spare(of: output).lastPathComponent
        let mark = PreviewMark.file(of: output).lastPathComponent
        let parent = output.deletingLastPathComponent()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for name in names where name.hasPrefix(prefix) && name != spare {
            if name == mark {
                PreviewMark.removeIfLeftOver(of: output, faults: faults)
            } else {
                remove(parent.appending(path: name))
            }
        }
    }

    /// Removes a file or a whole folder, quietly.
    static func remove(_ url: URL) {
        try? FileManager.default.removeItem(at: url)
    }
}
