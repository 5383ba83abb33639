import BonTotKit
import Foundation
import XCTest

/// What the preview server shows a reader beyond the pages themselves: a folder's address
/// without its slash, a missing page, the error banner (many errors, or a first build that
/// failed), and `serve` pointed at a folder that is no site. The built executable, as
/// `ServeCommandTests` runs it.
final class ServePagesTests: ServeTestCase {
    /// The helpers that start the server and ask it for pages.
    private typealias Serve = ServeCommandTests

    /// A search shared as a link to its folder without the slash (`/tim-kiem?q=…`) is redirected
    /// to the folder with its words kept: the reader lands on the search already run.
    func testAFolderAskedWithoutItsSlashKeepsTheQueryThroughTheRedirect() throws {
        let (base, log) = try serve(try copy("portal"))
        XCTAssertNotNil(Serve.wait(for: base, until: { $0.contains("<html") }), "the home was never served:\n\(Serve.read(log))")

        let search = try XCTUnwrap(Serve.redirect(base + "tim-kiem?q=dang%20vien&trong=guong"), "no answer:\n\(Serve.read(log))")
        XCTAssertEqual(search.status, 301)
        XCTAssertEqual(search.location, "/tim-kiem/?q=dang%20vien&trong=guong", "the redirect must keep the search's words")
        let plain = try XCTUnwrap(Serve.redirect(base + "chi-bo"))
        XCTAssertEqual(plain.status, 301)
        XCTAssertEqual(plain.location, "/chi-bo/", "no query, no question mark")
        XCTAssertEqual(Serve.redirect(base + "tim-kiem/?q=dang")?.status, 200)
    }

    /// A folder asked after two slashes or more (`//chi-bo`, a link joined from a base ending
    /// with its slash) is redirected to the folder of this server: `//chi-bo/` in the redirect
    /// sent the browser to a computer named `chi-bo`, and kept sending it there (301).
    func testAFolderAskedAfterTwoSlashesIsRedirectedOnThisServer() throws {
        let (base, log) = try serve(try copy("portal"))
        XCTAssertNotNil(Serve.wait(for: base, until: { $0.contains("<html") }), "the home was never served:\n\(Serve.read(log))")
        for path in ["/chi-bo", "//chi-bo", "/chi-bo?q=1"] {
            let answer = try XCTUnwrap(Serve.redirect(base + path), "no answer to \(path):\n\(Serve.read(log))")
            XCTAssertEqual(answer.status, 301, path)
            XCTAssertEqual(answer.location, path.hasSuffix("?q=1") ? "/chi-bo/?q=1" : "/chi-bo/", path)
        }
    }

    /// A clerk types an address as it is said, with its Vietnamese letters or capitals
    /// (`/chi-bộ/`, `/Sinh-Hoat`, a tag's words): the page it means is opened, at its own
    /// address, the search's words kept. A page the output does not have, and a file, stay 404.
    func testAPageTypedWithVietnameseLettersOpensThePageItMeans() throws {
        let (base, log) = try serve(try copy("portal"))
        XCTAssertNotNil(Serve.wait(for: base, until: { $0.contains("<html") }), "the home was never served:\n\(Serve.read(log))")
        let router = Router()
        let typed: [(String, String)] = [
            ("chi-b%E1%BB%99/", "/" + router.path(.branchDirectory)),
            ("Sinh-Ho%E1%BA%A1t", "/" + router.path(.minutesIndex)),
            ("guong-dien-hinh/chu-de/d%C3%A2n%20v%E1%BA%ADn%20kh%C3%A9o/", "/" + router.path(.storyTag("dan-van-kheo"))),
            ("t%C3%ACm-ki%E1%BA%BFm/?q=dang%20vien", "/" + router.path(.search) + "?q=dang%20vien"),
        ]
        for (path, page) in typed {
            let answer = try XCTUnwrap(Serve.redirect(base + path), "no answer to \(path):\n\(Serve.read(log))")
            XCTAssertEqual(answer.status, 302, path)
            XCTAssertEqual(answer.location, page, path)
            XCTAssertEqual(Serve.answer(base + String(page.dropFirst()))?.status, 200, page)
        }
        XCTAssertEqual(Serve.answer(base + "chi-b%E1%BB%99/kh%C3%B4ng-c%C3%B3/")?.status, 404)
        XCTAssertEqual(Serve.answer(base + "Media/%E1%BA%A2nh.JPG")?.status, 404)
    }

    /// A page open in the browser reloads about a second after a save: it asks whether a build
    /// finished at least every 300 ms (asked every second, it waited up to a second more than
    /// the build took); only after a failed question (the server stopped) does it wait longer.
    func testAnOpenPageAsksForANewBuildSeveralTimesASecond() throws {
        let (base, log) = try serve(try copy("portal"))
        let home = try XCTUnwrap(Serve.wait(for: base, until: { $0.contains("<html") }), Serve.read(log))
        let waits = home.components(separatedBy: "setTimeout(p,").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        XCTAssertEqual(waits.count, 3, home)
        XCTAssertEqual(waits.filter { $0 > 300 }, [2000], "between two questions: \(waits)")
    }

