/// Collects every diagnostic of a run so the user sees them all at once, sorted by file and line.
/// A diagnostic reported twice is kept once. A file's diagnostics of one kind are shown up to
/// `mostOfAKind`, then one line tells how many more (`sorted`); the counts of the summary are of
/// every one.
public struct DiagnosticLog: Sendable {
    /// "1 lỗi, 2 cảnh báo": how many problems, as every summary line ends.
    public var counts: String { "\(errorCount) lỗi, \(warningCount) cảnh báo" }

    /// Every diagnostic reported, in the order reported, each once.
    public private(set) var entries: [Diagnostic] = []
    private var reported: Set<Diagnostic> = []
    /// How many errors were reported, each once (kept as they come: a count read after each row
    /// of a sheet of 100 000 warnings went over all of them every time).
    public private(set) var errorCount = 0
    /// How many warnings were reported, each once.
    public private(set) var warningCount = 0

    public init() {}

    public mutating func append(_ diagnostic: Diagnostic) {
        guard reported.insert(diagnostic).inserted else { return }
        entries.append(diagnostic)
        switch diagnostic.severity {
        case .error: errorCount += 1
        case .warning: warningCount += 1
        }
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

    /// True when the run must stop: any error, or any warning when warnings are treated as errors.
    public func isFailure(strict: Bool) -> Bool {
        errorCount > 0 || (strict && warningCount > 0)
    }

    /// The most diagnostics of one kind shown for a file: a score sheet of 100 000 unknown
    /// columns gave 100 000 warnings, and the reader saw nothing else.
    public static let mostOfAKind = 20

    /// The diagnostics in reading order (by file, then line, then message), as the user reads
    /// them: of a file's diagnostics of one kind (`Likeness`), the first `mostOfAKind` reported,
    /// then in place of the rest one line at the first of them, "… và 99980 cảnh báo cùng loại khác trong tệp này".
    public var sorted: [Diagnostic] {
        // The first of a kind as reported, the file's order (a header's columns from the left),
        // not the message's: sorted, 'cot-10013' came before 'cot-2'.
        var seen: [Likeness: Int] = [:]
        var notes: [(likeness: Likeness, at: SourceLocation)] = []
        var shown: [Diagnostic] = []
        for diagnostic in entries {
            let likeness = Likeness(diagnostic)
            let count = seen[likeness, default: 0] + 1
            seen[likeness] = count
            if count <= Self.mostOfAKind {
                shown.append(diagnostic)
            } else if count == Self.mostOfAKind + 1 {
                notes.append((likeness, diagnostic.location))
            }
        }
        for note in notes {
            let more = seen[note.likeness, default: 0] - Self.mostOfAKind
            let noun = note.likeness.severity == .error ? "lỗi" : "cảnh báo"
            shown.append(Diagnostic(note.likeness.severity, at: note.at,
                                    "… và \(more) \(noun) cùng loại khác trong tệp này / and \(more) more of the kind in this file"))
        }
        return shown.sorted { ($0.location, $0.message) < ($1.location, $1.message) }
    }

    /// What makes diagnostics one kind: the file, the severity, and the message's words without
    /// what they are said of, its quoted values ('cot-7') and numbers (line 12, 100011 cells),
    /// so that one problem found in many columns, cells or rows is one kind.
    struct Likeness: Hashable {
        var file: String
        var severity: Diagnostic.Severity
        var words: String

        init(_ diagnostic: Diagnostic) {
            file = diagnostic.location.file
            severity = diagnostic.severity
            var words = String.UnicodeScalarView()
            var quote: Unicode.Scalar?
            for scalar in diagnostic.message.unicodeScalars {
                if let open = quote {
                    if scalar == open || (open == "“" && scalar == "”") { quote = nil }
                } else if scalar == "'" || scalar == "\"" || scalar == "“" {
                    quote = scalar
                } else if !("0"..."9").contains(scalar) {
                    words.append(scalar)
                }
            }
            self.words = String(words)
        }
    }
}
