import ArgumentParser
import BonTotKit
import Foundation

/// The options every command that reads a site shares.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Thư mục của trang (mặc định: thư mục hiện tại).", valueName: "thư-mục"))
    var site: String?

    var root: URL { URL(fileURLWithPath: site ?? ".", isDirectory: true).standardizedFileURL }

    /// The site's folder as a path from the current folder, ending in `/` (`../district/`), for
    /// a message to name another folder from there; `""` without `--site`, and for a `--site`
    /// from the root (messages then name folders from the site, as they name its files).
    var relativeFolder: String {
        guard let site, !site.hasPrefix("/") else { return "" }
        return site.hasSuffix("/") ? site : site + "/"
    }
}

/// Prints the diagnostics of a run, compiler-style, to standard error.
enum DiagnosticPrinter {
    static func print(_ log: DiagnosticLog) {
        for diagnostic in log.sorted {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
    }
}
