import ArgumentParser
import BonTotKit

/// `bontot build`: checks a site and writes the portal; refuses to write when there are errors.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Tạo cổng thông tin vào thư mục output/.")

    @OptionGroup var options: SiteOptions

    @Flag(name: .long, help: "Coi cảnh báo là lỗi.")
    var strict = false

    func run() throws {
        let loaded = SiteLoader.load(root: options.root)
        DiagnosticPrinter.print(loaded.diagnostics)
        print(loaded.summary)
        if loaded.diagnostics.isFailure(strict: strict) {
            print("Không tạo trang vì còn lỗi; output/ giữ nguyên.")
            throw ExitCode(1)
        }
    }
}
