/// One problem found in a site, as a value: where it is, which field, how bad, and what to do.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible, Codable {
    /// How a diagnostic affects the run.
    public enum Severity: String, Sendable, Codable {
        case error
        case warning
    }

    public var severity: Severity
    public var location: SourceLocation
    /// The field the problem is about, as a dotted path (`attendance.present`), when there is one.
    public var field: String?
    /// What the problem is, for the code that acts on it (`Kind`); nil for the many that are
    /// only reported. Never shown: the message says it to the user.
    public var kind: Kind?
    public var message: String

    public init(_ severity: Severity, at location: SourceLocation, field: String? = nil, kind: Kind? = nil, _ message: String) {
        self.severity = severity
        self.location = location
        self.field = field
        self.kind = kind
        self.message = message
    }

    public static func error(at location: SourceLocation, field: String? = nil, kind: Kind? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.error, at: location, field: field, kind: kind, message)
    }

    public static func warning(at location: SourceLocation, field: String? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.warning, at: location, field: field, message)
    }

    /// The compiler-style line: `content/x.md:4: error: MESSAGE` (`…/2024.xlsx:Sheet1!D7: error: …` for a cell).
    public var description: String {
        "\(location): \(severity.rawValue): \(message)"
    }
}

extension Diagnostic {
    /// The diagnostic of a unit whose folder, seen from the top site, is `folder`
    /// (`../hoa-thuan/`), with its file named from the top site.
    func placed(in folder: String) -> Diagnostic {
        guard !folder.isEmpty else { return self }
        var placed = self
        placed.location.file = folder + location.file
        return placed
    }
}
