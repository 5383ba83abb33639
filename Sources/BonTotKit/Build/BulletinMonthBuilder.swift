import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `bontot build --month 2024-09`: renders that month's bulletin alone and writes it in place
/// into the output (with the theme's assets and the media it shows), leaving every other page as
/// it is, so the editor finishing the bulletin sees it in a moment.
///
/// With `--pdf` the bulletin is printed first, from a copy of its files in a hidden folder beside
/// the output (`.output.bontot-month`, open to its owner alone: `PrivateFolder`), and its files
/// and PDF are put in the output only then: the output never holds the copy the engine prints
/// from nor a PDF half written, even when the printing is stopped (Ctrl-C), and the next build
/// removes what a stopped one left beside it (`OutputLock`). A bulletin that could not be
/// printed is written without its PDF link, and an older PDF of the month, which no longer
/// matches it, is removed.
enum BulletinMonthBuilder {
    /// Writes the bulletin of `month`; errors go into `report`, which says whether it succeeded.
    static func build(_ month: YearMonth, context: PortalContext, options: BuildOptions, engine: PDFEngine?,
                      report: inout BuildReport, progress: (String) -> Void) {
        let steps = engine == nil ? 4 : 5
        progress("[3/\(steps)] Chuẩn bị bản tin \(VietnameseFormat.monthYear(month))")
        guard let page = BulletinPages.page(for: month, context: context) else {
            report.diagnostics.error(.option("--month"), nothingToPrint(month, months: context.bulletinMonths))
            return
        }
        let router = context.router
        let theme = Theme.load(siteRoot: options.siteRoot)
        // The theme's problems are told with the page's.
        let themeSink = DiagnosticSink()
        let renderer = PageRenderer(theme: theme, sink: themeSink)
        report.diagnostics.append(contentsOf: themeSink.log.entries)
        guard themeSink.log.errorCount == 0 else { return }
        let linking = engine == nil ? page : BulletinPages.linkingPDFs([page], months: [month], router: router)[0]
        guard var files = render(linking, router: router, renderer: renderer, report: &report) else { return }
        do {
            for (path, data) in theme.assets.sorted(by: { $0.key < $1.key }) {
                files.append((router.file(.asset(path)), data))
            }
            for media in BulletinPages.media(shownIn: month, site: context.site) {
                files.append((router.file(.media(media)), try Data(contentsOf: context.site.root.appending(path: "content/" + media))))
            }
        } catch {
            report.diagnostics.append(cannotWrite(error, output: options.output))
            return
        }

        let output = options.output.standardizedFileURL
        let lock: OutputLock
        do {
            // Waits for a build writing the same output, and clears what a stopped one left beside it.
            lock = try OutputLock(output: output, faults: options.faults) { options.tellWaiting(for: output, or: progress) }
        } catch {
            report.diagnostics.append(cannotWrite(error, output: options.output))
            return
        }
        defer { withExtendedLifetime(lock) {} }
        // An output this build makes (the site was never built) is marked as bontot's, as a
        // whole build marks its own: the next `bontot build` replaces it instead of refusing it
        // as a folder holding files bontot did not write. Told under the lock, as the output is
        // while this build writes: a folder filled while it waited is no output of its making.
        let makesOutput = (try? FileManager.default.contentsOfDirectory(atPath: output.path))?.isEmpty ?? true
        let pdfPath = router.file(.bulletinPDF(month))
        let printing = OutputLock.sibling(of: output, suffix: "month")
        defer { OutputLock.remove(printing) }
        var printed: (file: URL, size: Int)?
        if let engine {
            progress("[4/\(steps)] In bản tin ra PDF bằng \(engine.kind.displayName)")
            let summary = print(month, files: files, in: printing, shownAs: options.output, context: context, engine: engine,
                                faults: options.faults)
            report.diagnostics.append(contentsOf: summary.diagnostics)
            if let size = summary.files.first?.size {
                printed = (printing.appending(path: pdfPath), size)
            } else {
                // Its page links no PDF.
                guard let unlinked = render(page, router: router, renderer: renderer, report: &report) else { return }
                files[0] = unlinked[0]
            }
        }

        progress("[\(steps)/\(steps)] Ghi bản tin vào \(options.output.path)")
        do {
            // The PDF before the page linking it: stopped between the two, the output holds a
            // page and the PDF printed from what it became, never a page linking no PDF.
            if let printed {
                let target = output.appending(path: pdfPath)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                guard rename(printed.file.path, target.path) == 0 else { throw WriteFailure(path: target.path) }
                report.files += 1
                report.bytes += printed.size
                report.printedPDFs.append(pdfPath)
            }
            for (path, data) in files {
                try write(data, to: path, in: output, report: &report)
            }
            if makesOutput { try write(Data(OutputMarker.text.utf8), to: OutputMarker.name, in: output, report: &report) }
        } catch {
            report.diagnostics.append(cannotWrite(error, output: options.output))
            return
        }
        // A bulletin that could not be printed: the month's older PDF, printed from what it was,
        // goes once the page no longer links it.
        if engine != nil, printed == nil { OutputLock.remove(output.appending(path: pdfPath)) }
        report.pages = 1
        BuildCache(siteRoot: options.siteRoot).clear()
        report.succeeded = true
    }

