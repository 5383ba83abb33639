import Dispatch
import Foundation

/// Writes the parts of the search index on every core: each part whose inputs changed since the
/// previous build is made again, and written when its bytes changed.
enum ParallelSearchIndex {
    static func write(_ parts: [SearchIndex.Part], router: Router, fingerprints: PageFingerprint,
                      output: BuildOutput) -> [Diagnostic] {
        let found = Found()
        DispatchQueue.concurrentPerform(iterations: parts.count) { index in
            let part = parts[index]
            let file = router.file(part.route)
            do {
                try output.generated(file, fingerprint: fingerprints.of(inputs: part.inputs, file: file)) { part.script }
            } catch {
                let problem = Diagnostic.error(at: SourceLocation(file: file),
                                               "không ghi được chỉ mục tìm kiếm / cannot write the search index: \(error.localizedDescription)")
                found.set(index, problem)
            }
        }
        return found.inOrder
    }

    /// The problems of the workers, by part, behind a lock.
    private final class Found: @unchecked Sendable {
        private let lock = NSLock()
        private var problems: [Int: Diagnostic] = [:]

        func set(_ index: Int, _ problem: Diagnostic) { lock.withLock { problems[index] = problem } }
        var inOrder: [Diagnostic] { lock.withLock { problems.keys.sorted().compactMap { problems[$0] } } }
    }
}
