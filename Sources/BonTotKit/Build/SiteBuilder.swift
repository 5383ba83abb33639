import Foundation

/// Builds a portal: load and check (the site and every unit it lists) → apply the rules → make
/// view models → render → write a whole new output beside the published one → publish it in one
/// atomic step. Any error stops the build before the output is touched.
public enum SiteBuilder {
    /// Runs the build; `progress` receives one line per step (`[2/5] Áp dụng quy tắc`).
    public static func build(_ options: BuildOptions, progress: (String) -> Void = { _ in }) -> BuildReport {
        let clock = ContinuousClock.now
        let engine = options.pdf ? PDFEngine.find(options.pdfEngine, searchPath: options.pdfSearchPath) : nil
        let steps = (options.month == nil ? 5 : 4) + (engine == nil ? 0 : 1)
        progress("[1/\(steps)] Đọc và kiểm tra nội dung")
        // A folder that is no site (no site.yaml) is left as it was: no cache, no output.
        if let missing = SiteReader.notASite(options.siteRoot) {
            var report = BuildReport(diagnostics: DiagnosticLog(), inputSummary: "không đọc được trang", succeeded: false)
            report.diagnostics.append(missing)
            return report
        }
        // One month's bulletin of a district is made from all its units: with --unit (the
        // district and one unit loaded) it would be written over the published one without the
        // others' figures; --units-from, which only copies units' pages, would be ignored.
        if options.month != nil, let other = options.unit != nil ? "--unit" : options.unitsFrom != nil ? "--units-from" : nil {
            var report = BuildReport(diagnostics: DiagnosticLog(), inputSummary: "chưa đọc nội dung trang", succeeded: false)
            report.diagnostics.error(.option("--month"), Self.monthWithUnitsMessage(other))
            return report
        }
        // An output given as a link is the folder it points to (`OutputLink`), or refused when
        // there is none there. An output over the site is refused before the site is read, so
        // not even its cache is written; over a unit's folder, once loading has found the units.
        let (options, linkRefusal) = followingOutputLink(options)
        if let reason = linkRefusal ?? options.unsafeOutputReason {
            var report = BuildReport(diagnostics: DiagnosticLog(), inputSummary: "chưa đọc nội dung trang", succeeded: false)
            report.diagnostics.error(options.outputLocation, reason)
            return report
        }
        let use: SiteLoader.CacheUse? = options.month != nil ? nil : options.clean ? .writeOnly : .readAndWrite
        // The theme is read and its templates parsed while the site loads: it needs no core but one.
        let checkedTheme = Background { () -> (theme: Theme, renderer: PageRenderer, diagnostics: [Diagnostic]) in
            let theme = Theme.load(siteRoot: options.siteRoot)
            let sink = DiagnosticSink()
            return (theme, PageRenderer(theme: theme, sink: sink), sink.log.entries)
        }
        // So are the manifests of the last build, taken later only if no other build replaced
        // them before this one holds the output's lock.
        let earlyManifests = options.month == nil
            ? Background { BuildPlan(options: options).cache.manifests(for: options.output, tool: ToolIdentity.current) } : nil
        var portal = PhaseTimer.measure("load") { PortalLoader.load(root: options.siteRoot, cache: use, onlyUnit: options.unit) }
        if options.publishes, options.month == nil, options.unit == nil, let local = LoopbackBaseURL.warning(siteRoot: options.siteRoot) {
            portal.diagnostics.append(local)
        }
        options.afterLoading?()
        var report = BuildReport(diagnostics: portal.diagnostics, inputSummary: portal.inventory, succeeded: false)
        if let reason = portal.allUnits.lazy.compactMap({ options.unsafeOutputReason(site: $0.portal.root) }).first {
            report.diagnostics.error(options.outputLocation, reason)
            return report
        }
        let plan = BuildPlan(options: options)
        let cache = plan.cache
        if options.month == nil, !options.force,
           let reason = OutputMarker.refusal(options.output.standardizedFileURL, published: { cache.publishedEntries(of: options.output) },
                                              for: options.outputCommand) {
            report.diagnostics.error(options.outputLocation, reason)
            return report
        }
        if options.month == nil, !options.force, let unit = options.unit,
           let reason = UnitBuildOutput.refusal(options.output.standardizedFileURL, unit: unit) {
            report.diagnostics.error(.option("--output"), reason)
            return report
        }
        guard portal.site != nil, !portal.diagnostics.isFailure(strict: options.strict),
              let sites = PhaseTimer.measure("portal sites", { PortalSite.all(portal) }), let context = sites[0].context
        else {
            // Every problem at once: the templates' with the content's.
            report.diagnostics.append(contentsOf: portal.templateProblems(top: checkedTheme.value.diagnostics))
            return report
        }
        if let request = options.pdfEngine, engine == nil {
            report.diagnostics.error(.option("--pdf-engine"), PDFEngine.missingMessage(request: request))
            return report
        }
        if options.pdf && engine == nil {
            report.diagnostics.warning(.output(options.output.lastPathComponent + "/" + Router().path(.bulletinIndex)),
                                       PDFEngine.missingMessage(request: options.pdfEngine))
        }

        progress("[2/\(steps)] Áp dụng quy tắc thi đua và nền nếp sinh hoạt")
        if let month = options.month {
            BulletinMonthBuilder.build(month, context: context, options: options, engine: engine,
                                       report: &report, progress: progress)
            report.seconds = seconds(since: clock)
            return report
        }

        progress("[3/\(steps)] Chuẩn bị dữ liệu các trang")
        let top = sites[0]
        let rendersTop = options.unit == nil
        let pages = PhaseTimer.measure("pages") { rendersTop ? PortalPages.pages(context) : [] }
        if rendersTop, SiteAddress(baseURL: context.site.config.baseURL, router: context.router) == nil {
            report.notes.append(SiteAddress.skippedNote(baseURL: context.site.config.baseURL, router: context.router))
        }
        let (theme, renderer, themeDiagnostics) = checkedTheme.value
        report.diagnostics.append(contentsOf: themeDiagnostics)
        guard themeDiagnostics.allSatisfy({ $0.severity != .error }) else { return report }

        let lock: OutputLock
        let output: BuildOutput
        let published: BuildManifest?
        let previous: BuildManifest?
        do {
            let locked = options.output.standardizedFileURL
            lock = try OutputLock(output: locked, faults: options.faults) { options.tellWaiting(for: locked, or: progress) }
            let manifests = PhaseTimer.measure("read manifests") {
                if let early = earlyManifests?.value, cache.unchanged(since: early) { return early }
                return cache.manifests(for: options.output, tool: ToolIdentity.current)
            }
            // A folder put by the office where the last build published (`OutputMarker.marks`)
            // is no output of bontot's: replaced whole and not kept as the spare, which the next
            // build would have trusted, and published with the office's files in it.
            let foreign = FileManager.default.fileExists(atPath: locked.path) && !OutputMarker.marks(locked)
            published = foreign ? nil : manifests.published
            let spare = manifests.spare
            cache.clearSpare()
            previous = previousBuild(options, published: published)
            output = try PhaseTimer.measure("open output") {
                try BuildOutput(output: options.output, previous: previous, spare: spare, faults: options.faults)
            }
        } catch {
            report.diagnostics.append(writeError(error, options))
            return report
        }
        defer { withExtendedLifetime(lock) {} }
        progress("[4/\(steps)] Dựng \(pages.count) trang")
        var units: [String: BuildManifest.UnitRecord] = [:]
        do {
            // Deepest units first, so a unit with communes of its own lists their pages in its
            // sitemap, and the top site last, whose sitemap lists them all; what each gave is
            // reported in the portal's order, the top site's first.
            let rendering = plan.renderedUnits(sites)
            var renderings: [PortalSite.Rendered] = []
            let owned = PortalSite.ownedFiles(in: previous, sites: rendering)
            for site in rendering.reversed() {
                renderings.append(try site.render(into: output, previous: previous, owned: owned[site.router.prefix], engine: engine))
            }
            let copied = try plan.copyUnits(of: portal, into: output)
            var rendered = PortalSite.Rendered()
            if rendersTop {
                // PDFs are printed only for a build that can still succeed.
                let unitsFailed = (renderings.flatMap(\.diagnostics) + copied).contains { $0.severity == .error }
                rendered = try top.render(into: output, pages: pages, previous: previous, engine: unitsFailed ? nil : engine,
                                          checked: (theme, renderer)) {
                    progress("[5/\(steps)] In bản tin ra PDF bằng \(engine.map(\.kind.displayName) ?? "")")
                }
            }
            report.diagnostics.append(contentsOf: rendered.diagnostics)
            report.pages = rendered.pages
            for (site, rendered) in zip(rendering, renderings.reversed()) {
                report.diagnostics.append(contentsOf: rendered.diagnostics + rendered.printed.diagnostics)
                (report.files, report.bytes) = (report.files + rendered.printed.files, report.bytes + rendered.printed.bytes)
                report.pages += rendered.pages
                units[site.router.prefix] = rendered.record
                if rendered.reused { report.reusedUnits.append(site.router.prefix) }
            }
            report.diagnostics.append(contentsOf: copied + rendered.printed.diagnostics)
            (report.files, report.bytes) = (report.files + rendered.printed.files, report.bytes + rendered.printed.bytes)
        } catch {
            // Told before the site being made is removed: a loop of links met in it is named.
            report.diagnostics.append(writeError(error, options))
            output.discard()
            return report
        }
        guard report.diagnostics.errorCount == 0 else {
            output.discard()
            return report
        }
        report.rendered = output.rendered

        do {
            progress("[\(steps)/\(steps)] Ghi ra \(options.output.path)")
            cache.clear()
            var (manifest, spared) = try PhaseTimer.measure("publish") {
                try output.commit(tool: ToolIdentity.current, inputs: plan.inputHashes(sites))
            }
            manifest.units = units
            // The published manifest, set aside by `clear()`, now describes the spare.
            cache.retire(spared: spared && published != nil)
            PhaseTimer.measure("save manifest") { cache.save(manifest) }
            if spared && published == nil {
                OutputLock.remove(StagingFolder.spare(of: options.output.standardizedFileURL))
            }
        } catch {
            // Told before the site being made is removed: a loop of links met in it is named.
            report.diagnostics.append(writeError(error, options))
            output.discard()
            return report
        }
        if output.lostSharedGroup {
            report.diagnostics.append(.warning(at: .output(options.output.standardizedFileURL.lastPathComponent), SharedGroup.lostWarning))
        }
        if let group = output.groupNotGiven {
            report.diagnostics.append(.warning(at: .output(options.output.standardizedFileURL.lastPathComponent),
                                               SharedGroup.notMemberWarning(group)))
        }
        (report.files, report.bytes) = (report.files + output.written.files, report.bytes + output.written.bytes)
        report.seconds = seconds(since: clock)
        report.succeeded = true
        if options.leavesMemoryToExit { LeftToExit.keep((portal, sites, pages, output, published, previous)) }
        return report
    }

