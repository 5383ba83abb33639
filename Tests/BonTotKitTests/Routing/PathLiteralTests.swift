import BonTotKit
import Foundation
import XCTest

/// Only `Sources/BonTotKit/Routing/` spells the portal's folder and file names: everywhere else
/// an output is a `Route`, so the layout can change in one place.
final class PathLiteralTests: XCTestCase {
    /// `Sources/`.
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Sources")

    /// The names the router fixes, taken from the router itself so that new routes are covered,
    /// and the page and PDF file names. `media` is left out: the content folder has the same
    /// name, and content paths (`media/lu.jpg`) are read by the loader and the Markdown renderer.
    static var forbidden: [String] {
        var names = Set(Route.Kind.allCases.flatMap { kind in
            kind.sample.components.compactMap { component -> String? in
                if case .fixed(let name) = component { return name }
                return nil
            }
        })
        names.remove("media")
        return names.sorted()
    }

    func testTheRouterKnowsItsNames() {
        XCTAssertTrue(Self.forbidden.contains("chi-bo"))
        XCTAssertTrue(Self.forbidden.contains("chu-de"))
        XCTAssertTrue(Self.forbidden.contains("bang-xep-hang.csv"))
    }

    func testNoPathLiteralOutsideTheRouter() throws {
        var offences: [String] = []
        let files = FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        XCTAssertGreaterThan(files.count, 50, "the sources are found")
        for file in files where !file.path.contains("/BonTotKit/Routing/") {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if line.trimmingCharacters(in: .whitespaces).hasPrefix("//") { continue }
                for literal in Self.literals(in: String(line)) where Self.isPath(literal) {
                    offences.append("\(file.lastPathComponent):\(number + 1): \"\(literal)\"")
                }
            }
        }
        XCTAssertEqual(offences, [], "output paths belong to Sources/BonTotKit/Routing/")
    }

    func testTheTestFindsWhatItLooksFor() {
        XCTAssertEqual(Self.literals(in: #"let p = "sinh-hoat/\(slug)/" + "x""#), [#"sinh-hoat/\(slug)/"#, "x"])
        XCTAssertTrue(Self.isPath(#"sinh-hoat/\(slug)/"#))
        XCTAssertTrue(Self.isPath("chi-bo"))
        XCTAssertTrue(Self.isPath("/ban-tin"))
        XCTAssertTrue(Self.isPath("index.html"))
        XCTAssertTrue(Self.isPath(#"ban-tin-\(month).pdf"#))
        XCTAssertFalse(Self.isPath("bieu-do-xep-hang"), "an HTML id is no path")
        XCTAssertFalse(Self.isPath("Sinh hoạt chi bộ"))
        XCTAssertFalse(Self.isPath("media/"))
        XCTAssertFalse(Self.isPath("media/bao-cao.pdf"), "a clerk's file in content/media/")
        XCTAssertTrue(Self.isPath("don-vi/media/bao-cao.pdf"), "an output path holding a media folder")
    }

    /// The string literals of one line of Swift (escapes kept as written).
    static func literals(in line: String) -> [String] {
        var literals: [String] = []
        var current: String?
        var escaped = false
        for character in line {
            if var text = current {
                if escaped {
                    text.append(character)
                    escaped = false
                } else if character == "\\" {
                    text.append(character)
                    escaped = true
                } else if character == "\"" {
                    literals.append(text)
                    current = nil
                    continue
                } else {
                    text.append(character)
                }
                current = text
            } else if character == "\"" {
                current = ""
            }
        }
        return literals
    }

    /// True when a literal names an output: one of the router's names as a whole path
    /// component, a page file, or a PDF. A path under `media/` is a clerk's file of the content
    /// folder (`media/bao-cao.pdf`), which the router copies, not one of its names.
    static func isPath(_ literal: String) -> Bool {
        if literal.hasPrefix("media/") { return false }
        if literal.contains("index.html") || literal.contains(".pdf") { return true }
        let parts = literal.split(separator: "/").map(String.init)
        return parts.contains { forbidden.contains($0) }
    }
}
