import BonTotKit
import Foundation

/// One fuzzing input run through what reads a site's text: the bytes become one file of an
/// otherwise valid site held in memory (or a Word or Writer document imported into it), which
/// is decoded into the model, analysed and turned into the pages' view models as a build would
/// (templates are not rendered). Any input must give diagnostics, never a crash or a hang. The libFuzzer target
/// (`make fuzz`) and the regression tests (`FuzzCorpusTests`) both call `run(_:mode:)`.
public enum FuzzInput {
    /// What the bytes stand for.
    public enum Mode: String, CaseIterable, Sendable {
        /// A Markdown file split into front matter and body: a minutes file or a story, by the
        /// first byte.
        case frontMatter = "front-matter"
        /// A YAML file read into the model: a branch, an evaluation, the rubric or site.yaml, by
        /// the first byte.
        case yaml
        /// An evaluation as a spreadsheet export, read by the CSV reader.
        case csv
        /// An evaluation saved by LibreOffice Calc (`2024.ods`): the bytes are its `content.xml`,
        /// put in a package as Calc would.
        case ods
        /// An evaluation saved by Excel (`2024.xlsx`): the bytes are the first sheet's XML, its
        /// shared strings or its styles (number formats, fonts), by the first byte, in the
        /// package of a real workbook.
        case xlsx
        /// Minutes in Word (`bontot import minutes bien-ban.docx`): the bytes are
        /// `word/document.xml`, `numbering.xml`, `styles.xml` or `footnotes.xml`, by the first
        /// byte, in the package of a real document; imported to Markdown and front matter in
        /// memory, and the site with the minutes checked.
        case docx
        /// Minutes saved by LibreOffice Writer (`bien-ban.odt`): the bytes are its `content.xml`,
        /// imported as `docx` is.
        case odt
        /// A whole file, damaged as a copy from a USB stick may be (cut short, another format
        /// under an Office name): an evaluation workbook or a minutes document, by the first byte.
        case officeFile = "office-file"
        /// The Markdown body of a meeting's minutes, a story or a bulletin's editorial, under a
        /// fixed front matter, by the first byte, in a site with media files and other pages to
        /// link, keeping raw HTML or not: its links checked, then rendered to its page's HTML
        /// (`body(_:)`).
        case body
    }

    /// What one input came to: the file it became, every problem reported, and the pages a
    /// build would make of the site.
    public struct Outcome: Sendable {
        /// The file of the site the input became (`content/evaluations/2024.csv`).
        public let path: String
        /// The lines of the input's file, as an editor counts them: its line breaks (LF, CR LF,
        /// or a CR alone, as old spreadsheet exports end rows), plus one.
        public let lines: Int
        /// Every file of the site, the input's included.
        public let files: [String]
        /// Everything reported, in the order reported.
        public let diagnostics: [Diagnostic]
        /// The pages a build would make, when the site checked without errors; nil otherwise.
        public let pages: Int?
        /// For the `body` mode, the body's HTML as its page shows it, whether or not the site checked.
        public var html: String?

        public init(path: String, lines: Int, files: [String], diagnostics: [Diagnostic], pages: Int?) {
            self.path = path
            self.lines = lines
            self.files = files
            self.diagnostics = diagnostics
            self.pages = pages
        }
    }

    /// Decodes and analyses a site holding `data` as one of its files.
    @discardableResult
    public static func run(_ data: Data, mode: Mode) -> Outcome {
        if mode == .body { return body(data) }
        let selector = data.first ?? 0
        let (path, bytes) = file(for: data, mode: mode, selector: selector)
        var sources = baseSources()
        let sink = DiagnosticSink()
        let lines = lineCount(bytes)
        if path.hasSuffix(".docx") || path.hasSuffix(".odt") {
            return importMinutes(bytes, source: path, lines: lines)
        }
        var text: SourceText
        if path.hasSuffix(".ods") || path.hasSuffix(".xlsx") {
            // A workbook is read as bytes, as `SourceText.read` reads one from a file.
            text = SourceText(path: path, text: "")
            text.data = bytes
        } else {
            switch SourceText.decode(bytes, relativePath: path) {
            case .success(let decoded): text = decoded
            case .failure(let problem):
                return Outcome(path: path, lines: lines, files: [path], diagnostics: [problem], pages: nil)
            }
        }
        switch path {
        case "site.yaml": sources.siteConfig = text
        case "content/rubric.yaml": sources.rubric = text
        case _ where path.hasPrefix("content/branches/"): sources.branches.append(text)
        case _ where path.hasPrefix("content/evaluations/"): sources.evaluations.append(text)
        case _ where path.hasPrefix("content/stories/"): sources.stories.append(text)
        default:
            _ = FrontMatter(splitting: text.text)
            sources.minutes.append(text)
        }
        return decode(sources, input: path, lines: lines, sink: sink)
    }

    /// The lines of `bytes` as an editor counts them (`Outcome.lines`).
    static func lineCount(_ bytes: Data) -> Int {
        zip(bytes, bytes.dropFirst().map(Optional.some) + [nil]).reduce(1) { count, pair in
            pair.0 == 0x0A || (pair.0 == 0x0D && pair.1 != 0x0A) ? count + 1 : count
        }
    }

