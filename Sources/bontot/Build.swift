import ArgumentParser
import BonTotKit
import Foundation

/// `bontot build`: checks a site and writes the portal; refuses to write when there are errors.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tạo cổng thông tin vào thư mục output/.",
        discussion: """
            Lần dựng sau chỉ dựng lại các trang có thay đổi (incremental build, bộ nhớ đệm trong .bontot-cache/). \
            Khi còn lỗi, thư mục kết quả giữ nguyên như lần dựng trước.

            Ví dụ:
              bontot build
              bontot build --site ~/cong-thong-tin --output /srv/www/dang-bo
              bontot build --pdf              # in thêm bản tin tháng ra PDF
              bontot build --month 2024-09    # chỉ dựng lại bản tin tháng 9/2024
            """)

    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: ArgumentHelp("Thư mục kết quả (mặc định: output/ trong thư mục trang).", valueName: "thư-mục"))
    var output: String?

    @Flag(name: .long, help: "Coi cảnh báo là lỗi.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Chỉ in lỗi và cảnh báo.")
    var quiet = false

    @Flag(name: .long, help: "In thêm mỗi bản tin tháng ra PDF (ví dụ \(Router().file(.bulletinPDF(YearMonth(year: 2024, month: 9))))), bằng WeasyPrint hoặc Chromium.")
    var pdf = false

    @Option(name: .long, help: ArgumentHelp("Công cụ tạo PDF: weasyprint, chromium hoặc đường dẫn tới chương trình.", valueName: "công-cụ"))
    var pdfEngine: String?

    @Flag(name: .long, help: "Dựng lại toàn bộ, không dùng kết quả lần dựng trước (.bontot-cache/).")
    var clean = false

    @Flag(name: .long, help: "Cho phép thay thư mục kết quả dù bontot không tạo ra nó (mọi tệp trong đó sẽ bị xóa).")
    var force = false

    @Option(name: .long, help: ArgumentHelp("Chỉ dựng bản tin của một tháng, ghi thẳng vào thư mục kết quả (YYYY-MM).", valueName: "yyyy-mm"))
    var month: String?

    @Option(name: .long, help: ArgumentHelp("Chỉ dựng một đơn vị của trang huyện, vào \(Router().unit("<mã>").prefix) của thư mục kết quả.", valueName: "mã"))
    var unit: String?

    @Option(name: .long, help: ArgumentHelp("Lấy kết quả dựng sẵn của các đơn vị (bằng --unit) từ thư mục này thay vì dựng lại.", valueName: "thư-mục"))
    var unitsFrom: String?

    func validate() throws {
        if unit != nil, unitsFrom != nil {
            throw ValidationError("--unit và --units-from không dùng cùng nhau / --unit and --units-from exclude each other")
        }
        if month != nil, let other = unit != nil ? "--unit" : unitsFrom != nil ? "--units-from" : nil {
            throw ValidationError(SiteBuilder.monthWithUnitsMessage(other))
        }
        if let month, YearMonth(iso: month) == nil {
            throw ValidationError("--month cần dạng YYYY-MM, ví dụ 2024-09 / --month takes YYYY-MM")
        }
    }

    func run() throws {
        var buildOptions = BuildOptions(
            siteRoot: options.root,
            output: output.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL },
            strict: strict,
            pdf: pdf || pdfEngine != nil,
            pdfEngine: pdfEngine,
            month: month.flatMap(YearMonth.init(iso:)),
            clean: clean,
            force: force,
            unit: unit,
            // As the disk spells it, either way of writing its Vietnamese letters (`DiskSpelling`).
            unitsFrom: unitsFrom.map { DiskSpelling.existing(URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL) })
        buildOptions.leavesMemoryToExit = true
        // What it makes is published: a base_url of this computer is a warning (not in serve).
        buildOptions.publishes = true
        // Waiting on a `bontot serve` (or another build) is said even when the progress is not:
        // a build that seems to hang says why, at once.
        let quiet = self.quiet
        buildOptions.waiting = { line in
            if !quiet { try? FileHandle.standardOutput.write(contentsOf: Data((line + "\n").utf8)) }
        }
        let showsProgress = !quiet && isatty(STDOUT_FILENO) == 1
        let report = SiteBuilder.build(buildOptions) { line in
            if showsProgress { print(line) }
        }
        DiagnosticPrinter.print(report.diagnostics)
        if !quiet { print("Đã đọc: \(report.summary)") }
        if !quiet { report.notes.forEach { print($0) } }
        guard report.succeeded else { try refuse(report.diagnostics) }
        if !quiet, let month = buildOptions.month {
            let pdf = report.printedPDFs.first.map { " và bản PDF \(buildOptions.output.appending(path: $0).path)" } ?? ""
            print("Đã ghi bản tin tháng \(month) vào \(buildOptions.output.appending(path: Router().file(.bulletin(month))).path)\(pdf) trong \(VietnameseFormat.seconds(report.seconds)) giây.")
        } else if !quiet {
            let size = VietnameseFormat.fileSize(report.bytes)
            print("\(report.pagesSentence), ghi \(VietnameseFormat.number(report.files)) tệp (\(size)) vào \(buildOptions.output.path) trong \(VietnameseFormat.seconds(report.seconds)) giây.")
        }
    }

    /// Says that nothing was written, and why, and fails.
    private func refuse(_ diagnostics: DiagnosticLog) throws -> Never {
        // "0 lỗi" above and "còn lỗi" here would contradict each other: say it was --strict.
        let reason = diagnostics.errorCount == 0 && strict ? "còn cảnh báo (--strict coi cảnh báo là lỗi)" : "còn lỗi"
        print("Không tạo trang vì \(reason); thư mục kết quả giữ nguyên.")
        throw ExitCode(1)
    }
}
