import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif
import BonTotKit
import XCTest

/// `bontot serve` as an editor uses it: the built executable on a free port, a page fetched, a
/// minutes file edited and its new text served, a file broken and the last good page still
/// served under an error banner, a second server refused on the busy port, Ctrl-C.
final class ServeCommandTests: XCTestCase {
    private var folder: URL!
    private var server: Process?

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appending(path: "bontot-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let server, server.isRunning {
            server.terminate()
            server.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: folder)
    }

    func testServeRebuildsOnEditAndKeepsTheLastGoodSiteOnError() throws {
        let root = folder.appending(path: "portal")
        try FileManager.default.copyItem(at: BuiltSite.fixtures.appending(path: "portal"), to: root)
        let port = try Self.freePort()
        let log = folder.appending(path: "serve.log")
        let server = try Self.start(["serve", "--site", root.path, "--port", "\(port)"], log: log)
        self.server = server
        let page = "http://127.0.0.1:\(port)/" + Router().path(.minutes("ap-bac-2024-09"))
        let minutes = root.appending(path: "content/minutes/2024/ap-bac-2024-09.md")

        let first = try XCTUnwrap(Self.wait(for: page, until: { $0.contains("Đồng chí Bí thư báo cáo tình hình tháng 8.") }),
                                  "the page was never served:\n\(Self.read(log))")
        XCTAssertTrue(first.contains(PreviewMarkers.script), "served pages carry the reload script")
        XCTAssertFalse(first.contains(PreviewMarkers.banner))
        let onDisk = try String(contentsOf: root.appending(path: "output/" + Router().file(.minutes("ap-bac-2024-09"))), encoding: .utf8)
        XCTAssertFalse(onDisk.contains(PreviewMarkers.script), "the reload script is never written into output/")

        try Self.replace("Đồng chí Bí thư báo cáo tình hình tháng 8.", with: "Đồng chí Bí thư báo cáo việc gia cố đê bao.", in: minutes)
        XCTAssertNotNil(Self.wait(for: page, until: { $0.contains("việc gia cố đê bao") }),
                        "the edit was never served:\n\(Self.read(log))")

        try Self.replace("branch: ap-bac\n", with: "branch: ap-bak\n", in: minutes)
        let broken = try XCTUnwrap(Self.wait(for: page, until: { $0.contains(PreviewMarkers.banner) }),
                                   "no error banner:\n\(Self.read(log))")
        XCTAssertTrue(broken.contains("content/minutes/2024/ap-bac-2024-09.md:2: error:"), "the banner names the file and line")
        XCTAssertTrue(broken.contains("việc gia cố đê bao"), "the last good page is still served")
        XCTAssertTrue(Self.read(log).contains("ap-bac-2024-09.md:2: error:"), "the terminal shows the error too")

        let secondLog = folder.appending(path: "second.log")
        let second = try Self.start(["serve", "--site", root.path, "--port", "\(port)"], log: secondLog)
        if Self.waitForExit(of: second) {
            XCTAssertEqual(second.terminationStatus, 1)
        } else {
            second.terminate()
            second.waitUntilExit()
            XCTFail("a second server on the busy port kept running instead of refusing:\n\(Self.read(secondLog))")
        }
        XCTAssertTrue(Self.read(secondLog).contains("Cổng \(port)"), Self.read(secondLog))
        XCTAssertTrue(Self.read(secondLog).contains("đang được chương trình khác dùng"), Self.read(secondLog))

        server.interrupt()
        server.waitUntilExit()
        XCTAssertEqual(server.terminationReason, .exit)
        XCTAssertEqual(server.terminationStatus, 0, "Ctrl-C stops the server cleanly:\n\(Self.read(log))")
        XCTAssertTrue(Self.read(log).contains("Đã dừng máy chủ xem trước."))
    }

    /// A district's preview rebuilds when a file in a unit's folder changes, not only its own.
    func testServeOfADistrictRebuildsWhenAUnitsFileChanges() throws {
        let root = folder.appending(path: "district")
        try FileManager.default.copyItem(at: BuiltSite.fixtures.appending(path: "district"), to: root)
        let port = try Self.freePort()
        let log = folder.appending(path: "serve.log")
        server = try Self.start(["serve", "--site", root.path, "--port", "\(port)"], log: log)
        let page = "http://127.0.0.1:\(port)/" + Router().unit("xa-a").path(.minutes("ap-1-2024-09"))
        let minutes = root.appending(path: "xa-a/content/minutes/2024/ap-1-2024-09.md")
        XCTAssertNotNil(Self.wait(for: page, until: { $0.contains("<html") }), "the unit's page was never served:\n\(Self.read(log))")
        let text = try String(contentsOf: minutes, encoding: .utf8)
        try (text + "\nChi bộ thống nhất nạo vét kênh Ba Lăng.\n").write(to: minutes, atomically: true, encoding: .utf8)
        XCTAssertNotNil(Self.wait(for: page, until: { $0.contains("nạo vét kênh Ba Lăng") }),
                        "the unit's edit was never served:\n\(Self.read(log))")
    }

    /// A search shared as a link to its folder without the slash (`/tim-kiem?q=…`) is redirected
    /// to the folder with its words kept: the reader lands on the search already run.
    func testAFolderAskedWithoutItsSlashKeepsTheQueryThroughTheRedirect() throws {
        let root = folder.appending(path: "portal")
        try FileManager.default.copyItem(at: BuiltSite.fixtures.appending(path: "portal"), to: root)
        let port = try Self.freePort()
        let log = folder.appending(path: "serve.log")
        server = try Self.start(["serve", "--site", root.path, "--port", "\(port)"], log: log)
        let base = "http://127.0.0.1:\(port)/"
        XCTAssertNotNil(Self.wait(for: base, until: { $0.contains("<html") }), "the home was never served:\n\(Self.read(log))")

        let search = try XCTUnwrap(Self.redirect(base + "tim-kiem?q=dang%20vien&trong=guong"), "no answer:\n\(Self.read(log))")
        XCTAssertEqual(search.status, 301)
        XCTAssertEqual(search.location, "/tim-kiem/?q=dang%20vien&trong=guong", "the redirect must keep the search's words")
        let plain = try XCTUnwrap(Self.redirect(base + "chi-bo"))
        XCTAssertEqual(plain.status, 301)
        XCTAssertEqual(plain.location, "/chi-bo/", "no query, no question mark")
        XCTAssertEqual(Self.redirect(base + "tim-kiem/?q=dang")?.status, 200)
    }

    /// A page the build does not have is a 404 that leads back to the home.
    func testAMissingPageLeadsBackHome() throws {
        let root = folder.appending(path: "portal")
        try FileManager.default.copyItem(at: BuiltSite.fixtures.appending(path: "portal"), to: root)
        let port = try Self.freePort()
        let log = folder.appending(path: "serve.log")
        server = try Self.start(["serve", "--site", root.path, "--port", "\(port)"], log: log)
        let base = "http://127.0.0.1:\(port)/"
        XCTAssertNotNil(Self.wait(for: base, until: { $0.contains("<html") }), "the home was never served:\n\(Self.read(log))")
        let missing = try XCTUnwrap(Self.answer(base + "chi-bo/khong-co/"))
        XCTAssertEqual(missing.status, 404)
        XCTAssertTrue(missing.body.contains("Bản dựng không có /chi-bo/khong-co/."), missing.body)
        XCTAssertTrue(missing.body.contains("<a href=\"/\">Về trang chủ</a>"), "no way back to the home: \(missing.body)")
    }

    /// Many errors (a criterion renamed in the rubric: one per branch and period) never hide the
    /// last good page: the banner stays within a part of the window and scrolls inside itself,
    /// measured in headless Chromium on the page as served.
    func testABannerOfManyErrorsLeavesThePageInView() throws {
        let root = folder.appending(path: "portal")
        try FileManager.default.copyItem(at: BuiltSite.fixtures.appending(path: "portal"), to: root)
        let port = try Self.freePort()
        let log = folder.appending(path: "serve.log")
        server = try Self.start(["serve", "--site", root.path, "--port", "\(port)"], log: log)
        let page = "http://127.0.0.1:\(port)/" + Router().path(.rankingIndex)
        XCTAssertNotNil(Self.wait(for: page, until: { $0.contains("<html") }), "the page was never served:\n\(Self.read(log))")
        try Self.replace("id: doan-ket-ky-luat,", with: "id: doan-ket,", in: root.appending(path: "content/rubric.yaml"))
        let broken = try XCTUnwrap(Self.wait(for: page, until: { $0.contains(PreviewMarkers.banner) }),
                                   "no error banner:\n\(Self.read(log))")
        XCTAssertGreaterThanOrEqual(broken.components(separatedBy: ": error:").count - 1, 5, "the rubric's change makes many errors")

        let probe = """
            <script>window.addEventListener("load", function () {
              var banner = document.getElementById("bontot-loi");
              window.scrollTo(0, 1500);
              var box = banner.getBoundingClientRect();
              document.body.setAttribute("data-do", Math.round(box.bottom) + "/" + window.innerHeight + "/" + document.documentElement.scrollHeight);
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
                                 "scrolled down, the banner covers \(numbers[0]) of the window's \(numbers[1]) px: the page is hidden")
    }

    /// A new site whose very first build fails has no good build to show: the browser and the
    /// terminal say so, instead of "this is the last good build" over "no page /"; once the error
    /// is mended the site appears.
    func testAFirstBuildThatFailsSaysThereIsNoSiteYet() throws {
        let root = folder.appending(path: "portal")
        try FileManager.default.copyItem(at: BuiltSite.fixtures.appending(path: "portal"), to: root)
        let minutes = root.appending(path: "content/minutes/2024/ap-bac-2024-09.md")
        try Self.replace("branch: ap-bac\n", with: "branch: ap-bak\n", in: minutes)
        let port = try Self.freePort()
        let log = folder.appending(path: "serve.log")
        server = try Self.start(["serve", "--site", root.path, "--port", "\(port)"], log: log)
        let home = "http://127.0.0.1:\(port)/"
        let first = try XCTUnwrap(Self.waitForAnswer(home, until: { $0.body.contains(PreviewMarkers.banner) }),
                                  "no answer:\n\(Self.read(log))")
        XCTAssertEqual(first.status, 404)
        XCTAssertTrue(first.body.contains("ap-bac-2024-09.md:2: error:"), "the banner names the error")
        XCTAssertTrue(first.body.contains("chưa có trang nào để xem"), first.body)
        XCTAssertTrue(first.body.contains("<h1>Chưa có bản dựng</h1>"), first.body)
        XCTAssertFalse(first.body.contains("đây là bản dựng tốt gần nhất"), "there is no good build to speak of")
        XCTAssertFalse(first.body.contains("Bản dựng không có /"), "the home is not missing from a build: there is none")
        XCTAssertTrue(Self.read(log).contains("chưa có bản dựng tốt nào"), Self.read(log))
        XCTAssertFalse(Self.read(log).contains("vẫn phục vụ bản dựng tốt gần nhất"), Self.read(log))

        try Self.replace("branch: ap-bak\n", with: "branch: ap-bac\n", in: minutes)
        let mended = try XCTUnwrap(Self.waitForAnswer(home, until: { $0.status == 200 }), "the site never appeared:\n\(Self.read(log))")
        XCTAssertFalse(mended.body.contains(PreviewMarkers.banner))
    }

    /// `serve` run in a folder that is no site (a mistyped `--site`, the wrong folder) stops at
    /// once with the one error `build` gives, and writes nothing there, instead of serving nothing.
    func testServeOfAFolderThatIsNoSiteStopsWithOneError() throws {
        let empty = folder.appending(path: "khong-phai-trang")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let log = folder.appending(path: "serve.log")
        let process = try Self.start(["serve", "--site", empty.path, "--port", "\(try Self.freePort())"], log: log)
        server = process
        guard Self.waitForExit(of: process) else {
            return XCTFail("serve kept running in a folder that is no site:\n\(Self.read(log))")
        }
        XCTAssertEqual(process.terminationStatus, 1)
        let lines = Self.read(log).split(separator: "\n")
        XCTAssertEqual(lines.count, 1, "one error: \(lines)")
        XCTAssertTrue(lines.first?.hasPrefix("site.yaml:1: error: thiếu tệp site.yaml") == true, "\(lines)")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: empty.path), [], "nothing written into the folder")
    }

    /// What the preview adds to served pages.
    enum PreviewMarkers {
        static let script = "/__bontot/phien-ban"
        static let banner = "id=\"bontot-loi\""
    }

    // MARK: Helpers

    static func start(_ arguments: [String], log: URL) throws -> Process {
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = try BontotProcess.executable()
        process.arguments = arguments
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        return process
    }

    /// Waits for `process` to exit, for at most a minute (a generous bound for a debug build on a
    /// busy machine, not a timing assertion); false when it is still running.
    static func waitForExit(of process: Process) -> Bool {
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
        }
        return !process.isRunning
    }

    static func read(_ url: URL) -> String {
        (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }

    static func replace(_ old: String, with new: String, in url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertTrue(text.contains(old), "the fixture changed: no '\(old)'")
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    /// Fetches `address` again and again until its body satisfies `condition`, for at most a
    /// minute (a generous bound for a debug build on a busy machine, not a timing assertion).
    static func wait(for address: String, until condition: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if let body = fetch(address), condition(body) { return body }
            Thread.sleep(forTimeInterval: 0.2)
        }
        return nil
    }

    static func fetch(_ address: String) -> String? {
        guard let url = URL(string: address) else { return nil }
        let done = DispatchSemaphore(value: 0)
        let box = Box()
        var request = URLRequest(url: url)
        request.cachePolicy = .reloadIgnoringLocalCacheData
        request.timeoutInterval = 5
        URLSession.shared.dataTask(with: request) { data, response, _ in
            if let data, (response as? HTTPURLResponse)?.statusCode == 200 { box.body = String(decoding: data, as: UTF8.self) }
            done.signal()
        }.resume()
        done.wait()
        return box.body
    }

    /// The status and `Location` of the answer to `address`, its redirect not followed.
    static func redirect(_ address: String) -> (status: Int, location: String?)? {
        guard let url = URL(string: address) else { return nil }
        let done = DispatchSemaphore(value: 0)
        let box = RedirectBox()
        let session = URLSession(configuration: .ephemeral, delegate: NoRedirect(), delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        var request = URLRequest(url: url)
        request.timeoutInterval = 5
        session.dataTask(with: request) { _, response, _ in
            if let response = response as? HTTPURLResponse {
                box.answer = (response.statusCode, response.value(forHTTPHeaderField: "Location"))
            }
            done.signal()
        }.resume()
        done.wait()
        return box.answer
    }

    private final class NoRedirect: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
        func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
            completionHandler(nil)
        }
    }

    private final class RedirectBox: @unchecked Sendable {
        var answer: (status: Int, location: String?)?
    }

    /// Fetches `address` again and again until its answer, whatever its status, satisfies
    /// `condition`, for at most a minute.
    static func waitForAnswer(_ address: String, until condition: ((status: Int, body: String)) -> Bool) -> (status: Int, body: String)? {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if let answer = answer(address), condition(answer) { return answer }
            Thread.sleep(forTimeInterval: 0.2)
        }
        return nil
    }

    /// The status and body of the answer to `address`, whatever its status.
    static func answer(_ address: String) -> (status: Int, body: String)? {
        guard let url = URL(string: address) else { return nil }
        let done = DispatchSemaphore(value: 0)
        let box = AnswerBox()
        var request = URLRequest(url: url)
        request.cachePolicy = .reloadIgnoringLocalCacheData
        request.timeoutInterval = 5
        URLSession.shared.dataTask(with: request) { data, response, _ in
            if let response = response as? HTTPURLResponse {
                box.answer = (response.statusCode, String(decoding: data ?? Data(), as: UTF8.self))
            }
            done.signal()
        }.resume()
        done.wait()
        return box.answer
    }

    private final class AnswerBox: @unchecked Sendable {
        var answer: (status: Int, body: String)?
    }

    private final class Box: @unchecked Sendable {
        var body: String?
    }

    /// A port of 127.0.0.1 nothing listens on: the one the system gives for port 0.
    static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(socket, pointer, length) == 0 && getsockname(socket, pointer, &length) == 0
            }
        }
        guard bound else { throw CocoaError(.fileReadUnknown) }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
