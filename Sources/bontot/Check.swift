import ArgumentParser
import BonTotKit

/// `bontot check`: validates a site (its content and its templates) and prints every problem,
/// writing nothing.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Kiểm tra nội dung, không ghi gì ra đĩa.",
        discussion: """
            Mỗi lỗi ghi rõ tệp, dòng và trường (field), như trình biên dịch: content/minutes/2024/kdc-21-09.md:4: error: …

            Ví dụ:
              bontot check
              bontot check --site ~/cong-thong-tin --strict
            """)

    @OptionGroup var options: SiteOptions

    @Flag(name: .long, help: "Coi cảnh báo là lỗi.")
    var strict = false

    func run() throws {
        var loaded = PortalLoader.loadReadingCaches(root: options.root)
        loaded.diagnostics.append(contentsOf: loaded.templateProblems())
        DiagnosticPrinter.print(loaded.diagnostics)
        print(loaded.summary)
        if strict, loaded.diagnostics.errorCount == 0, loaded.diagnostics.warningCount > 0 {
            print("Không đạt vì còn cảnh báo (--strict coi cảnh báo là lỗi).")
        }
        if loaded.diagnostics.isFailure(strict: strict) { throw ExitCode(1) }
    }
}
