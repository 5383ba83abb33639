import Foundation

/// Renders pages on every core at once: each worker works out a page's fingerprint, and when
/// the page changed since the previous build (or there is none) makes its model, renders it
/// and hands the HTML to the build's output, so a build holds only a few pages in memory.
/// Problems are collected and returned in page order; a file that cannot be written (a full
/// disk) stops the workers and is thrown, once.
enum ParallelPages {
    static func render(_ pages: [Page], router: Router, renderer: PageRenderer, fingerprints: PageFingerprint,
                       output: BuildOutput) throws -> [Diagnostic] {
        let reported = IndexedDiagnostics()
        try Parallel.forEach(pages.count) { index in
            // The page is read in place, not copied: its parts are shared with other pages.
            let file = router.file(pages[index].route)
            var value: Any?
            let fingerprint = fingerprints.of(pages[index], file: file) {
                let made = TemplateValue.make(pages[index].model)
                value = made
                return made
            }
            try output.page(file, fingerprint: fingerprint) {
                let result = renderer.render(value ?? TemplateValue.make(pages[index].model), template: pages[index].template,
                                             file: file, checkingKeys: true)
                reported.set(index, result.diagnostics)
                return result.html
            }
        }
        return reported.inOrder.flatMap { $0 }
    }
}
