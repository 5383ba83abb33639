@testable import BonTotServe
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// `bontot serve` asks what holds the port it wanted whether it is another preview: a program
/// that is none, answering slowly, a byte now and then, does not keep it waiting.
final class ServeForeignPortTests: XCTestCase {
    /// A program sending a byte every 0,3 s (for 15 s in all) is given up after about two
    /// seconds: serve then says the port is busy, instead of waiting, silent, until it stops.
    func testAProgramAnsweringAByteAtATimeIsNotWaitedFor() throws {
        let listener = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        XCTAssertGreaterThanOrEqual(listener, 0)
        defer { close(listener) }
        var address = ListenAddress.loopback.socketAddress(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) == 0 && getsockname(listener, $0, &length) == 0 }
        }
        XCTAssertTrue(bound && listen(listener, 4) == 0, "no port to listen on")
        let port = Int(UInt16(bigEndian: address.sin_port))
        let stopped = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            let client = accept(listener, nil, nil)
            defer { close(client); stopped.signal() }
            for byte in Array("HTTP/1.1 200 OK\r\nServer: slow\r\n\r\n0123456789abcdef".utf8) {
                var one = byte
                guard send(client, &one, 1, Int32(MSG_NOSIGNAL)) == 1 else { return }
                usleep(300_000)
            }
        }
        let clock = ContinuousClock()
        var found: OtherPreview?
        let took = clock.measure { found = OtherPreview.on(port, of: .loopback) }
        XCTAssertNil(found)
        XCTAssertLessThan(took, .seconds(4), "serve waited \(took) for a program that is no preview")
        _ = stopped.wait(timeout: .now() + 20)
    }
}