    /// A page left open while `serve` is stopped and started again (after the office edited the
    /// files meanwhile) reloads once the new server has built: the build it shows is not taken
    /// for the new server's first, though both servers count their builds from one.
    func testAPageLeftOpenAcrossARestartReloads() throws {
        let root = try copy("portal")
        let (base, log) = try serve(root)
        let page = try XCTUnwrap(Serve.wait(for: base, until: { $0.contains("<html") }), Serve.read(log))
        let shown = try XCTUnwrap(page.components(separatedBy: "var v=\"").dropFirst().first?.prefix { $0 != "\"" }, page)
        let first = try XCTUnwrap(server)
        first.interrupt()
        first.waitUntilExit()
        let port = try XCTUnwrap(URL(string: base)?.port)
        server = try ServeCommandTests.start(["serve", "--site", root.path, "--port", "\(port)"], log: folder.appending(path: "again.log"))
        let version = try XCTUnwrap(Serve.wait(for: base + ServeCommandTests.PreviewMarkers.script.dropFirst(), until: { !$0.isEmpty }), "the server never started again")
        XCTAssertNotEqual(version.trimmingCharacters(in: .whitespacesAndNewlines), String(shown),
                          "the open page would not reload: it takes the new server's build for the one it shows")
    }

    /// `output/` deleted while serving (to start clean) is built again at once, no file saved:
    /// the preview does not answer "no such page" for the whole site until the next save.
    func testAnOutputDeletedWhileServingIsBuiltAgain() throws {
        let root = try copy("portal")
        let (base, log) = try serve(root)
        XCTAssertNotNil(Serve.wait(for: base, until: { $0.contains("<html") }), Serve.read(log))
        try FileManager.default.removeItem(at: root.appending(path: "output"))
        XCTAssertNotNil(Serve.wait(for: base + Router().path(.branchDirectory), until: { $0.contains("<html") }),
                        "the deleted output was never built again:\n\(Serve.read(log))")
    }

    /// A page the build does not have is a 404 that leads back to the home.
    func testAMissingPageLeadsBackHome() throws {
        let (base, log) = try serve(try copy("portal"))
        XCTAssertNotNil(Serve.wait(for: base, until: { $0.contains("<html") }), "the home was never served:\n\(Serve.read(log))")
        let missing = try XCTUnwrap(Serve.answer(base + "chi-bo/khong-co/"))
        XCTAssertEqual(missing.status, 404)
        XCTAssertTrue(missing.body.contains("Bản dựng không có /chi-bo/khong-co/."), missing.body)
        XCTAssertTrue(missing.body.contains("<a href=\"/\">Về trang chủ</a>"), "no way back to the home: \(missing.body)")
    }

    /// A page missing inside a unit of a district (a link mistyped, a branch renamed) leads to the
    /// pages above it, nearest first and named as they are: the unit's branches and home before
    /// the district's list of units, then a search of the unit for the words of the path, then the
    /// home. A path typed with Vietnamese letters is shown with them, not with the `%`-escapes the
    /// browser sent, and searched with them.
    func testAMissingPageInsideAUnitLeadsToTheUnitsPagesAbove() throws {
        let (base, log) = try serve(try copy("district"))
        XCTAssertNotNil(Serve.wait(for: base, until: { $0.contains("<html") }), "the home was never served:\n\(Serve.read(log))")
        let unit = Router().unit("xa-a")
        let missing = try XCTUnwrap(Serve.answer(base + unit.path(.branchDirectory) + "khong-co/"))
        XCTAssertEqual(missing.status, 404)
        let links = missing.body.components(separatedBy: "<a href=\"").dropFirst().map { $0.prefix { $0 != "<" } }
        XCTAssertEqual(links, [
            "/\(unit.path(.branchDirectory))\">Các chi bộ trực thuộc — Cổng thông tin Đảng bộ xã Bình Minh",
            "/\(unit.path(.home))\">Trang chủ — Cổng thông tin Đảng bộ xã Bình Minh",
            "/\(Router().path(.unitDirectory))\">Các đảng bộ cơ sở — Cổng thông tin Đảng bộ huyện Giồng Riềng",
            "/\(unit.path(.search))?q=khong%20co\">Tìm “khong co” trong cổng thông tin",
            "/\">Về trang chủ",
        ], missing.body)

        let typed = try XCTUnwrap(Serve.answer(base + unit.path(.branchDirectory) + "%E1%BA%A5p-m%E1%BB%99t/"))
        XCTAssertEqual(typed.status, 404)
        XCTAssertTrue(typed.body.contains("Bản dựng không có /\(unit.path(.branchDirectory))ấp-một/."), typed.body)
        XCTAssertTrue(typed.body.contains("?q=%E1%BA%A5p%20m%E1%BB%99t\">Tìm “ấp một” trong cổng thông tin</a>"), typed.body)
    }