    /// The bulletin page's bytes, by its path in the output, as the first of the files to write;
    /// nil when the page could not be rendered (its errors in `report`).
    private static func render(_ page: Page, router: Router, renderer: PageRenderer,
                               report: inout BuildReport) -> [(String, Data)]? {
        let sink = DiagnosticSink()
        let html = renderer.render(page, sink: sink)
        report.diagnostics.append(contentsOf: sink.log.entries)
        guard let html, sink.log.errorCount == 0 else { return nil }
        return [(router.file(page.route), Data(html.utf8))]
    }

    /// Prints the bulletin of `month` from `files` written into `folder`, made anew, at their
    /// paths in the output; the PDF is left there. A folder that could not be made there (the
    /// clerk may not write the folder holding the output) is told by the folder the clerk knows,
    /// with what to do.
    private static func print(_ month: YearMonth, files: [(String, Data)], in folder: URL, shownAs output: URL,
                              context: PortalContext, engine: PDFEngine, faults: WriteFaults?) -> BulletinPDFs.Summary {
        OutputLock.remove(folder)
        do {
            let writing = FileWriting(faults: faults)
            // Closed to all but its owner before the bulletin is copied in, as the staging folder
            // is: it may lie under a web server's root.
            try writing.makeFolders(for: folder.path + "/" + files[0].0)
            PrivateFolder.makePrivate(folder.path)
            for (path, data) in files {
                try data.withUnsafeBytes { try writing.write($0, to: folder.path + "/" + path) }
            }
        } catch {
            let reason = (error as? WriteFailure)?.told(output: output.standardizedFileURL, work: .print(month)) ?? error.localizedDescription
            var summary = BulletinPDFs.Summary()
            summary.diagnostics.append(.warning(at: SourceLocation(file: output.lastPathComponent + "/" + files[0].0),
                                                "không chuẩn bị được trang để in PDF / cannot prepare the page to print: \(reason)"))
            return summary
        }
        return BulletinPDFs.write(months: [month], in: folder, shownAs: output, router: context.router, address: context.address,
                                  engine: engine)
    }

    /// The error of a bulletin that could not be written into `output`, with the system's reason.
    private static func cannotWrite(_ error: Error, output: URL) -> Diagnostic {
        .error(at: .output(output.lastPathComponent), "không ghi được bản tin / cannot write the bulletin: \(error.localizedDescription)")
    }

    /// Why `month` has no bulletin, and the months that have one (the latest twelve), so the
    /// user can type one of them: the month came from the command line, not from a file.
    static func nothingToPrint(_ month: YearMonth, months: [YearMonth]) -> String {
        let shown = months.suffix(12).map(\.description)
        let list = shown.isEmpty ? "trang chưa có tháng nào có bản tin"
            : "các tháng có bản tin: " + (months.count > shown.count ? "…, " : "") + shown.joined(separator: ", ")
        return "tháng \(month) chưa có nội dung cho bản tin (biên bản, bài viết, lời tòa soạn hay kết quả xếp loại); "
            + "\(list) / nothing to print for \(month)"
    }

    /// Writes one file in place, replacing it atomically.
    private static func write(_ data: Data, to path: String, in output: URL, report: inout BuildReport) throws {
        let url = output.appending(path: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url, options: .atomic)
        report.files += 1
        report.bytes += data.count
    }
}
