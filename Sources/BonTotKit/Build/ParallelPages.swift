import Dispatch
import Foundation

/// Renders pages on every core at once: each worker works out a page's fingerprint, and when
/// the page changed since the previous build (or there is none) makes its model, renders it
/// and hands the HTML to the build's output, so a build holds only a few pages in memory.
/// Problems are collected and returned in page order; a file that cannot be written (a full
/// disk) stops the workers and is thrown, once.
enum ParallelPages {
    static func render(_ pages: [Page], router: Router, renderer: PageRenderer, fingerprints: PageFingerprint,
                       output: BuildOutput) throws -> [Diagnostic] {
        let results = ResultSlots(count: pages.count)
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            guard results.failure == nil else { return }
            // The page is read in place, not copied: its parts are shared with other pages.
            let file = router.file(pages[index].route)
            var value: Any?
            let fingerprint = fingerprints.of(pages[index], file: file) {
                let made = TemplateValue.make(pages[index].model)
                value = made
                return made
            }
            var diagnostics: [Diagnostic] = []
            do {
                try output.page(file, fingerprint: fingerprint) {
                    let result = renderer.render(value ?? TemplateValue.make(pages[index].model), template: pages[index].template,
                                                 file: file, checkingKeys: true)
                    diagnostics = result.diagnostics
                    return result.html
                }
            } catch {
                results.fail(error)
            }
            results.set(index, diagnostics)
        }
        if let failure = results.failure { throw failure }
        return results.diagnostics
    }
}

/// One slot per page for the workers to fill, behind a lock.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[Diagnostic]]
    private var firstFailure: Error?

    init(count: Int) {
        slots = Array(repeating: [], count: count)
    }

    func set(_ index: Int, _ found: [Diagnostic]) {
        lock.withLock { slots[index] = found }
    }

    /// Keeps the first write failure.
    func fail(_ error: Error) {
        lock.withLock { if firstFailure == nil { firstFailure = error } }
    }

    var failure: Error? { lock.withLock { firstFailure } }

    var diagnostics: [Diagnostic] {
        lock.withLock { slots.flatMap { $0 } }
    }
}
