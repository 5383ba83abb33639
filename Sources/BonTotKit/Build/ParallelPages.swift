import Dispatch
import Foundation

/// Renders pages on every core at once: each worker makes a page's model, renders it and hands
/// the HTML to `write` (which must be safe to call from several threads), so a build never holds
/// more than a few pages in memory. Problems are collected and returned in page order.
enum ParallelPages {
    /// What rendering all pages gave.
    struct Outcome {
        var rendered = 0
        var diagnostics: [Diagnostic] = []
    }

    /// How many pages of each template have their keys checked: enough to meet every section of
    /// a template filled on some page, few enough that checking costs little.
    static let keyCheckedPagesPerTemplate = 64

    static func render(_ pages: [Page], with renderer: PageRenderer,
                       write: @escaping @Sendable (Page, String) throws -> Void) -> Outcome {
        let results = ResultSlots(count: pages.count)
        let checked = keyChecked(pages)
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            let page = pages[index]
            let result = renderer.render(page, checkingKeys: checked[index])
            var diagnostics = result.diagnostics
            if let html = result.html {
                do {
                    try write(page, html)
                } catch {
                    diagnostics.append(.error(at: SourceLocation(file: page.file),
                                              "không ghi được trang / cannot write the page: \(error.localizedDescription)"))
                }
            }
            results.set(index, diagnostics: diagnostics, rendered: result.html != nil)
        }
        return results.outcome
    }

    /// For each page, whether its keys are checked: the first pages of each template, in plan order.
    private static func keyChecked(_ pages: [Page]) -> [Bool] {
        var seen: [String: Int] = [:]
        return pages.map { page in
            seen[page.template, default: 0] += 1
            return seen[page.template]! <= keyCheckedPagesPerTemplate
        }
    }
}

/// One slot per page for the workers to fill, behind a lock.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var diagnostics: [[Diagnostic]]
    private var rendered = 0

    init(count: Int) {
        diagnostics = Array(repeating: [], count: count)
    }

    func set(_ index: Int, diagnostics found: [Diagnostic], rendered didRender: Bool) {
        lock.withLock {
            diagnostics[index] = found
            if didRender { rendered += 1 }
        }
    }

    var outcome: ParallelPages.Outcome {
        lock.withLock { ParallelPages.Outcome(rendered: rendered, diagnostics: diagnostics.flatMap { $0 }) }
    }
}
