import BonTotKit
import Foundation

/// One fuzzing input run through what reads a site's text: the bytes become one file of an
/// otherwise valid site held in memory, which is decoded into the model, analysed and turned
/// into the pages' view models as a build would (templates are not rendered). Any input must give diagnostics, never a crash or a hang. The libFuzzer target
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
    }

    /// Decodes and analyses a site holding `data` as one of its files.
    public static func run(_ data: Data, mode: Mode) {
        let selector = data.first ?? 0
        let (path, bytes) = file(for: data, mode: mode, selector: selector)
        var sources = baseSources()
        let sink = DiagnosticSink()
        guard case .success(let text) = SourceText.decode(bytes, relativePath: path) else { return }
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
        sources.branchPaths = sources.branches.map(\.path)
        // A site that checks builds: its rules and every view model (the sums and percentages of
        // the pages, the CSV) are worked out too, as a build would.
        if let site = SiteDecoder.decode(sources, sink: sink), sink.log.errorCount == 0 {
            let context = PortalContext(site: site, analysis: SiteAnalysis(site: site))
            _ = PortalPages.pages(context)
            _ = PortalPages.files(context).map(\.bytes)
        }
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
        }
    }

    /// A small valid site: the files the input does not replace.
    private static func baseSources() -> SiteSources {
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
