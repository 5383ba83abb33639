import BonTotKit
import Foundation
import XCTest

/// The promises of SPEC §6 on a whole build: links that work from disk, byte-identical
/// rebuilds, nothing lost on failure, overrides of the built-in theme.
final class PromisesTests: XCTestCase {
    func testEveryInternalLinkResolvesToAFileOfTheOutput() throws {
        let built = try BuiltSite.build()
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let walk = LinkWalk(output: built.output)
        let links = walk.brokenLinks()
        XCTAssertEqual(links.broken, [], "\(links.broken.count) broken links")
        XCTAssertGreaterThan(links.followed, walk.pages().count, "every page links at least to the stylesheet and home")
    }

    func testTwoBuildsOfTheSameInputAreByteIdentical() throws {
        let root = try BuiltSite.prepare("portal", changes: [:])
        let builds = ["output-1", "output-2"].map { folder in
            let options = BuildOptions(siteRoot: root, output: root.appending(path: folder), clean: true)
            return BuiltSite(root: root, output: options.output, report: SiteBuilder.build(options))
        }
        for built in builds {
            XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        }
        let files = builds[0].outputFiles()
        XCTAssertGreaterThan(files.filter { $0.hasSuffix(".html") }.count, 20)
        XCTAssertEqual(builds[1].outputFiles(), files, "two clean builds write the same files")
        for path in files {
            XCTAssertEqual(builds[1].bytes(path), builds[0].bytes(path), "\(path) differs between two clean builds")
        }
    }

    func testAFailedBuildLeavesThePreviousOutputUntouched() throws {
        let first = try BuiltSite.build()
        XCTAssertTrue(first.report.succeeded)
        let before = first.outputFiles().map { ($0, first.bytes($0)) }
        try "---\nbranch: khong-co\ndate: 2024-09-31\nkind: thuong-ky\n---\n"
            .write(to: first.root.appending(path: "content/minutes/2024/hong.md"), atomically: true, encoding: .utf8)
        let failed = BuiltSite.rebuild(root: first.root)
        XCTAssertFalse(failed.report.succeeded)
        XCTAssertTrue(failed.report.diagnostics.sorted.contains { $0.location.file == "content/minutes/2024/hong.md" && $0.message.contains("2024-09-31") })
        let after = failed.outputFiles().map { ($0, failed.bytes($0)) }
        XCTAssertEqual(after.map(\.0), before.map(\.0))
        XCTAssertTrue(zip(after, before).allSatisfy { $0.1 == $1.1 }, "the output changed after a failed build")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: first.root.path).filter { $0.contains("bontot-") && $0 != ".bontot-cache" }
        XCTAssertEqual(leftovers, [], "staging folders left behind")
    }

    func testASiteTemplateOverridesTheBuiltInOneFileByFile() throws {
        let built = try BuiltSite.build(changes: [
            "templates/home.mustache": "{{<layout}}{{$main}}<p class=\"rieng\">Trang chủ riêng của {{chrome.organization}}</p>{{/main}}{{/layout}}"
        ])
        let home = built.page("index.html")
        XCTAssertTrue(home.contains("<p class=\"rieng\">Trang chủ riêng của Đảng bộ xã Hòa Thuận</p>"))
        XCTAssertTrue(home.contains("<html lang=\"vi\">"), "the built-in layout still wraps the page")
        XCTAssertTrue(home.contains("Bỏ qua, đến nội dung chính"), "skip link from the built-in layout")
    }

    func testPagesNeedNoJavaScriptAndCarryNoBuildDate() throws {
        let built = try BuiltSite.build()
        let now = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        let today = try XCTUnwrap(CalendarDate(year: now.year!, month: now.month!, day: now.day!))
        let pages = built.outputFiles().filter { $0.hasSuffix(".html") }
        XCTAssertGreaterThan(pages.count, 10)
        for page in pages {
            // The one script of every page takes a table's frame out of the Tab order while its
            // table fits; without it, every frame stays a Tab stop (TableFrameFocusTests).
            let html = built.page(page).replacingOccurrences(of: #"<script src="(\.\./)*assets/table-frames\.js"></script>"#,
                                                             with: "", options: .regularExpression)
            if page == Router().file(.search) {
                // The one page that needs JavaScript (SPEC §2: search runs in the reader's browser).
                XCTAssertEqual(html.components(separatedBy: "<script").count, 2, "the search page loads its own script only")
            } else {
                XCTAssertFalse(html.contains("<script"), "\(page) holds a script")
            }
            for stamp in [today.description, VietnameseFormat.shortDate(today), VietnameseFormat.longDate(today)] {
                XCTAssertFalse(html.contains(stamp), "\(page) holds today's date \(stamp): a build date breaks byte-identical rebuilds")
            }
        }
    }

    /// The overlap guard itself, not the refusal of a folder bontot did not write: `--force`
    /// lifts the latter, and the site must still be refused and left whole.
    func testAnOutputFolderThatHoldsTheSiteIsRefusedAndNothingIsDeleted() throws {
        let root = try BuiltSite.prepare("portal", changes: [:])
        // Refused before the site is read: not even bontot's own `.bontot-cache/` is written.
        func siteFiles() throws -> [String] { try Self.files(under: root) }
        let before = try siteFiles()
        XCTAssertTrue(before.contains("content/rubric.yaml"))
        func real(_ url: URL) -> String { url.resolvingSymlinksInPath().standardizedFileURL.path }
        let holdsTheSite = "chứa chính thư mục trang; bản dựng sẽ xóa nội dung / the output folder holds the site itself"
        let cases = [
            (root, "thư mục kết quả '\(real(root))' \(holdsTheSite)"),
            (root.deletingLastPathComponent(), "thư mục kết quả '\(real(root.deletingLastPathComponent()))' \(holdsTheSite)"),
            (root.appending(path: "content"), "thư mục kết quả '\(real(root.appending(path: "content")))' nằm trong 'content' của trang / the output folder is inside the site's content"),
        ]
        for (output, message) in cases {
            let report = SiteBuilder.build(BuildOptions(siteRoot: root, output: output, force: true))
            XCTAssertFalse(report.succeeded, "building into \(output.path) must be refused")
            XCTAssertEqual(report.diagnostics.sorted.map(\.location.file), ["--output"], "\(report.diagnostics.sorted)")
            XCTAssertEqual(report.diagnostics.sorted.first?.message, message)
            XCTAssertEqual(report.diagnostics.sorted.first?.severity, .error)
            XCTAssertEqual(try siteFiles(), before, "building into \(output.path) changed the site's files")
        }
    }

    /// Every file under `folder`, relative paths, sorted.
    static func files(under folder: URL) throws -> [String] {
        let base = folder.standardizedFileURL.path + "/"
        var paths: [String] = []
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            if url.hasDirectoryPath { continue }
            paths.append(String(url.standardizedFileURL.path.dropFirst(base.count)))
        }
        return paths.sorted()
    }
}

