import Foundation

/// The first error thrown by workers running on several threads at once, behind a lock: the
/// others stop when they see it, and it is thrown once when they are done.
final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var first: Error?

    /// Keeps `error` unless an earlier one was kept.
    func keep(_ error: Error) { lock.withLock { if first == nil { first = error } } }

    var error: Error? { lock.withLock { first } }
}
