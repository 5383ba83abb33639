import Foundation

/// What `bontot build` was asked to do.
public struct BuildOptions: Sendable {
    public var siteRoot: URL
    public var output: URL
    public var strict: Bool
    /// Also print each month's bulletin to PDF beside its page.
    public var pdf: Bool
    /// The PDF engine asked for (`weasyprint`, `chromium` or a path); nil finds one.
    public var pdfEngine: String?
    /// Build only this month's bulletin, in place in an existing output (the editor's quick loop).
    public var month: YearMonth?

    public init(siteRoot: URL, output: URL? = nil, strict: Bool = false, pdf: Bool = false,
                pdfEngine: String? = nil, month: YearMonth? = nil) {
        self.siteRoot = siteRoot
        self.output = output ?? siteRoot.appending(path: "output")
        self.strict = strict
        self.pdf = pdf
        self.pdfEngine = pdfEngine
        self.month = month
    }
}
