import Foundation

/// One site of a portal ready to render: the top site, or a unit in `don-vi/<unit>/` with the
/// district its pages link up to. Each renders with its own theme (a unit's template overrides
/// apply to its own pages only) and fingerprints its pages by its own inputs.
struct PortalSite {
    var id: String?
    var portal: LoadedPortal
    var router: Router
    /// For a unit: the district its pages link up to.
    var upLink: PortalUpLink?
    /// What the pages read; nil for a unit taken from its snapshot, which is loaded only if it
    /// must be rendered after all.
    var context: PortalContext?

    /// The top site and every unit below it, however deep, parents first; nil when a site did
    /// not load (the build has errors then).
    static func all(_ portal: LoadedPortal) -> [PortalSite]? {
        guard let top = make(id: nil, portal: portal, upLink: nil), let topContext = top.context else { return nil }
        var sites = [top]
        func add(_ parent: LoadedPortal, _ context: PortalContext) -> Bool {
            for unit in parent.units {
                let router = { (id: String) in parent.units.first { $0.id == id }?.portal.router }
                let upLink = PortalUpLink(name: context.site.config.organization, router: parent.router,
                                          baseURL: context.upLink?.baseURL ?? context.site.config.baseURL,
                                          ending: parent.district?.ending(ofUnit: unit.id, router: router),
                                          merged: parent.district?.mergedUnits(into: unit.id, router: router) ?? [])
                guard let site = make(id: unit.id, portal: unit.portal, upLink: upLink) else { return false }
                sites.append(site)
                if let unitContext = site.context, !add(unit.portal, unitContext) { return false }
            }
            return true
        }
        return add(portal, topContext) ? sites : nil
    }

    private static func make(id: String?, portal: LoadedPortal, upLink: PortalUpLink?) -> PortalSite? {
        if portal.snapshot != nil {
            return PortalSite(id: id, portal: portal, router: portal.router, upLink: upLink, context: nil)
        }
        guard let site = portal.site, let analysis = portal.loaded.analysis else { return nil }
        // Every unit below, however deep, by its way from the site (`giong-rieng/xa-a`): a story
        // names a branch of each so (`UnitBranchMention`).
        func listed(_ units: [LoadedUnit], under way: String) -> [(String, UnitListing)] {
            units.flatMap { unit in
                (unit.portal.listing.map { [(way + unit.id, $0)] } ?? []) + listed(unit.portal.units, under: way + unit.id + "/")
            }
        }
        let unitsByID = Dictionary(listed(portal.units, under: ""), uniquingKeysWith: { first, _ in first })
        let context = PortalContext(site: site, analysis: analysis, router: portal.router, district: portal.district,
                                    upLink: upLink, unitListings: portal.unitListings, unitsByID: unitsByID,
                                    sourceFolder: portal.displayFolder)
        return PortalSite(id: id, portal: portal, router: portal.router, upLink: upLink, context: context)
    }

    /// The site's text inputs, with the district's unit files.
    var inputHashes: [String: UInt64] {
        let own = portal.snapshot?.inputHashes ?? portal.loaded.inputHashes
        return portal.districtInputs.isEmpty ? own : own.merging(portal.districtInputs) { first, _ in first }
    }

    /// What fingerprints the pages that draw on the whole site, when its inputs decide them
    /// alone: not for a site with units, whose pages show its units' figures too.
    var siteDigest: UInt64? {
        portal.units.isEmpty ? outlines?.digest : nil
    }

    /// The outlines of the site's minutes and stories (`InputOutlines.hashes`), for the pages
    /// that show none of their bodies.
    var outlineHashes: [String: UInt64] {
        outlines?.hashes ?? [:]
    }

    /// The outlines as the site was read, or as its snapshot kept them: the same for the same
    /// files, so a unit's pages keep their fingerprints whichever way it came.
    private var outlines: InputOutlines? {
        portal.snapshot.map(\.outlines) ?? portal.loaded.outlines
    }

    /// The site's media files, relative to `content/`.
    var media: [String] {
        portal.snapshot?.media ?? portal.site?.media ?? []
    }