    /// A link checker or `curl -I` asks for the home with HEAD: it is there, as any other page is.
    func testTheHomeAnswersAHeadRequestAsTheOtherPagesDo() throws {
        let (base, log) = try serve(try copy("portal"))
        XCTAssertNotNil(Serve.wait(for: base, until: { $0.contains("<html") }), "the home was never served:\n\(Serve.read(log))")
        XCTAssertEqual(Serve.answer(base, method: "HEAD")?.status, 200, "HEAD / must find the home")
        XCTAssertEqual(Serve.answer(base + Router().path(.branchDirectory), method: "HEAD")?.status, 200)
        XCTAssertEqual(Serve.answer(base + "chi-bo/khong-co/", method: "HEAD")?.status, 404)
    }

    /// Many errors (a criterion renamed in the rubric: one per branch and period) never hide the
    /// last good page: the banner stays within a part of the window and scrolls inside itself,
    /// measured in headless Chromium on the page as served.
    func testABannerOfManyErrorsLeavesThePageInView() throws {
        let root = try copy("portal")
        let (base, log) = try serve(root)
        let page = base + Router().path(.rankingIndex)
        XCTAssertNotNil(Serve.wait(for: page, until: { $0.contains("<html") }), "the page was never served:\n\(Serve.read(log))")
        try Serve.replace("id: doan-ket-ky-luat,", with: "id: doan-ket,", in: root.appending(path: "content/rubric.yaml"))
        let broken = try XCTUnwrap(Serve.wait(for: page, until: { $0.contains(Serve.PreviewMarkers.banner) }),
                                   "no error banner:\n\(Serve.read(log))")
        XCTAssertGreaterThanOrEqual(broken.components(separatedBy: ": error:").count - 1, 5,
                                    "the rubric's change makes many errors")

        let probe = """
            <script>window.addEventListener("load", function () {
              var banner = document.getElementById("bontot-loi");
              window.scrollTo(0, 1500);
              var box = banner.getBoundingClientRect();
              document.body.setAttribute("data-do", Math.round(box.bottom) + "/" + window.innerHeight + "/"
                + document.documentElement.scrollHeight);
            });</script>
            """
        let file = folder.appending(path: "trang.html")
        try broken.replacingOccurrences(of: "</body>", with: probe + "</body>").write(to: file, atomically: true, encoding: .utf8)
        let result = try ExternalTool.run(try SearchPageBrowserTests.chromium(), [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--window-size=800,400",
            "--user-data-dir=\(folder.appending(path: "chromium-profile").path)",
            "--virtual-time-budget=3000", "--dump-dom", file.absoluteString,
        ])
        let measured = try XCTUnwrap(result.output.components(separatedBy: "data-do=\"").dropFirst().first?.prefix { $0 != "\"" },
                                     "the probe measured nothing")
        let numbers = measured.split(separator: "/").compactMap { Int($0) }
        XCTAssertEqual(numbers.count, 3, String(measured))
        guard numbers.count == 3 else { return }
        XCTAssertGreaterThan(numbers[2], 1500 + numbers[1], "the page is long enough to scroll")
        XCTAssertLessThanOrEqual(numbers[0], numbers[1] / 2,
                                 "scrolled down, the banner covers \(numbers[0]) of the window's \(numbers[1]) px: "
                                 + "the page is hidden")
    }

    /// Serves the site at `root`, edits a minutes' body, waits for the edit to be served, and
    /// gives what the terminal printed until the rebuild said its warnings are the build before's.
    private func logOfARebuildWithTheSameWarnings(_ root: URL) throws -> String {
        let (base, log) = try serve(root)
        let page = base + Router().path(.minutes("ap-bac-2024-09"))
        XCTAssertNotNil(Serve.wait(for: page, until: { $0.contains("<html") }), "the page was never served:\n\(Serve.read(log))")
        let minutes = root.appending(path: "content/minutes/2024/ap-bac-2024-09.md")
        try Serve.replace("Đồng chí Bí thư báo cáo tình hình tháng 8.", with: "Đồng chí Bí thư báo cáo việc gia cố đê bao.", in: minutes)
        XCTAssertNotNil(Serve.wait(for: page, until: { $0.contains("việc gia cố đê bao") }),
                        "the edit was never served:\n\(Serve.read(log))")
        return Serve.read(log, until: { $0.contains("cảnh báo như lần dựng trước)") })
    }