    /// Why `--month` cannot go with `other` (`--unit`, `--units-from`).
    public static func monthWithUnitsMessage(_ other: String) -> String {
        "--month dựng lại bản tin tháng của cả trang từ mọi đơn vị, không dùng cùng \(other); bỏ \(other) để dựng bản tin "
            + "của huyện, hoặc dựng cả trang (bản tin của một đơn vị nằm trong \(Router().unit("<mã>").path(.bulletinIndex))) "
            + "/ --month excludes \(other): the month's bulletin is made from every unit"
    }

    /// `options` building into the folder their output links to, and why they cannot when the
    /// link points to nothing.
    private static func followingOutputLink(_ options: BuildOptions) -> (BuildOptions, String?) {
        var options = options
        switch OutputLink.target(of: options.output, for: options.outputCommand) {
        case .folder(let folder):
            options.output = folder
            return (options, nil)
        case .refused(let reason):
            return (options, reason)
        }
    }

    /// The manifest of the published output, when an incremental build can trust it: not a
    /// clean build, the output still there.
    private static func previousBuild(_ options: BuildOptions, published: BuildManifest?) -> BuildManifest? {
        guard !options.clean, FileManager.default.fileExists(atPath: options.output.path) else { return nil }
        return published
    }

    /// The one error of a build that could not write its output: which file, in the office's
    /// words why and what to do, and that the published site is kept.
    static func writeError(_ error: Error, _ options: BuildOptions) -> Diagnostic {
        let output = options.output.standardizedFileURL
        let reason: String
        if let failure = error as? WriteFailure {
            reason = failure.told(output: output, staging: StagingFolder.spare(of: output).path, command: options.outputCommand)
        } else {
            reason = error.localizedDescription
        }
        return .error(at: .output(output.lastPathComponent),
                      "không ghi được thư mục kết quả '\(output.path)', trang đã xuất bản vẫn giữ nguyên "
                      + "/ cannot write the output, the published site is kept: \(reason)")
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
