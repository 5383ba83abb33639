/// What a build did: its diagnostics, whether it wrote the output, and how much.
public struct BuildReport: Sendable {
    public var diagnostics: DiagnosticLog
    /// What was read: "14 chi bộ, 5 kỳ đánh giá, 96 biên bản, 7 bài viết".
    public var inputSummary: String
    public var succeeded: Bool
    /// Pages the site has, and how many of them this build rendered (an incremental build skips
    /// those that did not change).
    public var pages: Int = 0
    public var rendered: Int = 0
    public var files: Int = 0
    public var bytes: Int = 0
    public var seconds: Double = 0
    /// Lines for the user that are no problem with the content (the feed skipped for want of an
    /// absolute `base_url`), each said once.
    public var notes: [String] = []
    /// The units of a district taken whole from the previous build, by their folder in the
    /// output (`don-vi/xa-a/`): nothing they are made from changed.
    public var reusedUnits: [String] = []
    /// The bulletins' PDFs `--month --pdf` printed, by their paths in the output.
    public var printedPDFs: [String] = []

    /// What was read and every problem of the whole build, counted at its end (a problem found
    /// after loading, such as a month with nothing to print, counts too):
    /// "14 chi bộ, …; 1 lỗi, 2 cảnh báo".
    public var summary: String {
        "\(inputSummary); \(diagnostics.counts)"
    }

    /// The pages this build rendered, of all the site has, and what it kept unchanged, as
    /// `bontot build` and `bontot serve` both begin their last line:
    /// "Đã dựng 3/30 trang (27 trang không đổi, 1 đơn vị không đổi)".
    public var pagesSentence: String {
        let unchanged = pages - rendered
        let units = reusedUnits.isEmpty ? "" : ", \(VietnameseFormat.count(reusedUnits.count)) đơn vị không đổi"
        let kept = unchanged > 0 ? " (\(VietnameseFormat.number(unchanged)) trang không đổi\(units))" : ""
        return "Đã dựng \(VietnameseFormat.number(rendered))/\(VietnameseFormat.number(pages)) trang\(kept)"
    }

    /// The files that failed the build only by being saved again while it ran, when those are
    /// its only errors: building again, once they settle, is all it takes. Empty otherwise.
    public var changedDuringBuild: [String] {
        let errors = diagnostics.sorted.filter { $0.severity == .error }
        guard errors.allSatisfy({ $0.kind == .changedDuringBuild }) else { return [] }
        return errors.map(\.location.file)
    }

    /// True when bontot stopped a conversion of this build by LibreOffice as it was stopping
    /// itself (`bontot serve` on Ctrl-C): what the build found then says nothing of the site.
    public var stoppedWithBontot: Bool {
        diagnostics.entries.contains { $0.kind == .stoppedWithBontot }
    }
}
