@testable import BonTotKit
@testable import BonTotServe
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// LibreOffice converting a score sheet of Excel 97–2003 (.xls) when bontot is stopped. `bontot
/// serve` stopped (Ctrl-C) while it rebuilt printed LibreOffice's "tệp hỏng" message for the
/// conversion it had stopped itself, as if the clerk's file were damaged. Now nothing is said of
/// that rebuild, and the next build converts the workbook again. A shell script on the `PATH`
/// stands for LibreOffice: it notes its process id, then converts (copies a workbook saved as
/// .xlsx) or, while a "hold" file exists, takes a minute. A build ended by Ctrl-C while
/// LibreOffice ran left its temporary folder, with a copy of the workbook, for good; now the
/// next conversion removes it.
final class StoppedConversionTests: SiteCopyTestCase {
    /// The minimal site with its 2024 scores as an .xls, and a fake LibreOffice beside it.
    private struct Setup {
        let root: URL
        let bin: URL
        let hold: URL
        let starts: NotedProcesses
        var path: String { bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "") }
        var workbook: URL { root.appending(path: "content/evaluations/2024.xls") }
    }

    private func siteWithFakeLibreOffice() throws -> Setup {
        let root = try copyOfFixture("minimal")
        let evaluations = root.appending(path: "content/evaluations")
        try FileManager.default.removeItem(at: evaluations.appending(path: "2024.csv"))
        try OfficeFixtures.data("legacy-office/scores-libreoffice.xls").write(to: evaluations.appending(path: "2024.xls"))
        let bin = root.deletingLastPathComponent().appending(path: "bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let hold = bin.appending(path: "hold"), starts = bin.appending(path: "starts")
        let converted = OfficeFixtures.folder.appending(path: "scores-libreoffice.xlsx")
        let script = """
            #!/bin/sh
            echo $$ >> '\(starts.path)'
            if [ -e '\(hold.path)' ]; then exec sleep 60; fi
            previous=''
            for argument in "$@"; do
              if [ "$previous" = --outdir ]; then folder="$argument"; fi
              previous="$argument"
            done
            cp '\(converted.path)' "$folder/nguon-0.xlsx"

            """
        let soffice = bin.appending(path: "soffice")
        try script.write(to: soffice, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: soffice.path)
        return Setup(root: root, bin: bin, hold: hold, starts: NotedProcesses(file: starts))
    }

    /// Lines that would tell the clerk the workbook is at fault, or that the build failed.
    private func blaming(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init)
            .filter { $0.contains("LibreOffice") || $0.contains("hỏng") || $0.contains("không thành công") }
    }

    func testStoppingServeWhileLibreOfficeConvertsSaysNothingOfTheFileAndTheNextBuildConvertsIt() async throws {
        let setup = try siteWithFakeLibreOffice()
        let handlers = SignalHandlers()
        defer { handlers.restore() }
        // LibreOffice is looked for on the PATH of the process, the test's here.
        let path = ProcessInfo.processInfo.environment["PATH"]
        setenv("PATH", setup.path, 1)
        defer { if let path { setenv("PATH", path, 1) } else { unsetenv("PATH") } }
        let said = SaidLines()
        var options = PreviewOptions(siteRoot: setup.root, port: try ServeCommandTests.freePort())
        options.pollInterval = .milliseconds(100)
        let server = PreviewServer(options: options, say: said.add)
        let serving = Task { try await server.run() }
        // Generous bounds for a debug build on a busy machine, not timing assertions.
        let deadline = Date().addingTimeInterval(120)
        while ServeCommandTests.answer(options.address) == nil, Date() < deadline {
            try await Task.sleep(for: .milliseconds(200))
        }
        XCTAssertEqual(setup.starts.all.count, 1, "the first build converted the workbook")
        XCTAssertTrue(FileManager.default.createFile(atPath: setup.hold.path, contents: nil))
        try append("\n", to: setup.workbook)
        while setup.starts.all.count < 2, Date() < deadline {
            try await Task.sleep(for: .milliseconds(100))
        }
        XCTAssertEqual(setup.starts.all.count, 2, "the server never rebuilt")
        // Stops the server as Ctrl-C does, without a signal (which would reach the whole test process).
        serving.cancel()
        _ = try? await serving.value

        XCTAssertEqual(setup.starts.stillRunning(), [], "LibreOffice still runs after the server stopped")
        XCTAssertEqual(blaming(said.text), [], "the conversion stopped with the server is told as the file's fault:\n\(said.text)")
        XCTAssertTrue(said.text.contains("Đã dừng máy chủ xem trước."), said.text)

        try FileManager.default.removeItem(at: setup.hold)
        let report = SiteBuilder.build(BuildOptions(siteRoot: setup.root, output: options.output))
        XCTAssertTrue(report.succeeded, report.diagnostics.sorted.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(setup.starts.all.count, 3, "the next build converts the workbook again")
    }

    func testCtrlCWhileABuildConvertsSaysNothingOfTheFileAndTheNextBuildConvertsIt() throws {
        let setup = try siteWithFakeLibreOffice()
        let output = setup.root.deletingLastPathComponent().appending(path: "output")
        XCTAssertTrue(FileManager.default.createFile(atPath: setup.hold.path, contents: nil))
        let printed = setup.root.deletingLastPathComponent().appending(path: "printed")
        XCTAssertTrue(FileManager.default.createFile(atPath: printed.path, contents: nil))
        let printing = try FileHandle(forWritingTo: printed)
        defer { try? printing.close() }
        // A temporary folder of the test's own, to see what the builds leave in it.
        let temporary = setup.root.deletingLastPathComponent().appending(path: "tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let environment = ["PATH": setup.path, "TMPDIR": temporary.path]
        let build = Process()
        build.executableURL = try BontotProcess.executable()
        build.arguments = ["build", "--site", setup.root.path, "--output", output.path]
        build.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        build.standardOutput = printing
        build.standardError = printing
        try build.run()
        XCTAssertEqual(setup.starts.wait(for: 1).count, 1, "LibreOffice never started")
        kill(build.processIdentifier, SIGINT)
        build.waitUntilExit()
        XCTAssertEqual(build.terminationReason, .uncaughtSignal, "Ctrl-C ends bontot as before")
        XCTAssertEqual(setup.starts.stillRunning(), [], "LibreOffice still runs after bontot was stopped")
        let text = (try? String(contentsOf: printed, encoding: .utf8)) ?? ""
        XCTAssertEqual(blaming(text), [], "the conversion stopped with bontot is told as the file's fault:\n\(text)")

        try FileManager.default.removeItem(at: setup.hold)
        // The stopped bontot's folder is swept once older than any conversion may run (its id
        // might be a live one's of another container): as if that long had passed.
        let longAgo = Date().addingTimeInterval(-ConversionFolders.leftoverAge - 60)
        for name in try FileManager.default.contentsOfDirectory(atPath: temporary.path) where name.hasPrefix("bontot-libreoffice-") {
            try FileManager.default.setAttributes([.modificationDate: longAgo], ofItemAtPath: temporary.appending(path: name).path)
        }
        let next = try BontotProcess.run(["build", "--site", setup.root.path, "--output", output.path], environment: environment)
        XCTAssertEqual(next.status, 0, next.errors + next.output)
        XCTAssertEqual(setup.starts.all.count, 2, "the next build converts the workbook again")
        let left = try FileManager.default.contentsOfDirectory(atPath: temporary.path).filter { $0.hasPrefix("bontot-libreoffice-") }
        XCTAssertEqual(left, [], "a copy of the workbook is left in the temporary folder after the next build")
    }
}

/// What the server said, line by line, from whichever thread it said it on.
private final class SaidLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    var text: String { lock.withLock { lines.joined(separator: "\n") } }

    func add(_ line: String) {
        lock.withLock { lines.append(line) }
    }
}
