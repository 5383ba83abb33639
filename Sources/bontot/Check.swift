import ArgumentParser
import BonTotKit

/// `bontot check`: validates a site and prints every problem, writing nothing.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Kiểm tra nội dung, không ghi gì ra đĩa.")

    @OptionGroup var options: SiteOptions

    @Flag(name: .long, help: "Coi cảnh báo là lỗi.")
    var strict = false

    func run() throws {
        let loaded = PortalLoader.load(root: options.root)
        DiagnosticPrinter.print(loaded.diagnostics)
        print(loaded.summary)
        if loaded.diagnostics.isFailure(strict: strict) { throw ExitCode(1) }
    }
}
