import Foundation

/// One site of a portal ready to render: the top site, or a unit in `don-vi/<unit>/` with the
/// district its pages link up to. Each renders with its own theme (a unit's template overrides
/// apply to its own pages only) and fingerprints its pages by its own inputs.
struct PortalSite {
    var id: String?
    var portal: LoadedPortal
    var context: PortalContext

    /// The top site and every unit below it, however deep, parents first; nil when a site did
    /// not load (the build has errors then).
    static func all(_ portal: LoadedPortal) -> [PortalSite]? {
        guard let top = make(id: nil, portal: portal, upLink: nil) else { return nil }
        var sites = [top]
        func add(_ parent: LoadedPortal, _ context: PortalContext) -> Bool {
            for unit in parent.units {
                let upLink = PortalUpLink(name: context.site.config.organization, router: parent.router)
                guard let site = make(id: unit.id, portal: unit.portal, upLink: upLink) else { return false }
                sites.append(site)
                guard add(unit.portal, site.context) else { return false }
            }
            return true
        }
        return add(portal, top.context) ? sites : nil
    }

    private static func make(id: String?, portal: LoadedPortal, upLink: PortalUpLink?) -> PortalSite? {
        guard let site = portal.site, let analysis = portal.loaded.analysis else { return nil }
        let context = PortalContext(site: site, analysis: analysis, router: portal.router, district: portal.district, upLink: upLink)
        return PortalSite(id: id, portal: portal, context: context)
    }

    /// The site's text inputs, with the district's unit files.
    var inputHashes: [String: UInt64] {
        portal.loaded.inputHashes.merging(portal.districtInputs) { first, _ in first }
    }

    /// Renders the site's pages into `output` and writes its other files (CSV, theme assets,
    /// media); `pages` are its pages when the caller changed them (PDF links). Returns the
    /// diagnostics, the pages and the theme's problems.
    func render(into output: BuildOutput, pages given: [Page]? = nil) -> (diagnostics: [Diagnostic], pages: Int) {
        let sink = DiagnosticSink()
        let theme = Theme.load(siteRoot: context.site.root)
        let renderer = PageRenderer(theme: theme, sink: sink)
        let themeProblems = sink.log.entries.map { placed($0) }
        guard sink.log.errorCount == 0 else { return (themeProblems, 0) }
        let pages = given ?? PortalPages.pages(context)
        let router = context.router
        let fingerprints = PageFingerprint(theme: theme, inputs: inputHashes, router: router, upLink: context.upLink)
        var diagnostics = themeProblems
        diagnostics += ParallelPages.render(pages, router: router, renderer: renderer, fingerprints: fingerprints, output: output).map(placed)
        guard diagnostics.allSatisfy({ $0.severity != .error }) else { return (diagnostics, pages.count) }
        do {
            for file in PortalPages.files(context) { try output.file(router.file(file.route), bytes: Data(file.bytes)) }
            for (path, data) in theme.assets.sorted(by: { $0.key < $1.key }) { try output.file(router.file(.asset(path)), bytes: data) }
            for media in context.site.media {
                try output.copy(context.site.root.appending(path: "content/" + media), to: router.file(.media(media)))
            }
        } catch {
            diagnostics.append(.error(at: SourceLocation(file: output.output.lastPathComponent),
                                      "không ghi được thư mục kết quả / cannot write the output: \(error.localizedDescription)"))
        }
        return (diagnostics, pages.count)
    }

    /// A problem in a unit's templates, named from the top site.
    private func placed(_ diagnostic: Diagnostic) -> Diagnostic {
        var placed = diagnostic
        if !portal.displayFolder.isEmpty, placed.location.file.hasPrefix("templates/") {
            placed.location.file = portal.displayFolder + placed.location.file
        }
        return placed
    }
}
