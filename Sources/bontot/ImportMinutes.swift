import ArgumentParser
import BonTotKit
import Foundation

/// `bontot import minutes FILE.docx|FILE.odt|DIR --branch ID [--kind K] [--dry-run] [--allow-duplicate]`: Word minutes into
/// `content/minutes/<yyyy>/`, with a list of what the editor still has to fill in.
struct ImportMinutes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes",
        abstract: "Biên bản Word (.docx) hoặc LibreOffice (.odt), một tệp hoặc cả thư mục → content/minutes/<năm>/<chi-bộ>-<năm>-<tháng>.md")

    @OptionGroup var options: SiteOptions

    @Argument(help: ArgumentHelp("Tệp .docx/.odt (hay .doc/.rtf khi máy có LibreOffice) hoặc thư mục chứa các tệp đó.", valueName: "tệp-hoặc-thư-mục"))
    var input: String

    @Option(name: .long, help: ArgumentHelp("Mã chi bộ (tên tệp trong content/branches/, không có đuôi).", valueName: "chi-bộ"))
    var branch: String

    @Option(name: .long, help: ArgumentHelp("Loại sinh hoạt: thuong-ky, chuyen-de, cap-uy hoặc bat-thuong (mặc định: theo tiêu đề biên bản).",
                                            valueName: "loại"))
    var kind: String?

    @Flag(name: .long, help: "Chỉ in ra kết quả, không ghi tệp.")
    var dryRun = false

    @Flag(name: .long, help: "Vẫn nhập khi trang đã có biên bản cùng chi bộ, ngày và loại sinh hoạt (ghi vào tệp mới, không ghi đè).")
    var allowDuplicate = false

    func validate() throws {
        _ = try meetingKind()
    }

    private func meetingKind() throws -> MeetingKind? {
        try kind.map { try choice($0, for: "--kind") }
    }

    func run() throws {
        let meetingKind = try meetingKind()
        let report = MinutesImport.run(URL(fileURLWithPath: input), source: input, siteRoot: options.root,
                                       siteFolder: options.folder, branch: branch, kind: meetingKind, dryRun: dryRun,
                                       allowDuplicates: allowDuplicate)
        for outcome in report.outcomes {
            guard let path = outcome.path else { continue }
            let named = options.folder + path
            print(dryRun ? "\(outcome.source) → \(named) (chạy thử, chưa ghi)" : "\(outcome.source) → \(named)")
            print("  đã điền: \(outcome.filled.joined(separator: ", "))")
            if !outcome.convertedEncodings.isEmpty {
                print("  đã chuyển phông \(outcome.convertedEncodings.joined(separator: ", ")) sang Unicode")
            }
            if dryRun, let text = outcome.text { print(text) }
        }
        DiagnosticPrinter.print(report.diagnostics)
        print("\(report.outcomes.count) biên bản; \(report.diagnostics.counts)")
        if report.diagnostics.errorCount > 0 { throw ExitCode(1) }
    }
}
