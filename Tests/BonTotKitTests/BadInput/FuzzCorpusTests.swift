import BonTotFuzzing
import BonTotKit
import Foundation
import XCTest

/// The fuzzing corpus kept in git (`Tests/Fixtures/fuzz/<mode>/`), replayed through the fuzz
/// target's own function: the seeds, and every input that once crashed (`crash-*`), which stay
/// here as regression tests. A crash fails the whole run. Past that, every input must end as a
/// user can act on: either the site builds, or at least one error says what is wrong, and every
/// problem names a file of the site and, in the input's own file, a line it has.
final class FuzzCorpusTests: XCTestCase {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/fuzz")

    func testEveryKeptInputRunsThroughTheReaders() throws {
        var count = 0
        for mode in FuzzInput.Mode.allCases {
            let folder = Self.corpus.appending(path: mode.rawValue)
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            XCTAssertFalse(names.isEmpty, "no corpus for \(mode.rawValue)")
            for name in names where !name.hasPrefix(".") {
                let data = try Data(contentsOf: folder.appending(path: name))
                let problems = Self.problems(FuzzInput.run(data, mode: mode))
                XCTAssertEqual(problems, [], "\(mode.rawValue)/\(name)")
                count += 1
            }
        }
        XCTAssertGreaterThanOrEqual(count, 20)
    }

    /// What keeps a user from acting on `outcome`, in words; empty when nothing does. Built,
    /// with pages; or failed with an error. Each problem at a file of the site, and in the
    /// input's file at one of its lines (the line after the last, for a file that ends too soon).
    static func problems(_ outcome: FuzzInput.Outcome) -> [String] {
        var found: [String] = []
        if let pages = outcome.pages {
            if pages == 0 { found.append("a site that checks has no pages") }
        } else if !outcome.diagnostics.contains(where: { $0.severity == .error }) {
            found.append("the site did not build, and no error says why: \(outcome.diagnostics)")
        }
        let lines = outcome.lines
        for diagnostic in outcome.diagnostics {
            let location = diagnostic.location
            if !outcome.files.contains(location.file) {
                found.append("\(diagnostic) names no file of the site")
            } else if location.file == outcome.path, location.cell == nil, !(1...lines + 1).contains(location.line) {
                found.append("\(diagnostic) points past the \(lines) lines of \(outcome.path)")
            }
        }
        return found
    }

    /// The `ods` mode reaches the sheet: its input, put in a package as Calc would, is read as
    /// a workbook whose cells the messages name, not refused as a damaged file.
    func testAnODSInputIsReadAsASheet() throws {
        let content = try Data(contentsOf: Self.corpus.appending(path: "ods/scores-libreoffice.xml"))
        let outcome = FuzzInput.run(content, mode: .ods)
        XCTAssertEqual(outcome.path, "content/evaluations/2024.ods")
        XCTAssertTrue(outcome.diagnostics.contains { $0.location.cell != nil }, "\(outcome.diagnostics)")
    }

    /// The `xlsx` mode reaches the sheet: a sheet of the corpus, put in the package of a real
    /// workbook, is read as the evaluation whose cells the messages name.
    func testAnXLSXInputIsReadAsASheet() throws {
        let sheet = try Data(contentsOf: Self.corpus.appending(path: "xlsx/sheet-libreoffice"))
        let outcome = FuzzInput.run(sheet, mode: .xlsx)
        XCTAssertEqual(outcome.path, "content/evaluations/2024.xlsx")
        XCTAssertTrue(outcome.diagnostics.contains { $0.location.cell != nil }, "\(outcome.diagnostics)")
    }

    /// The `docx` and `odt` modes reach the whole import: a document of the corpus becomes a
    /// minutes file of the site, which then builds.
    func testADocumentInputIsImportedIntoMinutesThatBuild() throws {
        for (mode, name) in [(FuzzInput.Mode.docx, "document-libreoffice"), (.odt, "libreoffice")] {
            let document = try Data(contentsOf: Self.corpus.appending(path: "\(mode.rawValue)/\(name)"))
            let outcome = FuzzInput.run(document, mode: mode)
            XCTAssertTrue(outcome.files.contains { $0.hasPrefix("content/minutes/") && $0 != "content/minutes/2024/ap-1-2024-09.md" },
                          "\(mode): \(outcome.files)")
            XCTAssertNotNil(outcome.pages, "\(mode): \(outcome.diagnostics)")
        }
    }

    /// The `body` mode reaches the check of a body's links and the renderer: a story's body of
    /// the corpus whose links all lead to the site's pages and media builds, and its page links
    /// the minutes' page, the branch's and the media's copies; a body whose links the check
    /// refuses is told so at its lines, and rendered all the same.
    func testABodyInputIsCheckedAndRendered() throws {
        let story = try Data(contentsOf: Self.corpus.appending(path: "body/story-links"))
        let outcome = FuzzInput.run(story, mode: .body)
        XCTAssertEqual(outcome.path, "content/stories/fuzz.md")
        XCTAssertNotNil(outcome.pages, "\(outcome.diagnostics)")
        let html = try XCTUnwrap(outcome.html)
        for link in [#"href="../../sinh-hoat/ap-1-2024-09/index.html#bieu-quyet""#, #"href="../../chi-bo/ap-2/index.html""#,
                     #"src="../../media/anh.jpg""#, #"src="../../media/anh.goc%231.jpg""#] {
            XCTAssertTrue(html.contains(link), "\(link) in \(html)")
        }
        let refused = try Data(contentsOf: Self.corpus.appending(path: "body/story-errors"))
        let failed = FuzzInput.run(refused, mode: .body)
        XCTAssertNil(failed.pages)
        XCTAssertEqual(Set(failed.diagnostics.filter { $0.severity == .error }.map(\.location.line)), [7, 8, 9, 10], "\(failed.diagnostics)")
        XCTAssertTrue(failed.html?.contains("<a href=\"../../../../etc/passwd\">") == true, failed.html ?? "")
    }

    /// The check itself: an input that fails without an error, or points outside its file, is caught.
    func testTheCheckCatchesAFailureWithoutAnErrorAndALineOutsideTheFile() {
        let silent = FuzzInput.Outcome(path: "site.yaml", lines: 1, files: ["site.yaml"], diagnostics: [], pages: nil)
        let outside = FuzzInput.Outcome(path: "site.yaml", lines: 1, files: ["site.yaml"],
                                        diagnostics: [.error(at: SourceLocation(file: "site.yaml", line: 3), "x")], pages: nil)
        let elsewhere = FuzzInput.Outcome(path: "site.yaml", lines: 1, files: ["site.yaml"],
                                          diagnostics: [.error(at: SourceLocation(file: "khac.yaml", line: 1), "x")], pages: nil)
        let fine = FuzzInput.Outcome(path: "site.yaml", lines: 1, files: ["site.yaml"],
                                     diagnostics: [.error(at: SourceLocation(file: "site.yaml", line: 2), "x")], pages: nil)
        XCTAssertEqual([silent, outside, elsewhere, fine].map { Self.problems($0).count }, [1, 1, 1, 0])
    }
}
