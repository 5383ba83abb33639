import Dispatch
import Foundation

/// Writes the parts of the search index on every core: each part whose inputs changed since the
/// previous build is made again, and written when its bytes changed. A file that cannot be
/// written (a full disk) is thrown, once, as `ParallelPages` does.
enum ParallelSearchIndex {
    static func write(_ parts: [SearchIndex.Part], router: Router, fingerprints: PageFingerprint,
                      output: BuildOutput) throws {
        let failure = FirstFailure()
        DispatchQueue.concurrentPerform(iterations: parts.count) { index in
            guard failure.error == nil else { return }
            let part = parts[index]
            let file = router.file(part.route)
            do {
                try output.generated(file, fingerprint: fingerprints.of(inputs: part.inputs, file: file)) { part.script }
            } catch {
                failure.keep(error)
            }
        }
        if let error = failure.error { throw error }
    }

    /// The first error of the workers, behind a lock.
    private final class FirstFailure: @unchecked Sendable {
        private let lock = NSLock()
        private var first: Error?

        func keep(_ error: Error) { lock.withLock { if first == nil { first = error } } }
        var error: Error? { lock.withLock { first } }
    }
}
