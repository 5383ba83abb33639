/// A shared collector that the loaders and validators of one run write their diagnostics into.
public final class DiagnosticSink {
    public private(set) var log = DiagnosticLog()

    public init() {}

    public func report(_ diagnostic: Diagnostic) { log.append(diagnostic) }
    public func report(_ diagnostics: [Diagnostic]) { log.append(contentsOf: diagnostics) }

    public func error(_ location: SourceLocation, field: String? = nil, _ message: String) {
        log.error(location, field: field, message)
    }

    public func warning(_ location: SourceLocation, field: String? = nil, _ message: String) {
        log.warning(location, field: field, message)
    }
}