    /// The context of a unit taken from its snapshot, loaded now because it must be rendered:
    /// its files are those the snapshot was made from, so it loads without errors.
    /// With it, where the files whose bodies its pages read are noted when found changed.
    private func loadedContext() -> (PortalContext?, ChangedSourceFiles?, [Diagnostic]) {
        if let context { return (context, portal.loaded.decodeCache?.changedFiles, []) }
        let loaded = SiteLoader.load(root: portal.root, cache: .readAndWrite, cacheFolder: portal.cacheFolder,
                                     unitBranchFolders: UnitBranchFolders(siteFolder: portal.displayFolder))
        guard let site = loaded.site, let analysis = loaded.analysis, loaded.diagnostics.errorCount == 0 else {
            return (nil, nil, loaded.diagnostics.entries.filter { $0.severity == .error }.map { $0.placed(in: portal.displayFolder) })
        }
        return (PortalContext(site: site, analysis: analysis, router: router, upLink: upLink, sourceFolder: portal.displayFolder),
                loaded.decodeCache?.changedFiles, [])
    }

    /// An error at each file of the site found changed when a page read its body (`StoredText`):
    /// its page would mix the file as decoded with the file as saved since, so the build fails
    /// and keeps the published site (SPEC §6).
    private func changedDuringBuild(_ changes: ChangedSourceFiles?) -> [Diagnostic] {
        (changes?.all ?? []).map {
            .error(at: SourceLocation(file: $0), kind: .changedDuringBuild, Self.changedMessage).placed(in: portal.displayFolder)
        }
    }

    /// Why a build that read a file changed while it ran failed.
    static let changedMessage = "tệp đã thay đổi trong khi đang dựng trang; hãy dựng lại / the file changed during the build; build again"

    /// What rendering one site gave.
    struct Rendered {
        var diagnostics: [Diagnostic] = []
        var pages = 0
        /// For a unit: what the manifest keeps of it, and whether it was taken whole.
        var record: BuildManifest.UnitRecord?
        var reused = false
        /// The bulletin PDFs printed, with what printing them reported (not in `diagnostics`).
        var printed = BulletinPrinting.Printed()
    }

