/// Collects every diagnostic of a run so the user sees them all at once, sorted by file and line.
/// A diagnostic reported twice is kept once: the counts of the summary are those of the lines
/// the user sees.
public struct DiagnosticLog: Sendable {
    /// "1 lỗi, 2 cảnh báo": how many problems, as every summary line ends.
    public var counts: String { "\(errorCount) lỗi, \(warningCount) cảnh báo" }

    /// Every diagnostic reported, in the order reported, each once.
    public private(set) var entries: [Diagnostic] = []
    private var reported: Set<Diagnostic> = []

    public init() {}

    public mutating func append(_ diagnostic: Diagnostic) {
        if reported.insert(diagnostic).inserted { entries.append(diagnostic) }
    }

    public mutating func append(contentsOf diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { append(diagnostic) }
    }

    public mutating func error(_ location: SourceLocation, field: String? = nil, _ message: String) {
        append(.error(at: location, field: field, message))
    }

    public mutating func warning(_ location: SourceLocation, field: String? = nil, _ message: String) {
        append(.warning(at: location, field: field, message))
    }

    public var errorCount: Int { entries.filter { $0.severity == .error }.count }
    public var warningCount: Int { entries.filter { $0.severity == .warning }.count }

    /// True when the run must stop: any error, or any warning when warnings are treated as errors.
    public func isFailure(strict: Bool) -> Bool {
        errorCount > 0 || (strict && warningCount > 0)
    }

    /// The diagnostics in reading order: by file, then line, then message.
    public var sorted: [Diagnostic] {
        entries.sorted { ($0.location, $0.message) < ($1.location, $1.message) }
    }
}
