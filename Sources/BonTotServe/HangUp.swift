import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The terminal window `bontot serve` runs in is closed (SIGHUP): the preview stops as on
/// SIGTERM, its PDF engines and LibreOffice stopped and the last line said, instead of ending
/// at once and leaving a LibreOffice conversion running without it. Started with `nohup`
/// (SIGHUP ignored), it keeps running, as asked.
final class HangUp {
    private let source: DispatchSourceSignal
    /// What SIGHUP did before, done again once the server stopped (`end`).
    private let previous: __sighandler_t?

    private init(source: DispatchSourceSignal, previous: __sighandler_t?) {
        self.source = source
        self.previous = previous
    }

    /// Turns SIGHUP into SIGTERM until `end`, unless it is ignored (then nil).
    static func stopsAsTerminate() -> HangUp? {
        let previous = signal(SIGHUP, SIG_IGN)
        guard !isIgnore(previous) else { return nil }
        let source = DispatchSource.makeSignalSource(signal: SIGHUP, queue: .global())
        source.setEventHandler { kill(getpid(), SIGTERM) }
        source.resume()
        return HangUp(source: source, previous: previous)
    }

    /// SIGHUP does again what it did before: a process the caller starts later (a test's) does
    /// not inherit it ignored.
    func end() {
        source.cancel()
        signal(SIGHUP, previous ?? SIG_DFL)
    }

    private static func isIgnore(_ handler: __sighandler_t?) -> Bool {
        guard let handler else { return false }
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }
}
