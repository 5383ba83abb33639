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
/// served under an error banner, a second server of the site refused, pointing at the first, Ctrl-C.
final class ServeCommandTests: ServeTestCase {
    func testServeRebuildsOnEditAndKeepsTheLastGoodSiteOnError() throws {
        let root = try copy("portal")
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
        XCTAssertTrue(Self.read(secondLog).contains("Trang này đã đang được xem trước tại http://127.0.0.1:\(port)/ bởi một bontot serve khác"),
                      "the clerk is told to open the preview running: \(Self.read(secondLog))")

        server.interrupt()
        server.waitUntilExit()
        XCTAssertEqual(server.terminationReason, .exit)
        XCTAssertEqual(server.terminationStatus, 0, "Ctrl-C stops the server cleanly:\n\(Self.read(log))")
        XCTAssertTrue(Self.read(log).contains("Đã dừng máy chủ xem trước."))
    }

    /// Closing the terminal window the preview runs in (SIGHUP) stops it as Ctrl-C does, its last
    /// line said, rather than ending it at once with a conversion it started left running.
    func testClosingTheTerminalWindowStopsThePreviewCleanly() throws {
        let (base, log) = try serve(try copy("portal"))
        XCTAssertNotNil(Self.wait(for: base, until: { $0.contains("<html") }), Self.read(log))
        let server = try XCTUnwrap(server)
        kill(server.processIdentifier, SIGHUP)
        XCTAssertTrue(Self.waitForExit(of: server), "SIGHUP left the preview running:\n\(Self.read(log))")
        XCTAssertEqual(server.terminationReason, .exit, "ended by the signal itself:\n\(Self.read(log))")
        XCTAssertEqual(server.terminationStatus, 0)
        XCTAssertTrue(Self.read(log).contains("Đã dừng máy chủ xem trước."), Self.read(log))
    }

    /// A district's preview rebuilds when a file in a unit's folder changes, not only its own.
    func testServeOfADistrictRebuildsWhenAUnitsFileChanges() throws {
        let root = try copy("district")
        let (base, log) = try serve(root)
        let page = base + Router().unit("xa-a").path(.minutes("ap-1-2024-09"))
        let minutes = root.appending(path: "xa-a/content/minutes/2024/ap-1-2024-09.md")
        XCTAssertNotNil(Self.wait(for: page, until: { $0.contains("<html") }), "the unit's page was never served:\n\(Self.read(log))")
        let text = try String(contentsOf: minutes, encoding: .utf8)
        try (text + "\nChi bộ thống nhất nạo vét kênh Ba Lăng.\n").write(to: minutes, atomically: true, encoding: .utf8)
        XCTAssertNotNil(Self.wait(for: page, until: { $0.contains("nạo vét kênh Ba Lăng") }),
                        "the unit's edit was never served:\n\(Self.read(log))")
    }

    /// What the preview adds to served pages.
    enum PreviewMarkers {
        static let script = "/__bontot/phien-ban"
        static let banner = "id=\"bontot-loi\""
    }

    // MARK: Helpers

    static func start(_ arguments: [String], log: URL) throws -> Process {
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
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

    /// The log at `url` once it satisfies `condition` (the build's last lines are printed a
    /// moment after its pages are served), or as it is after a minute (a generous bound for a
    /// debug build on a busy machine, not a timing assertion).
    static func read(_ url: URL, until condition: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let text = read(url)
            if condition(text) { return text }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return read(url)
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

    /// The body of the answer to `address` when it is a page (status 200).
    static func fetch(_ address: String) -> String? {
        answer(address).flatMap { $0.status == 200 ? $0.body : nil }
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
