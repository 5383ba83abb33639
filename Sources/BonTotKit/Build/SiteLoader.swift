import Foundation

/// The outcome of loading and checking a site: the model when it could be built, and every
/// diagnostic of the run.
public struct LoadedSite: Sendable {
    public var site: Site?
    public var diagnostics: DiagnosticLog
    /// The rules applied to the site, when it loaded without errors.
    public var analysis: SiteAnalysis?
    /// Every text input read, path (relative to the site) → hash of its bytes.
    public var inputHashes: [String: UInt64] = [:]

    /// "14 chi bộ, 5 kỳ đánh giá, 96 biên bản, 7 bài viết; 0 lỗi, 2 cảnh báo".
    public var summary: String {
        let counts = site.map { site in
            "\(site.branches.count) chi bộ, \(site.evaluations.count) kỳ đánh giá, \(site.minutes.count) biên bản, \(site.stories.count) bài viết"
        } ?? "không đọc được trang"
        return "\(counts); \(diagnostics.errorCount) lỗi, \(diagnostics.warningCount) cảnh báo"
    }
}

/// Loads a site folder and checks it whole: files, fields, references and the rules' warnings.
public enum SiteLoader {
    public static func load(root: URL) -> LoadedSite {
        let sink = DiagnosticSink()
        let sources = SiteReader.read(root: root, sink: sink)
        let site = SiteDecoder.decode(sources, sink: sink)
        var analysis: SiteAnalysis?
        if let site, sink.log.errorCount == 0 {
            analysis = SiteAnalysis(site: site)
            sink.report(analysis?.diagnostics ?? [])
        }
        return LoadedSite(site: site, diagnostics: sink.log, analysis: analysis, inputHashes: sources.inputHashes)
    }
}
