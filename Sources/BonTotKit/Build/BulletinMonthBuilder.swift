import Foundation

/// `bontot build --month 2024-09`: renders that month's bulletin alone and writes it in place
/// into the output (with the theme's assets and the media it shows), leaving every other page as
/// it is, so the editor finishing the bulletin sees it in a moment.
enum BulletinMonthBuilder {
    /// Writes the bulletin of `month`; errors go into `report`, which says whether it succeeded.
    static func build(_ month: YearMonth, context: PortalContext, options: BuildOptions, engine: PDFEngine?,
                      report: inout BuildReport, progress: (String) -> Void) {
        let steps = engine == nil ? 4 : 5
        progress("[3/\(steps)] Chuẩn bị bản tin \(VietnameseFormat.monthYear(month))")
        guard var page = BulletinPages.page(for: month, context: context) else {
            report.diagnostics.error(.option("--month"), nothingToPrint(month, months: context.bulletinMonths))
            return
        }
        let router = context.router
        if engine != nil { page = BulletinPages.linkingPDFs([page], months: [month], router: router)[0] }
        let sink = DiagnosticSink()
        let theme = Theme.load(siteRoot: options.siteRoot)
        let html = PageRenderer(theme: theme, sink: sink).render(page, sink: sink)
        report.diagnostics.append(contentsOf: sink.log.entries)
        guard let html, sink.log.errorCount == 0 else { return }

        progress("[4/\(steps)] Ghi bản tin vào \(options.output.path)")
        do {
            try write(Data(html.utf8), to: router.file(page.route), in: options.output, report: &report)
            for (path, data) in theme.assets.sorted(by: { $0.key < $1.key }) {
                try write(data, to: router.file(.asset(path)), in: options.output, report: &report)
            }
            for media in BulletinPages.media(shownIn: month, site: context.site) {
                let data = try Data(contentsOf: context.site.root.appending(path: "content/" + media))
                try write(data, to: router.file(.media(media)), in: options.output, report: &report)
            }
        } catch {
            report.diagnostics.error(.output(options.output.lastPathComponent),
                                     "không ghi được bản tin / cannot write the bulletin: \(error.localizedDescription)")
            return
        }
        report.pages = 1
        BuildCache(siteRoot: options.siteRoot).clear()
        if let engine {
            progress("[5/\(steps)] In bản tin ra PDF bằng \(engine.kind.displayName)")
            let printed = BulletinPDFs.write(months: [month], in: options.output, router: router, address: context.address,
                                             engine: engine)
            report.files += printed.written.count
            report.bytes += printed.bytes
            report.diagnostics.append(contentsOf: printed.diagnostics)
        }
        report.succeeded = true
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