/// SPEC §3-4: one way to write a measured percentage, with one decimal ("18,8 %"), on every page;
/// only norms and quotas quoted from the rules ("trên 85 %", "dưới mức 60 %", "vượt tỷ lệ 20 %")
/// keep the rule's own wording.
final class PercentIdiomTests: XCTestCase {
    func testEveryMeasuredPercentageOnThePagesHasOneDecimal() throws {
        let built = try BuiltSite.build()
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        var found: [String] = []
        var measured = 0
        for page in built.outputFiles() where page.hasSuffix(".html") {
            let html = built.page(page)
            found += Self.percentagesWithoutDecimal(inHTML: html).map { "\(page): \($0)" }
            measured += Self.text(ofHTML: html).ranges(of: Self.withDecimal).count
        }
        XCTAssertEqual(found, [], "measured percentages without their decimal")
        XCTAssertGreaterThan(measured, 20, "the portal shows measured percentages, with one decimal")
        XCTAssertTrue(built.page("chi-bo/ap-bac/index.html").range(of: #"\d+,\d[ \u00A0]%"#, options: .regularExpression) != nil)
    }

    /// The check itself finds a whole number in a table cell and in parentheses, and leaves a
    /// norm quoted from the rules and a percentage with its decimal alone.
    func testTheCheckFindsAWholeNumberInACellAndInParentheses() {
        let html = """
            <table><tr><td>Chi bộ ấp Ấp Bắc</td><td class="num">86 %</td><td>18,8&nbsp;%</td></tr></table>
            <p>Đảng viên dự họp: 36/40 (90 %), trên 85 %; chỉ 50,0 % chi bộ đạt, dưới mức 60 %.</p>
            <p>01 chi bộ (100,0 %), vượt tỷ lệ 20 %.</p>
            """
        let found = Self.percentagesWithoutDecimal(inHTML: html)
        XCTAssertEqual(found.count, 2, "\(found)")
        XCTAssertTrue(found.contains { $0.hasSuffix("86 %") } && found.contains { $0.hasSuffix("(90 %") }, "\(found)")
    }

    /// A percentage written with its decimal comma.
    static var withDecimal: Regex<Substring> { /\d,\d[ \u{00A0}]%/ }

    /// The norms' wording: a whole-number percentage right after one of these is a rule quoted
    /// ("trên 85 %", the chart legend's "Từ 85 % trở xuống").
    static let norms = ["trên", "dưới", "mức", "tỷ lệ", "vượt", "từ"]

    /// The visible text of a page: tags become line breaks (so a cell never borrows the words of
    /// the cell before it), spaces collapse, `&nbsp;` becomes U+00A0. A chart's axis ticks (the
    /// scale, such as the 85 % norm line's) are left out; the values it draws are kept.
    static func text(ofHTML html: String) -> String {
        html.replacingOccurrences(of: #"<(script|style)[^>]*>.*?</\1>"#, with: "\n", options: [.regularExpression, .caseInsensitive])
            .replacingOccurrences(of: #"<text[^>]*class="axis"[^>]*>[^<]*</text>"#, with: "\n", options: .regularExpression)
            .replacingOccurrences(of: #"<[^>]+>"#, with: "\n", options: .regularExpression)
            .replacingOccurrences(of: "&nbsp;", with: "\u{00A0}").replacingOccurrences(of: "&#160;", with: "\u{00A0}")
            .replacingOccurrences(of: #"[ \t\r]+"#, with: " ", options: .regularExpression)
    }

    /// Each whole-number percentage of the page's text (`86 %`, `(90 %`) that is not a norm, with
    /// the text before it in the same piece of text.
    static func percentagesWithoutDecimal(inHTML html: String) -> [String] {
        let text = text(ofHTML: html)
        var found: [String] = []
        for match in text.matches(of: /\d+[ \u{00A0}]%/) {
            let preceding = text[..<match.range.lowerBound].last
            if preceding == "," || preceding?.isNumber == true { continue }  // the decimal of "18,8 %"
            let line = text[..<match.range.lowerBound].split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
            let before = line.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).suffix(2).joined(separator: " ")
            if Self.norms.contains(where: before.lowercased().contains) { continue }
            found.append(String(line.suffix(30)) + text[match.range])
        }
        return found
    }
}
