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
        Self.visible("\(location): \(severity.rawValue): \(message)")
    }

    /// `text` with the control characters a file's value may carry into a message (an escape,
    /// a carriage return, a line feed, a NUL; a right-to-left override) written as `\u{1B}`:
    /// printed raw, `branch: "ap-2\e[2J"` cleared the clerk's terminal, a line feed broke one
    /// diagnostic into two lines, the second naming no file, and U+202E turned the rest of the
    /// line around. So are the characters that take no room (a zero-width space, a soft hyphen,
    /// a word joiner, a byte-order mark, a left-to-right mark), pasted with an id from a web page
    /// or a chat: printed raw, "unknown branch 'kdc\u{200B}-21' (did you mean 'kdc-21'?)" read
    /// as the same id twice. A tab is left as it is, and so is the joiner emoji are made with.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isHidden) else { return text }
        var shown = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isHidden(scalar) {
                shown.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                shown.append(scalar)
            }
        }
        return String(shown)
    }

    /// C0 and C1 controls but the tab, DEL, the bidirectional embeddings, overrides and isolates,
    /// and the invisible formatting characters but the zero-width joiner.
    private static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        case 0xAD, 0x200B, 0x200C, 0x200E, 0x200F, 0x2060...0x2064, 0xFEFF: true
        default: false
        }
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
