@testable import BonTotKit
import Foundation
import XCTest

/// A site's theme is the built-in one, made once per process, with the site's own `templates/`
/// laid over it: what is made from the files (hashes, outlines, compiled templates) is what a
/// theme made from the same files afresh has, and a template that does not parse is reported.
final class ThemeTests: XCTestCase {
    /// A site folder holding `files` (path inside `templates/` → text), and nothing else.
    private func site(_ files: [String: String] = [:]) throws -> URL {
        let root = try TemporaryFolder.make("bontot-theme")
        for (path, text) in files {
            let url = root.appending(path: "templates/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    /// The built-in files with `files` laid over them, made into a theme from scratch.
    private func fresh(_ files: [String: String]) -> Theme {
        Theme(builtIn: BuiltInTheme.files.merging(files) { _, own in own })
    }

    private func assertSame(_ theme: Theme, _ expected: Theme, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(theme.templates, expected.templates, file: file, line: line)
        XCTAssertEqual(theme.assets, expected.assets, file: file, line: line)
        XCTAssertEqual(theme.closureHashes, expected.closureHashes, file: file, line: line)
        XCTAssertEqual(theme.digest, expected.digest, file: file, line: line)
        XCTAssertEqual(theme.outlines.keys.sorted(), expected.outlines.keys.sorted(), file: file, line: line)
        XCTAssertEqual(theme.outlines.mapValues(\.references.count), expected.outlines.mapValues(\.references.count),
                       file: file, line: line)
    }

    func testASiteWithoutTemplatesHasTheBuiltInTheme() throws {
        let theme = Theme.load(siteRoot: try site())
        assertSame(theme, BuiltInTheme.theme)
        assertSame(theme, fresh([:]))
        XCTAssertEqual(theme.templates.count, BuiltInTheme.files.keys.filter { $0.hasSuffix(".mustache") }.count)
        XCTAssertEqual(theme.closureHashes.count, theme.templates.count)
        let sink = DiagnosticSink()
        _ = theme.library(sink: sink)
        XCTAssertEqual(sink.log.entries, [], "every built-in template compiles")
    }

    func testAFileWithTheBuiltInBytesChangesNothing() throws {
        let same = try XCTUnwrap(BuiltInTheme.files["partials/minutes-branch.mustache"])
        let css = try XCTUnwrap(BuiltInTheme.files["style.css"])
        let theme = Theme.load(siteRoot: try site(["partials/minutes-branch.mustache": same, "style.css": css]))
        assertSame(theme, BuiltInTheme.theme)
    }

    func testAnOverriddenPartialChangesTheTemplatesThatUseIt() throws {
        let name = "partials/minutes-branch"
        let text = "<!-- riêng -->" + (try XCTUnwrap(BuiltInTheme.files[name + ".mustache"]))
        let theme = Theme.load(siteRoot: try site([name + ".mustache": text]))
        assertSame(theme, fresh([name + ".mustache": text]))
        XCTAssertEqual(theme.templates[name], text)
        XCTAssertNotEqual(theme.digest, BuiltInTheme.theme.digest)
        for user in [name, "minutes-month", "bulletin", "story"] {
            XCTAssertNotEqual(theme.closureHashes[user], BuiltInTheme.theme.closureHashes[user], user)
        }
        for other in ["home", "layout", "ranking"] {
            XCTAssertEqual(theme.closureHashes[other], BuiltInTheme.theme.closureHashes[other], other)
        }
    }

    /// The built-in folder is also the Swift module `BonTotTheme` (its `BonTotTheme.swift` makes
    /// it one); a copy of it in a site, or the demonstration site, whose `templates/` is that very
    /// folder, must not publish the Swift file among the assets.
    func testSwiftSourceInTheFolderIsNotPartOfTheTheme() throws {
        let root = try site(["BonTotTheme.swift": "// not a theme file\n", "partials/x.swift": "let x = 1\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let theme = Theme.load(siteRoot: root)
        XCTAssertEqual(theme.assets.keys.filter { $0.hasSuffix(".swift") }, [])
        assertSame(theme, BuiltInTheme.theme)
        XCTAssertNil(BuiltInTheme.files["BonTotTheme.swift"], "the module's own file is not embedded")
    }

    func testAnOverriddenAssetChangesTheDigestOnly() throws {
        let css = (try XCTUnwrap(BuiltInTheme.files["style.css"])) + "\n.rieng { color: red; }\n"
        let theme = Theme.load(siteRoot: try site(["style.css": css, "rieng.css": "p { margin: 0; }\n"]))
        assertSame(theme, fresh(["style.css": css, "rieng.css": "p { margin: 0; }\n"]))
        XCTAssertEqual(theme.assets["style.css"], Data(css.utf8))
        XCTAssertNotEqual(theme.digest, BuiltInTheme.theme.digest)
        XCTAssertEqual(theme.closureHashes, BuiltInTheme.theme.closureHashes)
    }

    func testATemplateThatDoesNotParseIsReportedByItsFile() throws {
        let theme = Theme.load(siteRoot: try site(["home.mustache": "{{#chrome}}<p>không đóng"]))
        let sink = DiagnosticSink()
        _ = theme.library(sink: sink)
        XCTAssertEqual(sink.log.entries.map(\.location.file), ["templates/home.mustache"])
        XCTAssertEqual(sink.log.entries.map(\.location.line), [1])
        XCTAssertEqual(sink.log.errorCount, 1)
    }

    func testRenderedByCompiledTemplatesTheSitesOwnTemplatesAreStillCheckedByTheLibrary() throws {
        // A partial that does not exist compiles (it renders as nothing), so the compiled
        // templates render this theme; the library's check still names the file and line.
        let missing = Theme.load(siteRoot: try site(["home.mustache": "<main>\n  {{> partials/nope}}\n</main>\n"]))
        let sink = DiagnosticSink()
        XCTAssertTrue(PageRenderer(theme: missing, sink: sink, engine: .compiled).rendersCompiled)
        XCTAssertEqual(sink.log.entries.map { "\($0.location.file):\($0.location.line)" }, ["templates/home.mustache:2"])
        // One that does not parse leaves the theme to the library, which reports it.
        let unclosed = Theme.load(siteRoot: try site(["home.mustache": "{{#chrome}}<p>không đóng"]))
        let other = DiagnosticSink()
        XCTAssertFalse(PageRenderer(theme: unclosed, sink: other, engine: .compiled).rendersCompiled)
        XCTAssertEqual(other.log.entries.map(\.location.file), ["templates/home.mustache"])
        // The built-in templates alone: nothing to report, and nothing parsed by the library.
        let builtIn = DiagnosticSink()
        XCTAssertTrue(PageRenderer(theme: BuiltInTheme.theme, sink: builtIn, engine: .compiled).rendersCompiled)
        XCTAssertEqual(builtIn.log.entries, [])
    }

    func testAPartialThatDoesNotExistIsReportedAtItsLine() throws {
        let theme = Theme.load(siteRoot: try site(["home.mustache": "<main>\n  {{> partials/nope}}\n</main>\n"]))
        let sink = DiagnosticSink()
        _ = theme.library(sink: sink)
        XCTAssertEqual(sink.log.entries.map(\.location), [SourceLocation(file: "templates/home.mustache", line: 2)])
        XCTAssertEqual(sink.log.entries.map(\.message),
                       ["mẫu Mustache gọi mẫu con '{{>partials/nope}}' nhưng không có tệp templates/partials/nope.mustache "
                           + "(trong trang hay trong giao diện có sẵn) / the template uses partial 'partials/nope', but there is "
                           + "no templates/partials/nope.mustache (in the site or the built-in theme)"])
    }

    func testTheBuiltInThemeUsesNoPartialItLacks() {
        let sink = DiagnosticSink()
        _ = BuiltInTheme.theme.library(sink: sink)
        XCTAssertEqual(sink.log.entries.count, 0, "\(sink.log.entries)")
    }
}
