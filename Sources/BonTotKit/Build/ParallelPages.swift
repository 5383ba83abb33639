import Dispatch
import Foundation

/// Renders pages on every core at once: each worker works out a page's fingerprint, and when
/// the page changed since the previous build (or there is none) makes its model, renders it
/// and hands the HTML to the build's output, so a build holds only a few pages in memory.
/// Problems are collected and returned in page order.
enum ParallelPages {
    static func render(_ pages: [Page], router: Router, renderer: PageRenderer, fingerprints: PageFingerprint,
                       output: BuildOutput) -> [Diagnostic] {
        let results = ResultSlots(count: pages.count)
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            let page = pages[index]
            let file = router.file(page.route)
            var value: Any?
            let fingerprint = fingerprints.of(page, file: file) {
                let made = TemplateValue.make(page.model)
                value = made
                return made
            }
            var diagnostics: [Diagnostic] = []
            do {
                try output.page(file, fingerprint: fingerprint) {
                    let result = renderer.render(value ?? TemplateValue.make(page.model), template: page.template,
                                                 file: file, checkingKeys: true)
                    diagnostics = result.diagnostics
                    return result.html
                }
            } catch {
                diagnostics.append(.error(at: SourceLocation(file: file),
                                          "không ghi được trang / cannot write the page: \(error.localizedDescription)"))
            }
            results.set(index, diagnostics)
        }
        return results.diagnostics
    }
}

/// One slot per page for the workers to fill, behind a lock.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[Diagnostic]]

    init(count: Int) {
        slots = Array(repeating: [], count: count)
    }

    func set(_ index: Int, _ found: [Diagnostic]) {
        lock.withLock { slots[index] = found }
    }

    var diagnostics: [Diagnostic] {
        lock.withLock { slots.flatMap { $0 } }
    }
}
