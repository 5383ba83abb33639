import Foundation

/// What the server tells browsers about the builds: a number that changes with every build, so
/// open pages reload, and the errors of the last build when it failed (the output then still
/// holds the last good site). Safe to use from several threads.
final class PreviewState: @unchecked Sendable {
    private let lock = NSLock()
    private var buildNumber = 0
    private var errors: [String] = []

    /// The number of the last finished build.
    var version: Int { lock.withLock { buildNumber } }

    /// The diagnostics of the last build when it failed; empty when it succeeded.
    var failure: [String] { lock.withLock { errors } }

    /// Records a finished build: its number goes up, its errors (if any) replace the last ones.
    func finished(errors: [String]) {
        lock.withLock {
            buildNumber += 1
            self.errors = errors
        }
    }
}
