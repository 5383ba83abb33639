/// What a build did: its diagnostics, whether it wrote the output, and how much.
public struct BuildReport: Sendable {
    public var diagnostics: DiagnosticLog
    public var inputSummary: String
    public var succeeded: Bool
    public var pages: Int = 0
    public var files: Int = 0
    public var bytes: Int = 0
    public var seconds: Double = 0
}
