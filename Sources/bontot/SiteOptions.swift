import ArgumentParser
import BonTotKit
import Foundation

/// The options every command that reads a site shares.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Thư mục của trang (mặc định: thư mục hiện tại).", valueName: "thư-mục"))
    var site: String?

    /// The site's folder, as the disk spells it: `--site "Xã Long Thạnh"` typed precomposed (or
    /// printed so in an advice) opens the folder a Mac named decomposed (`DiskSpelling`).
    var root: URL { DiskSpelling.existing(URL(fileURLWithPath: site ?? ".", isDirectory: true).standardizedFileURL) }

    /// The site's folder as named from where bontot runs, ending in `/`, for a message to name
    /// the site's files and folders from there, where the user looks for them: `../district/`
    /// for `--site ../district`, `/srv/huyen/` for `--site /srv/huyen`; `""` without `--site`
    /// (and for `--site .`).
    var folder: String {
        guard let site else { return "" }
        let named = site.split(separator: "/").filter { $0 != "." }.map { $0 + "/" }.joined()
        return site.hasPrefix("/") ? "/" + named : named
    }
}

/// Prints the diagnostics of a run, compiler-style, to standard error.
enum DiagnosticPrinter {
    static func print(_ log: DiagnosticLog) {
        for diagnostic in log.sorted {
            try? FileHandle.standardError.write(contentsOf: Data((diagnostic.description + "\n").utf8))
        }
    }
}
