import Foundation

/// Caches a build writes for the next one while it goes on: the decode cache of a clean build
/// takes a tenth of its time to write and nothing in the build reads it again, so it is written
/// beside the rendering instead of before it. A build waits for them before it returns
/// (`SiteBuilder.build`), so that the next build, or the process's end, finds them written.
enum BackgroundSaves {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var pending: [Background<Void>] = []

    /// Starts `work` on another thread.
    static func start(_ work: @escaping @Sendable () -> Void) {
        let saving = Background(work)
        lock.withLock { pending.append(saving) }
    }

    /// Waits until every save started is done.
    static func waitAll() {
        let started = lock.withLock { () -> [Background<Void>] in
            defer { pending.removeAll() }
            return pending
        }
        for saving in started { _ = saving.value }
    }
}
