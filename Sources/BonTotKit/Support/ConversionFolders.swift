import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The temporary folders LibreOffice converts in, each holding a copy of the clerk's document,
/// LibreOffice's profile and what it wrote. A conversion removes its folder when it ends; a
/// bontot ended by a signal while LibreOffice ran (Ctrl-C, SIGTERM, SIGKILL) cannot, so each
/// folder is named with the process id of the bontot that made it, and every conversion first
/// removes the folders of each bontot that no longer runs: the build after a stopped one (which
/// converts the document again) leaves no copy behind. A folder is removed only when, besides,
/// it was last changed longer ago than any conversion may run (`leftoverAge`): a bontot in a
/// container sharing the temporary folder with the machine has process ids of another
/// namespace, and its live conversion's id may look ended. Only the bontot that made a folder
/// can read it.
enum ConversionFolders {
    /// How every folder's name begins, then the process id, a dash and a UUID.
    static let prefix = "bontot-libreoffice-"

    /// How long ago, in seconds, a folder must have been last changed to be removed: longer than
    /// the longest a conversion may run (`LibreOfficeConverter.timeout`), with a margin for a
    /// folder of many documents and a busy machine.
    static let leftoverAge: TimeInterval = LibreOfficeConverter.timeout + 10 * 60

    /// A new folder for this bontot in `parent` (the temporary folder by default), made after
    /// removing the folders left by a bontot that ended.
    static func make(in parent: URL = FileManager.default.temporaryDirectory) throws -> URL {
        removeLeftovers(in: parent)
        let folder = parent.appending(path: "\(prefix)\(getpid())-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        return folder
    }

    /// Removes each folder in `parent` whose bontot no longer runs and that was last changed
    /// more than `leftoverAge` before `now`. A folder named otherwise (an earlier bontot's,
    /// without a process id) is left, as it may be in use.
    static func removeLeftovers(in parent: URL, now: Date = Date()) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names {
            guard let owner = owner(ofFolderNamed: name), !isRunning(owner) else { continue }
            let folder = parent.appending(path: name)
            guard let changed = (try? FileManager.default.attributesOfItem(atPath: folder.path))?[.modificationDate] as? Date,
                  now.timeIntervalSince(changed) > leftoverAge else { continue }
            try? FileManager.default.removeItem(at: folder)
        }
    }

    /// The process id in a folder's name; nil for a name not made by `make`.
    static func owner(ofFolderNamed name: String) -> pid_t? {
        guard name.hasPrefix(prefix) else { return nil }
        let rest = name.dropFirst(prefix.count)
        guard let dash = rest.firstIndex(of: "-"), let owner = pid_t(rest[..<dash]), owner > 0,
              UUID(uuidString: String(rest[rest.index(after: dash)...])) != nil else { return nil }
        return owner
    }

    /// True unless no process `process` exists (one of another user's counts as running).
    private static func isRunning(_ process: pid_t) -> Bool {
        process == getpid() || kill(process, 0) == 0 || errno != ESRCH
    }
}
