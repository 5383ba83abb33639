import Foundation

/// Builds a portal: load and check (the site and every unit it lists) → apply the rules → make
/// view models → render → write into a staging folder → swap it in. Any error stops the build
/// before the output is touched.
public enum SiteBuilder {
    /// Runs the build; `progress` receives one line per step (`[2/5] Áp dụng quy tắc`).
    public static func build(_ options: BuildOptions, progress: (String) -> Void = { _ in }) -> BuildReport {
        let clock = ContinuousClock.now
        let engine = options.pdf ? PDFEngine.find(options.pdfEngine) : nil
        let steps = (options.month == nil ? 5 : 4) + (engine == nil ? 0 : 1)
        progress("[1/\(steps)] Đọc và kiểm tra nội dung")
        let use: SiteLoader.CacheUse? = options.month != nil ? nil : options.clean ? .writeOnly : .readAndWrite
        let portal = PortalLoader.load(root: options.siteRoot, cache: use, onlyUnit: options.unit)
        var report = BuildReport(diagnostics: portal.diagnostics, inputSummary: portal.summary, succeeded: false)
        let roots = [options.siteRoot] + portal.allUnits.map(\.portal.root)
        if let reason = roots.lazy.compactMap(options.unsafeOutputReason(site:)).first {
            report.diagnostics.error(SourceLocation(file: "--output"), reason)
            return report
        }
        guard portal.site != nil, !portal.diagnostics.isFailure(strict: options.strict),
              let sites = PortalSite.all(portal), let context = sites[0].context else { return report }
        if options.pdf && engine == nil {
            report.diagnostics.warning(SourceLocation(file: options.output.lastPathComponent + "/" + Router().path(.bulletinIndex)),
                                       PDFEngine.missingMessage(request: options.pdfEngine))
        }

        progress("[2/\(steps)] Áp dụng quy tắc thi đua và nền nếp sinh hoạt")
        let router = context.router
        if let month = options.month {
            BulletinMonthBuilder.build(month, context: context, options: options, engine: engine,
                                       report: &report, progress: progress)
            report.seconds = seconds(since: clock)
            return report
        }
        let building = BuildPlan(options: options, sites: sites)

        progress("[3/\(steps)] Chuẩn bị dữ liệu các trang")
        let pages = engine == nil || options.unit != nil
            ? PortalPages.pages(context) : BulletinPages.linkingPDFs(PortalPages.pages(context), router: router)

        let cache = building.cache
        let previous = previousBuild(options, cache: cache)
        let output: BuildOutput
        do {
            output = try BuildOutput(output: options.output, previous: previous)
        } catch {
            report.diagnostics.append(writeError(error, options))
            return report
        }
        progress("[4/\(steps)] Dựng \(pages.count) trang")
        var units: [String: BuildManifest.UnitRecord] = [:]
        for site in building.rendered {
            let rendered = site.render(into: output, pages: site.id == nil ? pages : nil, previous: previous)
            report.diagnostics.append(contentsOf: rendered.diagnostics)
            report.pages += rendered.pages
            units[site.router.prefix] = rendered.record
            if rendered.reused { report.reusedUnits.append(site.router.prefix) }
            if site.portal.isFromSnapshot { report.unitsFromSnapshot.append(site.router.prefix) }
        }
        report.diagnostics.append(contentsOf: building.copyUnits(into: output))
        guard report.diagnostics.errorCount == 0 else {
            output.discard()
            return report
        }

        progress("[5/\(steps)] Ghi ra \(options.output.path)")
        let printedMonths = engine == nil || options.unit != nil ? [] : BulletinPages.months(context)
        var manifest: BuildManifest
        do {
            do {
                for month in printedMonths { output.expect(router.file(.bulletinPDF(month))) }
                cache.clear()
                manifest = try output.commit(tool: ToolIdentity.current, inputs: building.inputHashes)
                manifest.units = units
                cache.save(manifest)
            } catch {
                output.discard()
                throw error
            }
            report.rendered = output.rendered
            (report.files, report.bytes) = output.written
        } catch {
            report.diagnostics.append(writeError(error, options))
            return report
        }
        if let engine, !printedMonths.isEmpty {
            progress("[6/\(steps)] In bản tin ra PDF bằng \(engine.kind.displayName)")
            let printed = BulletinPDFs.write(months: printedMonths, output: options.output, router: router, engine: engine)
            report.files += printed.written.count
            report.bytes += printed.bytes
            report.diagnostics.append(contentsOf: printed.diagnostics)
            for (path, size) in printed.files {
                manifest.outputs[path] = BuildManifest.OutputRecord(fingerprint: 0, hash: 0, size: size)
            }
            cache.save(manifest)
        }
        report.seconds = seconds(since: clock)
        report.succeeded = true
        return report
    }

    /// The manifest of the previous build into the same output, when an incremental build can
    /// trust it: same program, the output still there, no update left half done.
    private static func previousBuild(_ options: BuildOptions, cache: BuildCache) -> BuildManifest? {
        let journal = OutputUpdate.journal(for: options.output.standardizedFileURL)
        if FileManager.default.fileExists(atPath: journal.path) {
            try? FileManager.default.removeItem(at: journal)
            return nil
        }
        guard !options.clean, FileManager.default.fileExists(atPath: options.output.path) else { return nil }
        return cache.manifest(for: options.output, tool: ToolIdentity.current)
    }

    static func writeError(_ error: Error, _ options: BuildOptions) -> Diagnostic {
        .error(at: SourceLocation(file: options.output.lastPathComponent),
               "không ghi được thư mục kết quả / cannot write the output: \(error.localizedDescription)")
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
