import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// Ctrl-C while the bulletins print stops the PDF engines with bontot. An engine runs in a
/// process group of its own, which the terminal's Ctrl-C does not reach: they used to go on
/// printing into the folder the stopped build was filling, and their error logs stayed in the
/// temporary folder. Runs the real executable with a fake
/// engine that notes its process id and takes its time, and interrupts it as the terminal does.
final class InterruptedPrintingTests: XCTestCase {
    func testCtrlCWhilePrintingStopsTheEnginesAndKeepsTheOldOutput() throws {
        try interruptPrinting([])
    }

    /// `--month 2024-09 --pdf` writes into the published output itself: stopped while printing,
    /// it leaves the output as it was (it left the copy the engine printed from, `.in-pdf-index.html`,
    /// in the bulletin's folder, and the month's PDF removed).
    func testCtrlCWhilePrintingOneMonthKeepsTheOutputAsItWas() throws {
        try interruptPrinting(["--month", "2024-09"])
    }

    /// Builds the portal fixture, then again with `--pdf` and `arguments`, with an engine that
    /// notes its process id and takes its time, and interrupts that build as the terminal does.
    private func interruptPrinting(_ arguments: [String]) throws {
        let folder = try TemporaryFolder.make("bontot-interrupted-printing")
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appending(path: "site")
        try FileManager.default.copyItem(at: BuiltSite.fixtures.appending(path: "portal"), to: site)
        let noted = folder.appending(path: "engines")
        let engines = NotedProcesses(file: noted)
        let engine = folder.appending(path: "weasyprint")
        // Each engine notes where bontot keeps what it writes to standard error (its error log), then its id.
        let logs = folder.appending(path: "logs")
        try "#!/bin/sh\nreadlink /proc/$$/fd/2 >> '\(logs.path)'\necho $$ >> '\(noted.path)'\nexec sleep 60\n"
            .write(to: engine, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: engine.path)
        let output = folder.appending(path: "output")
        XCTAssertEqual(try BontotProcess.run(["build", "--site", site.path, "--output", output.path, "--quiet"]).status, 0)
        let before = OutputTree(output)

        let build = Process()
        build.executableURL = try BontotProcess.executable()
        build.arguments = ["build", "--site", site.path, "--output", output.path, "--quiet", "--pdf", "--pdf-engine", engine.path]
            + arguments
        build.standardOutput = FileHandle.nullDevice
        build.standardError = FileHandle.nullDevice
        try build.run()
        XCTAssertFalse(engines.wait(for: 1, seconds: 30).isEmpty, "no engine started within 30 s")
        Thread.sleep(forTimeInterval: 0.2)
        kill(build.processIdentifier, SIGINT)
        build.waitUntilExit()
        XCTAssertEqual(build.terminationReason, .uncaughtSignal, "Ctrl-C ends bontot as before")

        XCTAssertEqual(engines.stillRunning(), [], "engines still printing after bontot was stopped")
        assertSameTree(OutputTree(output), before, "the published output after the interrupted build")
        // An error log without a name, or unlinked, reads "/tmp/#123 (deleted)"; one left behind, its path.
        let logPaths = ((try? String(contentsOf: logs, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        XCTAssertFalse(logPaths.isEmpty, "no engine noted its error log")
        XCTAssertEqual(logPaths.filter { FileManager.default.fileExists(atPath: $0) }, [], "the engines' error logs are left behind")
    }
}
