import ArgumentParser
import BonTotKit
import Foundation

/// The options every command that reads a site shares.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Thư mục của trang (mặc định: thư mục hiện tại).", valueName: "thư-mục"))
    var site: String?

    var root: URL { URL(fileURLWithPath: site ?? ".", isDirectory: true).standardizedFileURL }
}

/// Prints the diagnostics of a run, compiler-style, to standard error.
enum DiagnosticPrinter {
    static func print(_ log: DiagnosticLog) {
        for diagnostic in log.sorted {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
    }
}