    /// A warning is printed once, not again at every save while it stays the same: the rebuild
    /// says in one line that the warnings are those of the build before.
    func testTheSameWarningsAreNotPrintedAgainAtEverySave() throws {
        let root = try copy("portal")
        let branch = root.appending(path: "content/branches/ap-bac.yaml")
        let text = try String(contentsOf: branch, encoding: .utf8)
        try (text + "\nghi-chu: trường không có trong đặc tả\n").write(to: branch, atomically: true, encoding: .utf8)
        let printed = try logOfARebuildWithTheSameWarnings(root)
        XCTAssertEqual(printed.components(separatedBy: "unknown field 'ghi-chu'").count - 1, 1, printed)
        XCTAssertTrue(printed.contains("cảnh báo như lần dựng trước)"), printed)
    }

    /// Warnings of a kind past the 20 a file shows are counted too when a rebuild says they are
    /// those of the build before: it said 21 of 25.
    func testTheWarningsOfTheBuildBeforeAreCountedWhole() throws {
        let root = try copy("portal")
        let branch = root.appending(path: "content/branches/ap-bac.yaml")
        let text = try String(contentsOf: branch, encoding: .utf8)
        try (text + "\n" + (0..<25).map { "ghi-chu-\($0): x\n" }.joined()).write(to: branch, atomically: true, encoding: .utf8)
        let printed = try logOfARebuildWithTheSameWarnings(root)
        XCTAssertTrue(printed.contains("… và 5 cảnh báo cùng loại khác trong tệp này"), printed)
        XCTAssertTrue(printed.contains("(25 cảnh báo như lần dựng trước)"), printed)
    }

    /// A new site whose very first build fails has no good build to show: the browser and the
    /// terminal say so, instead of "this is the last good build" over "no page /"; once the error
    /// is mended the site appears.
    func testAFirstBuildThatFailsSaysThereIsNoSiteYet() throws {
        let root = try copy("portal")
        let minutes = root.appending(path: "content/minutes/2024/ap-bac-2024-09.md")
        try Serve.replace("branch: ap-bac\n", with: "branch: ap-bak\n", in: minutes)
        let (home, log) = try serve(root)
        let first = try XCTUnwrap(Serve.waitForAnswer(home, until: { $0.body.contains(Serve.PreviewMarkers.banner) }),
                                  "no answer:\n\(Serve.read(log))")
        XCTAssertEqual(first.status, 404)
        XCTAssertTrue(first.body.contains("ap-bac-2024-09.md:2: error:"), "the banner names the error")
        XCTAssertTrue(first.body.contains("chưa có trang nào để xem"), first.body)
        XCTAssertTrue(first.body.contains("<h1>Chưa có bản dựng</h1>"), first.body)
        XCTAssertFalse(first.body.contains("đây là bản dựng tốt gần nhất"), "there is no good build to speak of")
        XCTAssertFalse(first.body.contains("Bản dựng không có /"), "the home is not missing from a build: there is none")
        XCTAssertTrue(Serve.read(log).contains("chưa có bản dựng tốt nào"), Serve.read(log))
        XCTAssertFalse(Serve.read(log).contains("vẫn phục vụ bản dựng tốt gần nhất"), Serve.read(log))

        try Serve.replace("branch: ap-bak\n", with: "branch: ap-bac\n", in: minutes)
        // The build publishes its output a moment before the server forgets the failure, and a
        // page asked for in between still carries the banner until the reload that follows: the
        // site must appear without it.
        let mended = try XCTUnwrap(Serve.waitForAnswer(home, until: { $0.status == 200 && !$0.body.contains(Serve.PreviewMarkers.banner) }),
                                   "the site never appeared without the banner:\n\(Serve.read(log))")
        XCTAssertTrue(mended.body.contains("</html>"))
    }

    /// `serve` run in a folder that is no site (a mistyped `--site`, the wrong folder) stops at
    /// once with the one error `build` gives, and writes nothing there, instead of serving nothing.
    func testServeOfAFolderThatIsNoSiteStopsWithOneError() throws {
        let empty = folder.appending(path: "khong-phai-trang")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let log = folder.appending(path: "serve.log")
        let process = try Serve.start(["serve", "--site", empty.path, "--port", "\(try Serve.freePort())"], log: log)
        server = process
        guard Serve.waitForExit(of: process) else {
            return XCTFail("serve kept running in a folder that is no site:\n\(Serve.read(log))")
        }
        XCTAssertEqual(process.terminationStatus, 1)
        let lines = Serve.read(log).split(separator: "\n")
        XCTAssertEqual(lines.count, 1, "one error: \(lines)")
        XCTAssertTrue(lines.first?.hasPrefix("site.yaml:1: error: thiếu tệp site.yaml") == true, "\(lines)")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: empty.path), [], "nothing written into the folder")
    }
}
