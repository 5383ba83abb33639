import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The mark a running `bontot serve` keeps beside the output it writes (`.output.bontot-serve`):
/// the address it previews the site at, in a file it holds locked (`flock`) while it runs. The
/// system releases the lock when the process ends, however it ends (Ctrl-C, a kill, a power cut),
/// so a mark nobody holds is a leftover, which the next serve takes over and any build removes.
/// A second `bontot serve` of the same output is refused with the first one's address, rather
/// than both rebuilding one `output/` on every save.
public final class PreviewMark {
    private let descriptor: Int32
    private let file: URL

    /// What claiming the mark of an output found.
    public enum Claim {
        /// This process previews the output now; the mark lasts as long as the value.
        case claimed(PreviewMark)
        /// Another `bontot serve` previews it, at this address (`http://127.0.0.1:8080/`; empty
        /// when the other one has not written it yet).
        case held(by: String)
        /// The output is a link to no folder (to one not there yet, a stick not plugged in, or
        /// a loop of links: `OutputLink`), why in the office's words: no mark is made, and no
        /// preview can build.
        case refused(String)
    }

    private init(descriptor: Int32, file: URL) {
        self.descriptor = descriptor
        self.file = file
    }

    deinit {
        // Removed while still locked, so no other process can take this file for a live mark.
        unlink(file.path)
        close(descriptor)
    }

    /// The mark's file beside `output`, or beside the folder it links to (`OutputLink`), which
    /// the build writes: `serve` and `build` find one mark whichever of the two paths they are given.
    static func file(of output: URL) -> URL {
        guard case .folder(let folder) = OutputLink.target(of: output) else {
            return OutputLock.sibling(of: output.standardizedFileURL, suffix: "serve")
        }
        return OutputLock.sibling(of: folder, suffix: "serve")
    }

    /// Claims the mark of `output` for a preview at `address`; `.held` when another process
    /// holds it, `.refused` when `output` is a link to no folder. Nil when the mark cannot be written (a read-only folder): the preview then runs
    /// unmarked, as it did before marks, and its build says what is wrong with the folder; nil
    /// too where the system locks nothing (a network share), where no other preview can be seen.
    public static func claim(output: URL, address: String) -> Claim? {
        claim(output: output, address: address, faults: nil)
    }

    /// `claim(output:address:)` with the system's answers to locking stood in for by `faults`.
    static func claim(output: URL, address: String, faults: WriteFaults?) -> Claim? {
        // Its mark beside the link would be where no build looks once the folder is there.
        if case .refused(let reason) = OutputLink.target(of: output, for: .serve) { return .refused(reason) }
        let file = file(of: output)
        try? FileWriting().makeFolders(for: file.path)
        // The file may be removed by a build between its opening and its locking (a leftover
        // of a killed serve): the lock is then on a file nobody finds, and is taken again.
        for _ in 0..<10 {
            let descriptor = open(file.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { return nil }
            switch takeSoon(descriptor, path: file.path, faults: faults) {
            case .busy:
                close(descriptor)
                return .held(by: holderAddress(file))
            case .unsupported:
                // The empty file just made is no mark for anyone to read.
                if isEmpty(descriptor) { unlink(file.path) }
                close(descriptor)
                return nil
            case .taken:
                break
            }
            guard isStill(descriptor, at: file) else {
                close(descriptor)
                continue
            }
            let bytes = Array((address + "\n").utf8)
            guard ftruncate(descriptor, 0) == 0, pwrite(descriptor, bytes, bytes.count, 0) == bytes.count else {
                unlink(file.path)
                close(descriptor)
                return nil
            }
            return .claimed(PreviewMark(descriptor: descriptor, file: file))
        }
        return nil
    }

    /// The lock of the mark open as `descriptor`, tried for a fifth of a second: a build that
    /// checks a killed serve's mark (`holder(of:)`) holds it for a moment, and a serve starting
    /// then was refused with the killed one's address.
    private static func takeSoon(_ descriptor: Int32, path: String, faults: WriteFaults?) -> FileLock.Outcome {
        for _ in 0..<8 {
            let outcome = FileLock.take(descriptor, path: path, waits: false, faults: faults)
            guard outcome == .busy else { return outcome }
            usleep(25_000)
        }
        return FileLock.take(descriptor, path: path, waits: false, faults: faults)
    }

    /// The address of the `bontot serve` previewing `output` now, or nil when none does (or
    /// none can be known, where the system locks nothing). A leftover mark (its serve killed) is
    /// removed on the way.
    public static func holder(of output: URL) -> String? {
        holder(of: output, faults: nil)
    }

    /// `holder(of:)` with the system's answers to locking stood in for by `faults`.
    static func holder(of output: URL, faults: WriteFaults?) -> String? {
        let file = file(of: output)
        // Open to write where it may be: NFS takes an exclusive lock only on such a file.
        var descriptor = open(file.path, O_RDWR | O_CLOEXEC)
        if descriptor < 0 { descriptor = open(file.path, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        switch FileLock.take(descriptor, path: file.path, waits: false, faults: faults) {
        case .busy: return holderAddress(file)
        case .unsupported: return nil
        case .taken:
            if isStill(descriptor, at: file) { unlink(file.path) }
            return nil
        }
    }

    /// Removes the mark of `output` when no serve holds it (a killed serve's), as a build does
    /// with the other leftovers beside the output; a live serve's mark stays.
    static func removeIfLeftOver(of output: URL, faults: WriteFaults?) {
        _ = holder(of: output, faults: faults)
    }

    /// True when the file open as `descriptor` holds nothing.
    private static func isEmpty(_ descriptor: Int32) -> Bool {
        var info = stat()
        return fstat(descriptor, &info) == 0 && info.st_size == 0
    }

    /// True when `file` is still the file open as `descriptor` (not removed, nor replaced).
    private static func isStill(_ descriptor: Int32, at file: URL) -> Bool {
        var open = stat(), named = stat()
        return fstat(descriptor, &open) == 0 && stat(file.path, &named) == 0 && open.st_ino == named.st_ino && open.st_dev == named.st_dev
    }

    /// The address the holder of the mark wrote, waited for a moment when it has only just
    /// taken it; empty if it wrote none.
    private static func holderAddress(_ file: URL) -> String {
        for attempt in 0..<20 {
            let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            let address = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !address.isEmpty, text.hasSuffix("\n") { return address }
            if attempt < 19 { usleep(50_000) }
        }
        return ""
    }
}
