import Foundation

/// Builds a portal: load and check → apply the rules → make view models → render → write into
/// a staging folder → swap it in. Any error stops the build before the output is touched.
public enum SiteBuilder {
    /// Runs the build; `progress` receives one line per step (`[2/5] Áp dụng quy tắc`).
    public static func build(_ options: BuildOptions, progress: (String) -> Void = { _ in }) -> BuildReport {
        let clock = ContinuousClock.now
        let engine = options.pdf ? PDFEngine.find(options.pdfEngine) : nil
        let steps = (options.month == nil ? 5 : 4) + (engine == nil ? 0 : 1)
        progress("[1/\(steps)] Đọc và kiểm tra nội dung")
        let loaded = SiteLoader.load(root: options.siteRoot)
        var report = BuildReport(diagnostics: loaded.diagnostics, inputSummary: loaded.summary, succeeded: false)
        if let reason = options.unsafeOutputReason {
            report.diagnostics.error(SourceLocation(file: "--output"), reason)
            return report
        }
        guard let site = loaded.site, let analysis = loaded.analysis,
              !loaded.diagnostics.isFailure(strict: options.strict) else { return report }
        if options.pdf && engine == nil {
            report.diagnostics.warning(SourceLocation(file: options.output.lastPathComponent + "/" + Router().path(.bulletinIndex)),
                                       PDFEngine.missingMessage(request: options.pdfEngine))
        }

        progress("[2/\(steps)] Áp dụng quy tắc thi đua và nền nếp sinh hoạt")
        let context = PortalContext(site: site, analysis: analysis)
        let router = context.router
        if let month = options.month {
            BulletinMonthBuilder.build(month, context: context, options: options, engine: engine,
                                       report: &report, progress: progress)
            report.seconds = seconds(since: clock)
            return report
        }

        progress("[3/\(steps)] Chuẩn bị dữ liệu các trang")
        let pages = engine == nil ? PortalPages.pages(context) : BulletinPages.linkingPDFs(PortalPages.pages(context), router: router)
        let files = PortalPages.files(context)

        progress("[4/\(steps)] Dựng \(pages.count) trang")
        let sink = DiagnosticSink()
        let theme = Theme.load(siteRoot: options.siteRoot)
        let renderer = PageRenderer(theme: theme, sink: sink)
        report.diagnostics.append(contentsOf: sink.log.entries)
        guard sink.log.errorCount == 0 else { return report }
        let staging: StagingFolder
        do {
            staging = try StagingFolder(output: options.output)
        } catch {
            report.diagnostics.append(writeError(error, options))
            return report
        }
        let outcome = ParallelPages.render(pages, with: renderer) { page, html in try staging.write(html, to: router.file(page.route)) }
        report.diagnostics.append(contentsOf: outcome.diagnostics)
        guard !outcome.diagnostics.contains(where: { $0.severity == .error }) else {
            staging.discard()
            return report
        }

        progress("[5/\(steps)] Ghi ra \(options.output.path)")
        do {
            do {
                for file in files { try staging.write(Data(file.bytes), to: router.file(file.route)) }
                for (path, data) in theme.assets.sorted(by: { $0.key < $1.key }) { try staging.write(data, to: router.file(.asset(path))) }
                for media in site.media { try staging.copy(site.root.appending(path: "content/" + media), to: router.file(.media(media))) }
                try staging.commit()
            } catch {
                staging.discard()
                throw error
            }
            report.pages = outcome.rendered
            report.files = staging.filesWritten
            report.bytes = staging.bytesWritten
        } catch {
            report.diagnostics.append(writeError(error, options))
            return report
        }
        if let engine {
            progress("[6/\(steps)] In bản tin ra PDF bằng \(engine.kind.displayName)")
            let printed = BulletinPDFs.write(months: BulletinPages.months(context), output: options.output, router: router, engine: engine)
            report.files += printed.written.count
            report.bytes += printed.bytes
            report.diagnostics.append(contentsOf: printed.diagnostics)
        }
        report.seconds = seconds(since: clock)
        report.succeeded = true
        return report
    }

    private static func writeError(_ error: Error, _ options: BuildOptions) -> Diagnostic {
        .error(at: SourceLocation(file: options.output.lastPathComponent),
               "không ghi được thư mục kết quả / cannot write the output: \(error.localizedDescription)")
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
