import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// `bontot serve | tee serve.log`, and the program reading its lines ends (tee closed with its
/// window, a launcher that read the first line): the preview goes on serving, its lines dropped,
/// and stops cleanly when asked. Until the server ran (its network library then ignores
/// SIGPIPE), it was ended by SIGPIPE at its next line: the first build's, a LibreOffice it ran
/// left running without it.
final class ServeClosedPipeTests: ServeTestCase {
    func testThePreviewOutlivesTheProgramReadingItsLines() throws {
        let root = try copy("portal")
        let port = try ServeCommandTests.freePort()
        let errors = folder.appending(path: "errors.log")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let lines = Pipe()
        // As from a shell: SIGPIPE not ignored, as the tests' own process ignores it (and its
        // children would inherit that).
        let env = URL(fileURLWithPath: "/usr/bin/env")
        guard FileManager.default.isExecutableFile(atPath: env.path) else { throw XCTSkip("no env(1)") }
        let process = Process()
        process.executableURL = env
        process.arguments = ["--default-signal=PIPE", try BontotProcess.executable().path, "serve", "--site", root.path, "--port", "\(port)"]
        process.standardOutput = lines
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardInput = FileHandle.nullDevice
        // The reader is gone before serve says its first line: every line fails (EPIPE), those of
        // the first build too, before the server's network library ignores SIGPIPE.
        try lines.fileHandleForReading.close()
        try process.run()
        server = process
        try lines.fileHandleForWriting.close()

        let home = "http://127.0.0.1:\(port)/"
        _ = try XCTUnwrap(ServeCommandTests.wait(for: home) { $0.contains("<html") },
                          "no preview (ended by signal \(process.isRunning ? 0 : process.terminationStatus)): \(ServeCommandTests.read(errors))")
        let story = try XCTUnwrap(FileManager.default.contentsOfDirectory(atPath: root.appending(path: "content/stories").path)
            .sorted().first { $0.hasSuffix(".md") })
        let handle = try FileHandle(forWritingTo: root.appending(path: "content/stories/\(story)"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\nMột dòng mới.\n".utf8))
        try handle.close()
        Thread.sleep(forTimeInterval: 3)
        XCTAssertTrue(process.isRunning, "serve ended (signal \(process.terminationStatus)) once its reader was gone")
        XCTAssertNotNil(ServeCommandTests.wait(for: home) { $0.contains("<html") }, "the preview no longer answers")

        process.terminate()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .exit, "ended by signal \(process.terminationStatus)")
        XCTAssertEqual(process.terminationStatus, 0, ServeCommandTests.read(errors))
    }
}
