@testable import BonTotKit
import Foundation
import XCTest

/// One case of the bad-input corpus, `Tests/Fixtures/bad/<name>/`: a fixture site with files
/// laid over it (`site/`), and `case.txt`, which says what else to do to the copy and what
/// `bontot check` must report.
///
/// `case.txt` holds one instruction a line; `#` starts a comment (the case's story: what a user
/// did, and why the answer is right):
///
///     fixture minimal                          the site to start from (default: minimal)
///     link content/media/root -> /             a symbolic link the test makes (git keeps none)
///     big content/minutes/2024/x.md 5242881    a file of that many bytes, front matter and filler
///     remove content/evaluations/2024.csv      a file of the fixture taken away
///     error content/x.md:3 PHRASE              a diagnostic `check` must print, with that phrase
///     warning content/x.md:3 PHRASE
///     accepted                                 no error expected: the input is fine on purpose
///     absent TEXT                              no page (HTML, XML) may contain TEXT (accepted cases)
///     contains PATH TEXT                       the output file PATH must contain TEXT
///
/// In TEXT, `\u{XXXX}` stands for that character, for those one cannot see: `\u{FEFF}` (a byte
/// order mark), `\u{A0}` (a non-breaking space), `\u{D}` (a carriage return).
///
/// A case lists every diagnostic it expects: one more or one less fails it.
struct BadInputCase: CustomStringConvertible {
    /// One diagnostic line expected from `bontot check`.
    struct Expectation: CustomStringConvertible {
        var severity: String
        var file: String
        var line: Int
        var phrase: String

        func matches(_ printed: PrintedDiagnostic) -> Bool {
            printed.severity == severity && printed.file == file && printed.line == line && printed.message.contains(phrase)
        }

        var description: String { "\(file):\(line): \(severity): …\(phrase)…" }
    }

    var name: String
    var folder: URL
    var fixture = "minimal"
    var links: [(path: String, destination: String)] = []
    var bigFiles: [(path: String, bytes: Int)] = []
    var removals: [String] = []
    var expectations: [Expectation] = []
    var accepted = false
    var absent: [String] = []
    var contains: [(path: String, text: String)] = []

    var description: String { name }

    /// True when the case expects `check` to fail, so the build must write nothing.
    var expectsErrors: Bool { expectations.contains { $0.severity == "error" } }

    /// `Tests/Fixtures/bad`.
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/bad")

    /// Every case of the corpus, by name.
    static func all() throws -> [BadInputCase] {
        try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
            .filter { !$0.hasPrefix(".") }
            .map { try BadInputCase(folder: corpus.appending(path: $0)) }
    }

    init(folder: URL) throws {
        self.folder = folder
        name = folder.lastPathComponent
        let text = try String(contentsOf: folder.appending(path: "case.txt"), encoding: .utf8)
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let words = line.split(separator: " ", maxSplits: 1).map(String.init)
            let rest = words.count > 1 ? words[1] : ""
            switch words[0] {
            case "fixture": fixture = rest
            case "accepted": accepted = true
            case "absent": absent.append(Self.unescaped(rest))
            case "remove": removals.append(rest)
            case "contains":
                let parts = rest.split(separator: " ", maxSplits: 1).map(String.init)
                contains.append((parts[0], Self.unescaped(parts.count > 1 ? parts[1] : "")))
            case "link":
                let parts = rest.components(separatedBy: " -> ")
                links.append((parts[0], parts.count > 1 ? parts[1] : ""))
            case "big":
                let parts = rest.split(separator: " ").map(String.init)
                bigFiles.append((parts[0], Int(parts.count > 1 ? parts[1] : "") ?? 0))
            case "error", "warning":
                // `FILE:LINE PHRASE`; the file name may hold spaces, so the line number ends it (`:0` for a
                // file that is not text, an Office document or a photo, printed without a line).
                guard let match = rest.firstMatch(of: /^(.+?):(\d+) (.*)$/) else { throw Malformed(name: name, line: line) }
                expectations.append(Expectation(severity: words[0], file: String(match.1), line: Int(match.2) ?? 0,
                                                phrase: String(match.3)))
            default:
                throw Malformed(name: name, line: line)
            }
        }
    }

    /// `text` with each `\u{XXXX}` replaced by its character.
    static func unescaped(_ text: String) -> String {
        text.replacing(/\\u\{([0-9A-Fa-f]{1,6})\}/) { match in
            UInt32(match.1, radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? String(match.0)
        }
    }

    /// A line of `case.txt` the runner does not understand.
    struct Malformed: Error, CustomStringConvertible {
        var name: String
        var line: String
        var description: String { "\(name)/case.txt: unknown instruction '\(line)'" }
    }

    /// The fixture copied into `folder`, the case's files laid over it, links and big files made.
    func makeSite(in parent: URL) throws -> URL {
        let manager = FileManager.default
        let root = parent.appending(path: "site")
        try manager.copyItem(at: BuiltSite.fixtures.appending(path: fixture), to: root)
        for path in removals { try manager.removeItem(at: root.appending(path: path)) }
        let overlay = folder.appending(path: "site")
        if let files = manager.enumerator(atPath: overlay.path) {
            for case let path as String in files {
                var isDirectory: ObjCBool = false
                let source = overlay.appending(path: path)
                guard manager.fileExists(atPath: source.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
                let target = root.appending(path: path)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try? manager.removeItem(at: target)
                try manager.copyItem(at: source, to: target)
            }
        }
        for (path, destination) in links {
            let url = root.appending(path: path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? manager.removeItem(at: url)
            try manager.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
        }
        for (path, bytes) in bigFiles {
            let head = Data("---\nbranch: ap-1\ndate: 2024-10-05\nkind: thuong-ky\n---\n".utf8)
            var data = head
            data.append(Data(repeating: UInt8(ascii: "a"), count: max(0, bytes - head.count)))
            try data.write(to: root.appending(path: path))
        }
        return root
    }
}

/// A line `bontot` printed: `file:line: severity: message`, or `file: severity: message` for a
/// place without a line (a file that is not text, `BinaryFiles`: an Office document, a photo, a
/// PDF; line 0 here; a workbook's cell is not parsed).
struct PrintedDiagnostic: CustomStringConvertible {
    var file: String
    var line: Int
    var severity: String
    var message: String
    var description: String

    /// Every diagnostic line of `stderr`; other lines are not diagnostics and are left out.
    static func parse(_ stderr: String) -> [PrintedDiagnostic] {
        stderr.split(separator: "\n").compactMap { line in
            for severity in ["error", "warning"] {
                guard let marker = line.range(of: ": \(severity): ") else { continue }
                let place = line[..<marker.lowerBound]
                if BinaryFiles.hasNoLines(String(place)) {
                    return PrintedDiagnostic(file: String(place), line: 0, severity: severity,
                                             message: String(line[marker.upperBound...]), description: String(line))
                }
                guard let colon = place.lastIndex(of: ":"), let number = Int(place[place.index(after: colon)...]) else { continue }
                return PrintedDiagnostic(file: String(place[..<colon]), line: number, severity: severity,
                                         message: String(line[marker.upperBound...]), description: String(line))
            }
            return nil
        }
    }
}
