@testable import BonTotServe
import Foundation
import XCTest

/// `bontot serve --open` where no browser can be opened (a server without a desktop, reached by
/// SSH; a desktop whose opener fails): one line says so with the address to open, the preview
/// runs on. It said nothing.
final class ServeOpenBrowserTests: ServeTestCase {
    func testWithoutADesktopItSaysNoBrowserCouldBeOpened() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["DISPLAY"] = nil
        environment["WAYLAND_DISPLAY"] = nil
        let (text, port) = try serveOpening(environment: environment)
        XCTAssertTrue(text.contains("Không mở được trình duyệt trên máy này"), text)
        XCTAssertTrue(text.contains("hãy mở http://127.0.0.1:\(port)/ trong trình duyệt"), text)
        XCTAssertTrue(text.contains("/ no browser could be opened"), text)
    }

    /// A desktop is named, but its opener ends with a failure (`xdg-open`: "no method
    /// available"): the same line.
    func testAnOpenerThatFailsIsSaid() throws {
        let bin = folder.appending(path: "bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let opener = bin.appending(path: "xdg-open")
        try "#!/bin/sh\nexit 3\n".write(to: opener, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: opener.path)
        var environment = ProcessInfo.processInfo.environment
        environment["DISPLAY"] = ":97"
        environment["PATH"] = bin.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        let (text, port) = try serveOpening(environment: environment)
        XCTAssertTrue(text.contains("Không mở được trình duyệt trên máy này"), text)
        XCTAssertTrue(text.contains("hãy mở http://127.0.0.1:\(port)/"), text)
        XCTAssertNotNil(ServeCommandTests.fetch("http://127.0.0.1:\(port)/"), "the preview runs on")
    }

    /// `bontot serve --open` on the portal with `environment`: its output once it has said
    /// whether a browser opened (or after a minute), and its port.
    private func serveOpening(environment: [String: String]) throws -> (String, Int) {
        let root = try copy("portal")
        let port = try ServeCommandTests.freePort()
        let log = folder.appending(path: "serve.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = try BontotProcess.executable()
        process.arguments = ["serve", "--site", root.path, "--port", "\(port)", "--open"]
        process.environment = environment
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        server = process
        let text = ServeCommandTests.read(log) { $0.contains("trình duyệt") }
        return (text, port)
    }
}
