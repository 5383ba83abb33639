import Foundation

/// A program that turns a built HTML page into a PDF: WeasyPrint (preferred) or headless
/// Chromium. Both draw the `@page` margin boxes of the print CSS (Chromium 156, as `make test`
/// installs it, does), so the sheets' feet read "Trang N/M" with either; Chromium has no
/// `string-set`, so a sheet's running head is written in the page itself
/// (`PageChrome.runningTitle`).
public struct PDFEngine: Sendable, Equatable {
    /// Which command-line interface the program speaks.
    public enum Kind: String, Sendable {
        case weasyprint
        case chromium

        /// "WeasyPrint", "Chromium".
        public var displayName: String {
            switch self {
            case .weasyprint: return "WeasyPrint"
            case .chromium: return "Chromium"
            }
        }

        /// The program names looked up on `PATH`, in order.
        var commands: [String] {
            switch self {
            case .weasyprint: return ["weasyprint"]
            case .chromium: return ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
            }
        }
    }

    public var kind: Kind
    public var executable: URL

    public init(kind: Kind, executable: URL) {
        self.kind = kind
        self.executable = executable
    }

    /// The arguments that print `input` (an HTML file) to `output`.
    func arguments(input: URL, output: URL) -> [String] {
        switch kind {
        case .weasyprint:
            return ["--encoding", "utf-8", input.path, output.path]
        case .chromium:
            var arguments = ["--headless", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer",
                             "--run-all-compositor-stages-before-draw", "--print-to-pdf=\(output.path)"]
            if geteuid() == 0 { arguments.append("--no-sandbox") }
            return arguments + [input.absoluteURL.absoluteString]
        }
    }

    /// Where engines are looked for unless told otherwise: the process's `PATH`.
    public static var defaultSearchPath: String? { ProcessInfo.processInfo.environment["PATH"] }

    /// The engine asked for (`weasyprint`, `chromium`, or a path to a program), or the first one
    /// installed (WeasyPrint, then Chromium); nil when none is found.
    /// - Parameter searchPath: the `PATH` to search, `:`-separated.
    public static func find(_ request: String? = nil, searchPath: String? = defaultSearchPath) -> PDFEngine? {
        let folders = (searchPath ?? "").split(separator: ":").map { URL(fileURLWithPath: String($0), isDirectory: true) }
        func lookUp(_ kind: Kind) -> PDFEngine? {
            for command in kind.commands {
                for folder in folders {
                    let candidate = folder.appending(path: command)
                    if FileManager.default.isExecutableFile(atPath: candidate.path) {
                        return PDFEngine(kind: kind, executable: candidate)
                    }
                }
            }
            return nil
        }
        guard let request, !request.isEmpty else { return lookUp(.weasyprint) ?? lookUp(.chromium) }
        if let kind = Kind(rawValue: request.lowercased()) { return lookUp(kind) }
        let program = URL(fileURLWithPath: request)
        guard FileManager.default.isExecutableFile(atPath: program.path) else { return nil }
        let name = program.lastPathComponent.lowercased()
        return PDFEngine(kind: name.contains("chrom") ? .chromium : .weasyprint, executable: program)
    }

    /// The one line printed when no engine is found, saying how to install one. With `request`
    /// (`--pdf-engine`), an engine the user named and that is not there, the build stops before
    /// writing anything, so the line says so; without it (`--pdf`), the HTML is still built.
    public static func missingMessage(request: String?) -> String {
        let what = request.map { "không tìm thấy công cụ tạo PDF '\($0)'" } ?? "không tìm thấy công cụ tạo PDF (WeasyPrint hoặc Chromium)"
        let install = "\(what); cài WeasyPrint bằng 'sudo apt-get install weasyprint' (hoặc Chromium) rồi chạy lại, "
        guard request == nil else {
            return install + "hoặc chỉ đúng đường dẫn bằng --pdf-engine (bỏ --pdf-engine để chỉ dựng trang HTML); chưa ghi gì "
                + "/ the PDF engine named was not found: install WeasyPrint (apt-get install weasyprint) or Chromium, "
                + "or name it right; nothing was written"
        }
        return install + "hoặc chỉ đường dẫn bằng --pdf-engine; các trang HTML vẫn được tạo / no PDF engine found: "
            + "install WeasyPrint (apt-get install weasyprint) or Chromium; the HTML build succeeded"
    }
}
