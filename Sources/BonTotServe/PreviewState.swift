import Foundation

/// What the server tells browsers about the builds: a version that changes with every build (and
/// every start of the server), so open pages reload, the errors of the last build when it failed
/// (the output then still holds the last good site), and whether there is a good site at all.
/// Safe to use from several threads.
final class PreviewState: @unchecked Sendable {
    private let lock = NSLock()
    private var buildNumber = 0
    private var errors: [String] = []
    private var built = false
    private var warnings: [String]?

    /// This server's own mark, so that a page left open while `serve` was stopped and started
    /// again reloads once the new server has built, though its builds count from 1 again.
    private let run = String(UUID().uuidString.prefix(8)).lowercased()

    /// What names the last finished build: this server's mark and the build's number (`3f2a9c1e-4`).
    var version: String { lock.withLock { "\(run)-\(buildNumber)" } }

    /// The diagnostics of the last build when it failed; empty when it succeeded.
    var failure: [String] { lock.withLock { errors } }

    /// Whether the output holds a site to show: false while no build has ever succeeded.
    var hasSite: Bool { lock.withLock { built } }

    /// Records the warnings a build printed; true when they are those the build before printed,
    /// so that a rebuild on each save does not print the same warnings again.
    func repeats(warnings new: [String]) -> Bool {
        lock.withLock {
            defer { warnings = new }
            return warnings == new
        }
    }

    /// Records a finished build: its number goes up, its errors (if any) replace the last ones,
    /// and `hasSite` tells whether the output holds a site.
    func finished(errors: [String], hasSite: Bool) {
        lock.withLock {
            buildNumber += 1
            self.errors = errors
            built = hasSite
        }
    }
}
