import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The terminal window `bontot serve` runs in is closed (SIGHUP): the preview stops as on
/// SIGTERM, its PDF engines and LibreOffice stopped and the last line said, instead of ending
/// at once and leaving a LibreOffice conversion running without it. Started with `nohup`
/// (SIGHUP ignored), it keeps running, as asked.
enum HangUp {
    /// Turns SIGHUP into SIGTERM from now on, unless it is ignored; the source that does so,
    /// kept for as long as the server runs.
    static func stopsAsTerminate() -> DispatchSourceSignal? {
        let previous = signal(SIGHUP, SIG_IGN)
        guard !isIgnore(previous) else { return nil }
        let source = DispatchSource.makeSignalSource(signal: SIGHUP, queue: .global())
        source.setEventHandler { kill(getpid(), SIGTERM) }
        source.resume()
        return source
    }

    private static func isIgnore(_ handler: __sighandler_t?) -> Bool {
        guard let handler else { return false }
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }
}
