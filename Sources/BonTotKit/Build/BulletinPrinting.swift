import Foundation

/// The bulletin PDFs of a whole build. A PDF the published output holds for a bulletin that did
/// not change is taken over, with or without `--pdf`; with an engine, the others are printed
/// into the new output before it is published. Pages link only the PDFs the new output holds:
/// a bulletin whose printing failed is rendered again without its link.
struct BulletinPrinting {
    let engine: PDFEngine?
    let router: Router
    /// The portal's absolute address, which the PDFs' links to its pages are printed under
    /// (`PrintedLinks`); nil when it has none, and they are taken off.
    let address: SiteAddress?
    let fingerprints: PageFingerprint
    /// The theme's stylesheets, which the engine prints the page with: a page's fingerprint
    /// counts its templates, not the files it links.
    private let stylesheets: UInt64
    /// Each month's bulletin page, as it is without a PDF link.
    private let bulletins: [YearMonth: Page]
    /// The media files each bulletin shows, each month's read once (`BulletinMedia`): the
    /// engine prints their bytes, while the page's fingerprint counts only their names.
    private let media: BulletinMedia

    init(pages: [Page], site: Site, engine: PDFEngine?, router: Router, address: SiteAddress?, fingerprints: PageFingerprint,
         theme: Theme) {
        self.engine = engine
        self.router = router
        self.address = address
        self.fingerprints = fingerprints
        var stylesheets = StableHasher()
        for (path, hash) in theme.assetHashes.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".css") {
            stylesheets.combine(path)
            stylesheets.combine(hash)
        }
        self.stylesheets = stylesheets.finalize()
        var bulletins: [YearMonth: Page] = [:]
        for page in pages {
            if case .bulletin(let month) = page.route { bulletins[month] = page }
        }
        self.bulletins = bulletins
        media = BulletinMedia(site: site)
    }

    /// The months with a bulletin, oldest first.
    var months: [YearMonth] { bulletins.keys.sorted() }

    /// The months whose bulletin page is rendered linking its PDF, before it is known which PDFs
    /// are kept: every month with an engine (each is kept or printed); without one, those whose
    /// PDF the published output or the spare holds as its manifest says, which may be taken over
    /// (none in a clean build, which takes nothing over: its pages are not rendered twice). A page
    /// linking a PDF that is not kept after all is rendered again without the link (`unlink`).
    func linkable(in output: BuildOutput) -> Set<YearMonth> {
        guard engine == nil else { return Set(months) }
        return Set(months.filter { output.mayReuse(router.file(.bulletinPDF($0))) })
    }

    /// The fingerprint of the PDF of `month`: the bytes of the bulletin page it is printed from,
    /// as the new output holds it (rendered, linking its PDF), with the stylesheets and the bytes
    /// of the media files it is printed with: equal fingerprints, equal PDFs. Worked out once the
    /// pages are rendered, and the media copied: an image replaced under the same name prints
    /// its bulletins again. The page's bytes, not the inputs it may draw on: a bulletin whose
    /// page did not change keeps its PDF when another year's scores are edited.
    func fingerprint(_ month: YearMonth, in output: BuildOutput) -> UInt64 {
        guard bulletins[month] != nil, let page = output.hash(of: router.file(.bulletin(month))) else { return 0 }
        var hasher = StableHasher()
        hasher.combine(page)
        hasher.combine(stylesheets)
        hasher.combine(address?.base ?? "")
        for path in media.files(shownIn: month) {
            hasher.combine(path)
            hasher.combine(output.hash(of: router.file(.media(path))) ?? 0)
        }
        return hasher.finalize()
    }

    /// Takes over the PDFs still valid from the published output, once the pages are rendered;
    /// returns the months they cover and those left to print (none without an engine).
    func reuse(into output: BuildOutput) throws -> (kept: Set<YearMonth>, toPrint: [YearMonth]) {
        var kept = Set<YearMonth>()
        var toPrint: [YearMonth] = []
        for month in months {
            if try output.reuse(router.file(.bulletinPDF(month)), fingerprint: { fingerprint(month, in: output) }) {
                kept.insert(month)
            } else if engine != nil {
                toPrint.append(month)
            }
        }
        return (kept, toPrint)
    }

    /// Renders again, without the link, the pages of the months in `linked` whose PDF was not
    /// kept after all (and the list of bulletins), linking only `available`.
    func unlink(_ linked: Set<YearMonth>, available: Set<YearMonth>, pages: [Page], renderer: PageRenderer,
                into output: BuildOutput) throws -> [Diagnostic] {
        let dropped = linked.subtracting(available)
        return try ParallelPages.render(pagesToRedo(pages, failed: dropped, available: available), router: router, renderer: renderer,
                                        fingerprints: fingerprints, output: output)
    }

    /// Prints `months` into the new output; returns what printing did and the months that failed.
    func print(_ months: [YearMonth], into output: BuildOutput) -> (summary: BulletinPDFs.Summary, failed: Set<YearMonth>) {
        guard let engine, !months.isEmpty else { return (BulletinPDFs.Summary(), []) }
        let summary = BulletinPDFs.write(months: months, in: output.folder, shownAs: output.output, router: router,
                                         address: address, engine: engine)
        let printed = Dictionary(summary.files.map { ($0.path, $0.size) }, uniquingKeysWith: { first, _ in first })
        var failed = Set<YearMonth>()
        for month in months {
            let file = router.file(.bulletinPDF(month))
            if let size = printed[file] {
                output.record(file, fingerprint: fingerprint(month, in: output), size: size)
            } else {
                failed.insert(month)
            }
        }
        return (summary, failed)
    }

    /// What printing gave: the PDFs written, and the problems of printing and of rendering
    /// again the pages of the bulletins that failed.
    struct Printed {
        var files = 0
        var bytes = 0
        var diagnostics: [Diagnostic] = []
        var failed: Set<YearMonth> = []
    }

    /// Prints `months` into the new output, then renders again with `renderer` the pages of
    /// those that failed (and the list of bulletins), linking only `kept` and the PDFs printed.
    func print(_ months: [YearMonth], kept: Set<YearMonth>, pages: [Page], renderer: PageRenderer,
               into output: BuildOutput) throws -> Printed {
        let printed = print(months, into: output)
        var result = Printed(files: printed.summary.written.count, bytes: printed.summary.bytes,
                             diagnostics: printed.summary.diagnostics, failed: printed.failed)
        let redo = pagesToRedo(pages, failed: printed.failed, available: kept.union(months).subtracting(printed.failed))
        result.diagnostics += try ParallelPages.render(redo, router: router, renderer: renderer, fingerprints: fingerprints,
                                                       output: output)
        return result
    }

    /// The pages to render again when the PDFs of `failed` could not be printed: their
    /// bulletins and the list of bulletins, linking only `available`.
    private func pagesToRedo(_ pages: [Page], failed: Set<YearMonth>, available: Set<YearMonth>) -> [Page] {
        guard !failed.isEmpty else { return [] }
        let affected = pages.filter { page in
            switch page.route {
            case .bulletinIndex: return true
            case .bulletin(let month): return failed.contains(month)
            default: return false
            }
        }
        return BulletinPages.linkingPDFs(affected, months: available, router: router)
    }
}
