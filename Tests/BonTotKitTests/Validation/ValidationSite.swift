import BonTotKit
import Foundation
import XCTest

/// A change made to one file of a fixture site before it is loaded.
enum FileChange: ExpressibleByStringLiteral {
    /// The file's new text, written as UTF-8.
    case text(String)
    /// The file's new bytes, for encodings and junk.
    case bytes([UInt8])
    /// A symbolic link to `destination` (absolute, or relative to the link's folder).
    case link(to: String)
    /// The file is removed.
    case remove

    init(stringLiteral value: String) {
        self = .text(value)
    }
}

/// The fixture sites of the validation tests: copied into a temporary folder, changed file by
/// file, and loaded as `bontot check` loads them.
enum ValidationSite {
    /// `Tests/Fixtures/sites`.
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/sites")

    /// Copies `Tests/Fixtures/sites/<fixture>` into a new temporary folder, applies `changes`
    /// (path relative to the site → change) and returns the copy's root.
    static func make(_ fixture: String = "minimal", _ changes: [String: FileChange] = [:]) throws -> URL {
        let temporary = try TemporaryFolder.make("bontot-validation")
        let root = temporary.appending(path: fixture)
        try FileManager.default.copyItem(at: fixtures.appending(path: fixture), to: root)
        for (path, change) in changes.sorted(by: { $0.key < $1.key }) {
            let url = root.appending(path: path)
            try? FileManager.default.removeItem(at: url)
            if case .remove = change { continue }
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            switch change {
            case .text(let text): try Data(text.utf8).write(to: url)
            case .bytes(let bytes): try Data(bytes).write(to: url)
            case .link(let destination): try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
            case .remove: break
            }
        }
        return root
    }

    /// The fixture, changed, then loaded and checked.
    static func load(_ fixture: String = "minimal", _ changes: [String: FileChange] = [:]) throws -> LoadedSite {
        SiteLoader.load(root: try make(fixture, changes))
    }
}

/// One diagnostic a test expects: its severity, file, line, and a phrase of its message.
struct ExpectedDiagnostic: CustomStringConvertible {
    var severity: Diagnostic.Severity
    var file: String
    var line: Int
    var phrase: String

    static func error(_ file: String, _ line: Int, _ phrase: String) -> ExpectedDiagnostic {
        ExpectedDiagnostic(severity: .error, file: file, line: line, phrase: phrase)
    }

    static func warning(_ file: String, _ line: Int, _ phrase: String) -> ExpectedDiagnostic {
        ExpectedDiagnostic(severity: .warning, file: file, line: line, phrase: phrase)
    }

    func matches(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.severity == severity && diagnostic.location.file == file && diagnostic.location.line == line
            && diagnostic.message.contains(phrase)
    }

    var description: String { "\(file):\(line): \(severity.rawValue): …\(phrase)…" }
}

/// Asserts that the run reported exactly the expected diagnostics, no more, in any order.
func assertDiagnostics(_ loaded: LoadedSite, _ expected: [ExpectedDiagnostic],
                       file: StaticString = #filePath, line: UInt = #line) {
    assertDiagnostics(loaded.diagnostics, expected, file: file, line: line)
}

/// Asserts that `diagnostics` (a site's, a district's, a build's) holds exactly the expected
/// errors and warnings, no more, in any order.
func assertDiagnostics(_ diagnostics: DiagnosticLog, _ expected: [ExpectedDiagnostic],
                       file: StaticString = #filePath, line: UInt = #line) {
    var unmatched = diagnostics.sorted
    var missing: [ExpectedDiagnostic] = []
    for expectation in expected {
        if let index = unmatched.firstIndex(where: expectation.matches) {
            unmatched.remove(at: index)
        } else {
            missing.append(expectation)
        }
    }
    guard !missing.isEmpty || !unmatched.isEmpty else { return }
    XCTFail("""
        expected but not reported:
        \(missing.map { "  \($0)" }.joined(separator: "\n"))
        reported but not expected:
        \(unmatched.map { "  \($0)" }.joined(separator: "\n"))
        """, file: file, line: line)
}

/// Asserts that a site with these changes reports exactly the expected diagnostics.
func assertDiagnostics(_ changes: [String: FileChange], _ expected: [ExpectedDiagnostic],
                       file: StaticString = #filePath, line: UInt = #line) throws {
    assertDiagnostics(try ValidationSite.load("minimal", changes), expected, file: file, line: line)
}
