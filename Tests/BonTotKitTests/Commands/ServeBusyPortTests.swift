@testable import BonTotServe
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// `bontot serve` on a port another program holds: it refuses, and the port it names to try
/// instead is one of the few after the busy one, neither it nor another busy one, but a port free
/// at that moment. The ports are ones the system had free, held by the test itself.
final class ServeBusyPortTests: ServeTestCase {
    /// The sockets this test listens on, closed when it ends.
    private var held: [Int32] = []

    override func tearDownWithError() throws {
        held.forEach { _ = close($0) }
        try super.tearDownWithError()
    }

    /// A port and the next busy, both held by this test: the port named is a third, free one.
    func testAPortAndTheNextBusyNameAFreePort() throws {
        let port = try ServeCommandTests.freePort()
        XCTAssertTrue(hold(port), "port \(port) could not be held")
        XCTAssertTrue(hold(port + 1) || !Self.isFree(port + 1), "port \(port + 1) could not be made busy")
        let suggested = try refusal(["serve", "--site", try copy("portal").path, "--port", "\(port)"], busy: port)
        XCTAssertFalse([port, port + 1].contains(suggested), "a busy port was suggested: \(suggested)")
    }

    /// Any busy port: the port named is one of the few after it, and free.
    func testABusyPortNamesAFreePortAfterIt() throws {
        let port = try ServeCommandTests.freePort()
        XCTAssertTrue(hold(port), "port \(port) could not be held")
        let suggested = try refusal(["serve", "--site", try copy("portal").path, "--port", "\(port)"], busy: port)
        XCTAssertTrue((port + 1...port + PortCheck.portsTried).contains(suggested),
                      "the port suggested, \(suggested), is not among the \(PortCheck.portsTried) after \(port)")
    }

    /// The port is held by the preview of another site (a `bontot serve` left running in another
    /// window): that is said, with the site's folder, and a free port is named.
    func testAPortHeldByThePreviewOfAnotherSiteNamesThatSite() throws {
        let first = try copy("portal")
        let (base, log) = try serve(first)
        XCTAssertNotNil(ServeCommandTests.wait(for: base) { $0.contains("<html") }, ServeCommandTests.read(log))
        let port = try XCTUnwrap(URL(string: base)?.port)
        let other = try copy("district")
        let result = try BontotProcess.run(["serve", "--site", other.path, "--port", "\(port)"])
        XCTAssertEqual(result.status, 1, result.errors)
        let folder = first.standardizedFileURL.resolvingSymlinksInPath().path
        XCTAssertTrue(result.errors.contains("Cổng \(port) trên 127.0.0.1 đang được một bontot serve khác dùng để xem trước trang ở \(folder);"),
                      result.errors)
        XCTAssertTrue(result.errors.contains("đang trống: bontot serve --port "), "a free port is named: \(result.errors)")
    }

    // MARK: Helpers

    /// Runs `arguments`, which must be refused for `busy`; the port the message suggests, which
    /// must be free.
    private func refusal(_ arguments: [String], busy: Int, file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        XCTAssertFalse(Self.isFree(busy), "port \(busy) could not be made busy", file: file, line: line)
        let log = folder.appending(path: "serve.log")
        let process = try ServeCommandTests.start(arguments, log: log)
        server = process
        guard ServeCommandTests.waitForExit(of: process) else {
            XCTFail("serve kept running on the busy port:\n\(ServeCommandTests.read(log))", file: file, line: line)
            throw CocoaError(.fileReadUnknown)
        }
        let text = ServeCommandTests.read(log)
        XCTAssertEqual(process.terminationStatus, 1, text, file: file, line: line)
        XCTAssertTrue(text.contains("Cổng \(busy) trên 127.0.0.1 đang được chương trình khác dùng"), text, file: file, line: line)
        let suggested = try XCTUnwrap(text.components(separatedBy: "bontot serve --port ").dropFirst().first
                                          .flatMap { Int($0.prefix(while: \.isNumber)) }, text, file: file, line: line)
        XCTAssertTrue(Self.isFree(suggested), "the port suggested, \(suggested), is busy:\n\(text)", file: file, line: line)
        return suggested
    }

    /// Listens on `port` of 127.0.0.1 until the test ends; false, and nothing done, when that
    /// fails (another program holds it already).
    @discardableResult
    private func hold(_ port: Int) -> Bool {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return false }
        var address = Self.address(port)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        if bound == 0, listen(socket, 1) == 0 {
            held.append(socket)
            return true
        }
        close(socket)
        return false
    }

    /// Whether binding `port` of 127.0.0.1 works, as it does when nothing listens on it.
    private static func isFree(_ port: Int) -> Bool {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return false }
        defer { close(socket) }
        var yes: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = address(port)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }

    /// The address of `port` on 127.0.0.1.
    private static func address(_ port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }
}
