import ArgumentParser
import BonTotKit
import Foundation

/// `bontot build`: checks a site and writes the portal; refuses to write when there are errors.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Tạo cổng thông tin vào thư mục output/.")

    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: "Thư mục kết quả (mặc định: output/ trong thư mục trang).")
    var output: String?

    @Flag(name: .long, help: "Coi cảnh báo là lỗi.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Chỉ in lỗi và cảnh báo.")
    var quiet = false

    func run() throws {
        let buildOptions = BuildOptions(
            siteRoot: options.root,
            output: output.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL },
            strict: strict)
        let showsProgress = !quiet && isatty(STDOUT_FILENO) == 1
        let report = SiteBuilder.build(buildOptions) { line in
            if showsProgress { print(line) }
        }
        DiagnosticPrinter.print(report.diagnostics)
        if !quiet { print("Đã đọc: \(report.inputSummary)") }
        guard report.succeeded else {
            print("Không tạo trang vì còn lỗi; thư mục kết quả giữ nguyên.")
            throw ExitCode(1)
        }
        if !quiet {
            let size = ByteCountFormatter.string(fromByteCount: Int64(report.bytes), countStyle: .file)
            print("Đã ghi \(report.pages) trang, \(report.files) tệp (\(size)) vào \(buildOptions.output.path) trong \(String(format: "%.2f", report.seconds)) giây.")
        }
    }
}
