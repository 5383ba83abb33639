import BonTotKit
import Foundation
import XCTest

/// Real checkers over real portals: every page of the demonstration site (the repository root)
/// and of a generated 200-branch corpus passes HTML Tidy (HTML5) without an error, has the
/// structure a screen reader needs (`PageStructureCheck`), no internal
/// link is broken when the portal is opened from disk, and headless Chromium loads the home, a
/// branch profile, a ranking and a bulletin with nothing on the console.
final class OutputCheckerTests: XCTestCase {
    /// The repository root, which is the demonstration site.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testTheDemonstrationSitePassesTheCheckers() throws {
        // A copy of the site (its settings and content; the theme is the built-in one), so the
        // build's cache is not written into the checkout.
        let folder = try TemporaryFolder.make("bontot-checkers")
        let site = folder.appending(path: "site"), output = folder.appending(path: "output")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        for item in ["site.yaml", "content"] {
            try FileManager.default.copyItem(at: Self.repository.appending(path: item), to: site.appending(path: item))
        }
        let report = SiteBuilder.build(BuildOptions(siteRoot: site, output: output))
        XCTAssertTrue(report.succeeded, "\(report.diagnostics.sorted)")
        try assertCheckersPass(output, pages: ["index.html", "chi-bo/co-quan-ubnd/index.html", "xep-hang/index.html", "ban-tin/2026-05/index.html"])
    }

    func testAGenerated200BranchCorpusPassesTheCheckers() throws {
        let folder = try TemporaryFolder.make("bontot-checkers")
        let python = try ExternalTool.find("python3", package: "python3")
        let generator = Self.repository.appending(path: "scripts/gen_corpus.py")
        let generated = try ExternalTool.run(python, [generator.path, "--branches", "200", "--years", "1", "--format", "bontot",
                                                      "--out", folder.path])
        XCTAssertEqual(generated.status, 0, generated.errors)
        let site = folder.appending(path: "bontot"), output = folder.appending(path: "output")
        let report = SiteBuilder.build(BuildOptions(siteRoot: site, output: output))
        XCTAssertTrue(report.succeeded, "\(report.diagnostics.sorted.prefix(20))")
        XCTAssertGreaterThan(report.pages, 2_000)
        let profile = try XCTUnwrap(LinkWalk(output: output).pages().first { $0.hasPrefix("chi-bo/") && $0 != "chi-bo/index.html" })
        let bulletin = try XCTUnwrap(LinkWalk(output: output).pages().last { $0.hasPrefix("ban-tin/") && $0 != "ban-tin/index.html" })
        try assertCheckersPass(output, pages: ["index.html", profile, "xep-hang/index.html", bulletin])
    }

    /// The checkers find what they look for: a tidy error, a page structure a screen reader
    /// cannot follow, a broken link, a console error.
    func testTheCheckersCatchWhatTheyLookFor() throws {
        let folder = try TemporaryFolder.make("bontot-checkers")
        try Data("""
            <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>x</title></head>
            <body><p><a href="khong-co/">x</a><a href="#khong-co">y</a><foo>z</foo></p>
            <script>console.error("lỗi")</script></body></html>
            """.utf8).write(to: folder.appending(path: "index.html"))
        let tidy = try TidyCheck.problems(["index.html"], in: folder, tidy: try ExternalTool.find("tidy", package: "tidy"))
        XCTAssertTrue(tidy.contains { $0.contains("Error:") && $0.contains("foo") }, "\(tidy)")
        // tidy 5.6 takes a <div> grouping a <dt> and its <dd> in a <dl> (line 3) for a mistake;
        // the same warnings about such a group outside any <dl> (line 6), or about a <dl> holding
        // a <div> of something else (line 7), are real mistakes.
        try Data("""
            <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>x</title></head>
            <body><main>
            <p>Ấp Bắc</p><dl class="table-key"><div><dt>CT</dt><dd>Chính trị (tối đa <b>30</b> điểm)</dd></div>
            <div><dt>XD</dt><dd>Xây dựng Đảng</dd></div></dl>
            <p>x</p>
            <div><dt>Bí thư</dt><dd>Nguyễn Văn A</dd></div>
            <dl><div><p>Đảng viên</p></div></dl>
            </main></body></html>
            """.utf8).write(to: folder.appending(path: "dl.html"))
        let lists = try TidyCheck.problems(["dl.html"], in: folder, tidy: try ExternalTool.find("tidy", package: "tidy"))
        let lines = Set(lists.compactMap { $0.split(separator: ":").dropFirst().first.flatMap { Int($0) } })
        XCTAssertEqual(lines, [6, 7], "\(lists)")
        XCTAssertTrue(lists.contains { $0.hasPrefix("dl.html:6:") && $0.hasSuffix("inserting implicit <dl>") }, "\(lists)")
        XCTAssertTrue(lists.contains { $0.hasPrefix("dl.html:7:") && $0.hasSuffix("missing <dd>") }, "\(lists)")
        // A page as a screen reader would find it wanting: two titles, a level skipped, a table
        // with no caption, a header cell with no scope, a picture with no alternative text.
        XCTAssertEqual(PageStructureCheck.problems(of: """
            <!DOCTYPE html><html lang="vi"><head><title>x</title></head><body><header><h1>Ấp Bắc</h1></header>
            <h3>Đảng viên</h3><h1>Xếp hạng</h1><table><thead><tr><th>Năm</th><th scope="col">Tổng điểm</th></tr></thead></table>
            <img src="a.jpg"><img src="b.jpg" alt=""></body></html>
            """), ["2 <h1>", "<h3> under <h1>: a level skipped", "a table without a caption first in it: <table>",
                   "a header cell without scope: <th>", "a picture without alt: <img src=\"a.jpg\">"])
        // One table without a caption, another with two: as many captions as tables, which the
        // check passed when it counted them. Each table's caption is its first child.
        let miscaptioned = """
            <!DOCTYPE html><html lang="vi"><head><title>x</title></head><body><h1>Xếp hạng</h1>
            <table class="ranking-table"><thead><tr><th scope="col">Chi bộ</th></tr></thead></table>
            <table>
            <caption>Bảng 2</caption><caption>Bảng 3</caption><tr><td>x</td></tr></table></body></html>
            """
        XCTAssertEqual(miscaptioned.matches(of: #/<table[\s>]/#).count, miscaptioned.matches(of: #/<caption[\s>]/#).count)
        XCTAssertEqual(PageStructureCheck.problems(of: miscaptioned), [
            "a table without a caption first in it: <table class=\"ranking-table\">", "a caption not first in a table: <caption>",
        ])
        XCTAssertEqual(PageStructureCheck.problems(of: "<html lang=\"en\"><h2>x</h2>"),
                       ["not marked as Vietnamese (<html lang=\"vi\">)", "0 <h1>", "<h2> under <h0>: a level skipped"])
        XCTAssertEqual(LinkWalk(output: folder).brokenLinks().broken.count, 2)
        let chromium = try HeadlessChromium(executable: ExternalTool.find("chromium", package: "chromium"),
                                            profile: folder.appending(path: "profile"))
        let loaded = try chromium.load(folder.appending(path: "index.html"))
        XCTAssertTrue(loaded.console.contains { $0.contains("lỗi") }, "\(loaded.console)")
    }

    private func assertCheckersPass(_ output: URL, pages chromiumPages: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let walk = LinkWalk(output: output)
        let pages = walk.pages()
        XCTAssertGreaterThan(pages.count, 10, file: file, line: line)

        let tidy = try TidyCheck.problems(pages, in: output, tidy: try ExternalTool.find("tidy", package: "tidy"))
        XCTAssertEqual(tidy, [], "tidy: \(tidy.count) problems", file: file, line: line)

        let structure = try PageStructureCheck.problems(pages, in: output)
        XCTAssertEqual(structure, [], "page structure: \(structure.count) problems", file: file, line: line)

        let links = walk.brokenLinks()
        XCTAssertGreaterThan(links.followed, pages.count, file: file, line: line)
        XCTAssertEqual(links.broken, [], "\(links.broken.count) broken links", file: file, line: line)

        let chromium = try HeadlessChromium(executable: ExternalTool.find("chromium", package: "chromium"),
                                            profile: TemporaryFolder.make("bontot-chromium"))
        for page in chromiumPages {
            XCTAssertTrue(pages.contains(page), "no page \(page)", file: file, line: line)
            let loaded = try chromium.load(output.appending(path: page))
            XCTAssertTrue(loaded.dom.contains("</html>") && loaded.dom.contains("<main"), "\(page) did not load", file: file, line: line)
            XCTAssertEqual(loaded.console, [], "\(page) logged to the console", file: file, line: line)
        }
    }
}
