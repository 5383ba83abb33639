import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// `bontot serve` in a terminal window that is closed: the system hangs the terminal up (SIGHUP
/// to the preview, then an error on every write to it). The preview stops cleanly, leaving
/// nothing beside `output/`, and does not crash on the line it would print last. The window is
/// `script`'s pseudo-terminal, closed by ending `script`.
final class ServeTerminalClosedTests: ServeTestCase {
    func testClosingTheWindowStopsThePreviewWithoutACrash() throws {
        let script = URL(fileURLWithPath: "/usr/bin/script")
        guard FileManager.default.isExecutableFile(atPath: script.path) else { throw XCTSkip("no script(1)") }
        let root = try copy("portal")
        let port = try ServeCommandTests.freePort()
        let errors = folder.appending(path: "errors.log")
        let quoted = { (word: String) in "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let command = "exec " + [try BontotProcess.executable().path, "serve", "--site", root.path, "--port", "\(port)"].map(quoted)
            .joined(separator: " ") + " 2>" + quoted(errors.path)
        // The window starts with the default hang-up, whatever a serve run inside this test
        // process earlier left: a program inherits SIGHUP ignored (as under nohup) and would rightly
        // keep running when its window closes.
        let hangUpBefore = signal(SIGHUP, SIG_DFL)
        defer { signal(SIGHUP, hangUpBefore) }
        let window = Process()
        window.executableURL = script
        window.arguments = ["-q", "-c", command, "/dev/null"]
        window.standardInput = FileHandle.nullDevice
        window.standardOutput = FileHandle.nullDevice
        try window.run()
        let home = "http://127.0.0.1:\(port)/"
        XCTAssertNotNil(ServeCommandTests.wait(for: home) { $0.contains("<html") }, ServeCommandTests.read(errors))
        let preview = try XCTUnwrap(Self.child(of: window.processIdentifier), "no preview under script")

        kill(window.processIdentifier, SIGKILL)
        let deadline = Date().addingTimeInterval(60)
        while kill(preview, 0) == 0, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        XCTAssertNotEqual(kill(preview, 0), 0, "the preview kept running in a closed window")
        let said = ServeCommandTests.read(errors)
        XCTAssertFalse(said.contains("Fatal error"), said)
        let left = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains("output.") }
        XCTAssertEqual(left, [], "left beside output/")
    }

    /// The first process whose parent is `parent`, from /proc.
    private static func child(of parent: Int32) -> Int32? {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let ids = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
            for id in ids.compactMap(Int32.init) {
                guard let stat = try? String(contentsOfFile: "/proc/\(id)/stat", encoding: .utf8),
                      let close = stat.range(of: ")", options: .backwards) else { continue }
                let fields = stat[close.upperBound...].split(separator: " ")
                if fields.count > 1, Int32(fields[1]) == parent { return id }
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return nil
    }
}