    /// Renders the site's pages into `output` and writes its other files (CSV, sitemap, theme
    /// assets, media); `pages` are its pages when the caller made them already. Its bulletins'
    /// PDFs are kept or printed by `engine` (`BulletinPrinting`), `beforePrinting` called first.
    /// A unit whose fingerprint is the one `previous` recorded, and whose files (`owned`, from
    /// `ownedFiles(in:sites:)`) are all still in the output, is taken whole instead, unless
    /// `engine` has bulletins of it to print. `checked` is the site's theme with its renderer
    /// when the caller loaded and checked them already (the top site's, before the output is
    /// opened). The top site renders last: its sitemap lists its units' pages too.
    func render(into output: BuildOutput, pages given: [Page]? = nil, previous: BuildManifest? = nil,
                owned: [String: BuildManifest.OutputRecord]? = nil, engine: PDFEngine? = nil,
                checked: (theme: Theme, renderer: PageRenderer)? = nil, beforePrinting: () -> Void = {}) throws -> Rendered {
        let theme = checked?.theme ?? Theme.load(siteRoot: portal.root)
        var result = Rendered()
        // A unit with units of its own is never taken whole: its fingerprint does not cover
        // its units, whose figures its pages show.
        let fingerprint = id == nil || !portal.units.isEmpty ? nil : UnitFingerprint.of(self, theme: theme)
        if let fingerprint, let old = previous?.units[router.prefix], old.fingerprint == fingerprint,
           engine == nil || old.printedAll,
           let files = owned, !files.isEmpty, files.allSatisfy({ output.holds($0.key, size: $0.value.size) }) {
            for (file, record) in files.sorted(by: { $0.key < $1.key }) {
                guard try output.reuse(file, fingerprint: { record.fingerprint }) else {
                    throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: file])
                }
            }
            result.pages = old.pages
            result.record = old
            result.reused = true
            return result
        }
        // The theme is checked only for a unit that is rendered: one taken whole was made with
        // these very templates by a build that succeeded.
        let renderer: PageRenderer
        if let checked {
            renderer = checked.renderer
        } else {
            let sink = DiagnosticSink()
            renderer = PageRenderer(theme: theme, sink: sink)
            result.diagnostics = sink.log.entries.map { placed($0) }
            guard sink.log.errorCount == 0 else { return result }
        }
        let (loaded, changes, problems) = loadedContext()
        guard let context = loaded else {
            result.diagnostics += problems
            return result
        }
        let pages = given ?? PortalPages.pages(context)
        result.pages = pages.count
        let fingerprints = PageFingerprint(theme: theme, inputs: inputHashes, outlines: outlineHashes, siteDigest: siteDigest,
                                           router: router, upLink: upLink, media: context.site.media,
                                           pageLinks: context.pageLinkFingerprints)
        // The media first: the PDFs' fingerprints count the bytes of those their bulletins show.
        for media in context.site.media {
            try output.copy(context.site.root.appending(path: "content/" + media), to: router.file(.media(media)))
        }
        let printing = BulletinPrinting(pages: pages, site: context.site, engine: engine, router: router, address: context.address,
                                        fingerprints: fingerprints, theme: theme)
        let linkable = printing.linkable(in: output)
        let linked = BulletinPages.linkingPDFs(pages, months: linkable, router: router)
        result.diagnostics += try PhaseTimer.measure("render") {
            try ParallelPages.render(linked, router: router, renderer: renderer, fingerprints: fingerprints, output: output)
        }.map(placed)
        guard result.diagnostics.allSatisfy({ $0.severity != .error }) else {
            result.diagnostics += changedDuringBuild(changes)
            return result
        }
        // The PDFs are kept by the bytes of their pages, rendered now; a page linking one that is
        // not kept (its bulletin changed, and no engine to print it again) loses the link.
        let pdfs = try printing.reuse(into: output)
        result.diagnostics += try printing.unlink(linkable, available: pdfs.kept.union(pdfs.toPrint), pages: pages,
                                                  renderer: renderer, into: output).map(placed)
        try PhaseTimer.measure("search index") {
            try ParallelSearchIndex.write(SearchIndex.parts(context), router: router, fingerprints: fingerprints, output: output,
                                          entries: SearchEntryCache(cache: portal.cacheFolder ?? BuildCache(siteRoot: portal.root),
                                                                    reads: previous != nil))
        }
        try ParallelFiles.write(PortalPages.files(context) + PortalPages.siteFiles(context, pages: pages, outputFiles: output.files),
                                router: router, fingerprints: fingerprints, output: output)
        for (path, data) in theme.assets.sorted(by: { $0.key < $1.key }) { try output.file(router.file(.asset(path)), bytes: data) }
        if engine != nil { beforePrinting() }
        if !pdfs.toPrint.isEmpty {
            result.printed = try printing.print(pdfs.toPrint, kept: pdfs.kept, pages: pages, renderer: renderer, into: output)
            result.printed.diagnostics = result.printed.diagnostics.map(placed)
        }
        let printedAll = pdfs.kept.count + pdfs.toPrint.count - result.printed.failed.count == printing.months.count
        result.record = fingerprint.map { BuildManifest.UnitRecord(fingerprint: $0, pages: pages.count, printedAll: printedAll) }
        result.diagnostics += changedDuringBuild(changes)
        return result
    }

    /// The files of the previous build's output by the site of `sites` that owns them: the
    /// deepest one whose folder holds them, so a unit's files leave out its own units' files.
    /// Worked out once for all units, by walking up each file's folders.
    static func ownedFiles(in previous: BuildManifest?, sites: [PortalSite])
        -> [String: [String: BuildManifest.OutputRecord]] {
        // Deepest first: the first folder that holds a file owns it.
        let prefixes = Set(sites.map(\.router.prefix)).filter { !$0.isEmpty }.sorted { $0.utf8.count > $1.utf8.count }
        guard let previous, !prefixes.isEmpty else { return [:] }
        var owned: [String: [String: BuildManifest.OutputRecord]] = [:]
        for (path, record) in previous.outputs {
            if let folder = prefixes.first(where: { path.hasPrefix($0) }) { owned[folder, default: [:]][path] = record }
        }
        return owned
    }

    /// A problem in a unit's templates, named from the top site.
    private func placed(_ diagnostic: Diagnostic) -> Diagnostic {
        diagnostic.location.file.hasPrefix("templates/") ? diagnostic.placed(in: portal.displayFolder) : diagnostic
    }
}
