/// What a build did: its diagnostics, whether it wrote the output, and how much.
public struct BuildReport: Sendable {
    public var diagnostics: DiagnosticLog
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
}