    /// The outcome of decoding and analysing `sources`, whose file `input` (of `lines` lines)
    /// comes from the fuzzer's bytes, with what `sink` has been told already.
    static func decode(_ sources: SiteSources, input path: String, lines: Int, sink: DiagnosticSink,
                       otherFiles: [String] = []) -> Outcome {
        var sources = sources
        sources.branchPaths = sources.branches.map(\.path)
        let files = ([sources.siteConfig, sources.rubric].compactMap { $0 } + sources.branches + sources.evaluations
            + sources.minutes + sources.stories).map(\.path) + otherFiles
        // A site that checks builds: its rules and every view model (the sums and percentages of
        // the pages, the CSV) are worked out too, as a build would.
        var pages: Int?
        if let site = SiteDecoder.decode(sources, sink: sink), sink.log.errorCount == 0 {
            let context = PortalContext(site: site, analysis: SiteAnalysis(site: site))
            pages = PortalPages.pages(context).count
            _ = PortalPages.files(context).map(\.bytes)
        }
        return Outcome(path: path, lines: lines, files: files, diagnostics: sink.log.entries, pages: pages)
    }

    /// The file the input becomes, and its bytes (without the selector byte where one is used).
    private static func file(for data: Data, mode: Mode, selector: UInt8) -> (String, Data) {
        let rest = data.dropFirst()
        switch mode {
        case .frontMatter:
            return (selector % 2 == 0 ? "content/minutes/2024/ap-1-2024-10.md" : "content/stories/fuzz.md", Data(rest))
        case .yaml:
            let paths = ["content/branches/ap-2.yaml", "content/evaluations/2024.yaml", "content/rubric.yaml", "site.yaml"]
            return (paths[Int(selector) % paths.count], Data(rest))
        case .csv:
            return ("content/evaluations/2024.csv", data)
        case .ods:
            return ("content/evaluations/2024.ods", OpenDocumentPackage.spreadsheet(content: data))
        case .xlsx:
            let parts = ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml"]
            return ("content/evaluations/2024.xlsx", FuzzPackages.workbook.replacing(parts[Int(selector) % parts.count], with: Data(rest)))
        case .docx:
            let parts = ["word/document.xml", "word/numbering.xml", "word/styles.xml", "word/footnotes.xml"]
            return ("bien-ban.docx", FuzzPackages.document.replacing(parts[Int(selector) % parts.count], with: Data(rest)))
        case .odt:
            return ("bien-ban.odt", OpenDocumentPackage.text(content: data))
        case .officeFile:
            return (selector % 2 == 0 ? "content/evaluations/2024.xlsx" : "bien-ban.docx", Data(rest))
        case .body:
            // Run by `body(_:)`, which puts the bytes under a front matter; the file they become.
            return (BodyFile.kinds[Int(selector) % BodyFile.kinds.count].path, Data(rest))
        }
    }

    /// A small valid site: the files the input does not replace.
    static func baseSources() -> SiteSources {
        var sources = SiteSources(root: URL(fileURLWithPath: "/nonexistent/bontot-fuzz-site"))
        sources.siteConfig = SourceText(path: "site.yaml", text: """
            title: Cổng thông tin Đảng bộ xã Hòa Thuận
            organization: Đảng bộ xã Hòa Thuận
            place: Hòa Thuận
            """)
        sources.rubric = SourceText(path: "content/rubric.yaml", text: """
            criteria:
              - id: nhiem-vu-chinh-tri
                name: Lãnh đạo hoàn thành tốt nhiệm vụ chính trị
                max: 30
                items:
                  - { id: chi-tieu, name: Hoàn thành các chỉ tiêu được giao, max: 15 }
                  - { id: tien-do, name: "Tiến độ, chất lượng lãnh đạo", max: 15 }
              - { id: sinh-hoat, name: Chất lượng sinh hoạt tốt, max: 30 }
              - { id: doan-ket-ky-luat, name: "Đoàn kết, kỷ luật tốt", max: 20 }
              - { id: dang-vien, name: "Cán bộ, đảng viên tốt", max: 20 }
            bonus_max: 5
            levels:
              - { id: xuat-sac, name: Hoàn thành xuất sắc nhiệm vụ, min: 90 }
              - { id: tot, name: Hoàn thành tốt nhiệm vụ, min: 70 }
              - { id: hoan-thanh, name: Hoàn thành nhiệm vụ, min: 50 }
              - { id: khong-hoan-thanh, name: Không hoàn thành nhiệm vụ, min: 0 }
            """)
        sources.branches = [SourceText(path: "content/branches/ap-1.yaml", text: """
            name: Chi bộ ấp 1
            kind: khu-dan-cu
            members: { official: 40, probationary: 2 }
            households: 420
            """)]
        sources.minutes = [SourceText(path: "content/minutes/2024/ap-1-2024-09.md", text: """
            ---
            branch: ap-1
            date: 2024-09-05
            kind: thuong-ky
            attendance: { present: 36, expected: 40 }
            ---
            Nội dung.
            """)]
        return sources
    }
}
