import BonTotKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// `bontot build --month 2024-09 --pdf`: the bulletin is printed from a copy beside the output,
/// and put in the output with its PDF only once printed. The engine used to print from a copy
/// (`.in-pdf-index.html`) written into the published output, where a stopped print left it for
/// the server, and the month's old PDF was removed before the new one was printed.
final class BulletinMonthPrintingTests: XCTestCase {
    private let september = YearMonth(year: 2024, month: 9)
    private let pdf = "ban-tin/2024-09/ban-tin-2024-09.pdf"
    private let link = "<a href=\"ban-tin-2024-09.pdf\" type=\"application/pdf\">"

    /// A stand-in for WeasyPrint (`weasyprint --encoding utf-8 <page> <pdf>`) that notes the
    /// page it prints and what the output's bulletin folder holds meanwhile, then runs `end`.
    private func engine(in folder: URL, output: URL, end: String) throws -> (path: String, log: URL) {
        let log = folder.appending(path: "engine.log")
        let engine = folder.appending(path: "weasyprint")
        try """
            #!/bin/sh
            echo "page $3" >> '\(log.path)'
            ls -A '\(output.appending(path: "ban-tin/2024-09").path)' >> '\(log.path)' 2>/dev/null
            \(end)

            """.write(to: engine, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: engine.path)
        return (engine.path, log)
    }

    /// What bontot left beside the output: nothing once the build is done.
    private func besideOutput(_ built: BuiltSite) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: built.output.deletingLastPathComponent().path)
            .filter { $0.hasPrefix(".\(built.output.lastPathComponent).bontot-") && !$0.hasSuffix("-spare") }
    }

    func testTheOutputNeverHoldsTheCopyPrintedFrom() throws {
        let first = try BuiltSite.build()
        let root = first.root
        XCTAssertTrue(first.report.succeeded, "\(first.report.diagnostics.sorted)")
        let tools = try TemporaryFolder.make()
        let (engine, log) = try engine(in: tools, output: first.output, end: "printf '%%PDF-1.4 gia' > \"$4\"")

        let month = BuiltSite.rebuild(root: root, pdf: true, pdfEngine: engine, month: september)
        XCTAssertTrue(month.report.succeeded, "\(month.report.diagnostics.sorted)")
        let noted = try String(contentsOf: log, encoding: .utf8)
        let page = try XCTUnwrap(noted.split(separator: "\n").first { $0.hasPrefix("page ") }).dropFirst("page ".count)
        XCTAssertFalse(page.hasPrefix(month.output.standardizedFileURL.path + "/"), "printed from the output itself: \(page)")
        let held = noted.split(separator: "\n").filter { !$0.hasPrefix("page ") }
        XCTAssertFalse(held.isEmpty, "the engine listed the bulletin's folder in the output")
        XCTAssertEqual(held.filter { $0.contains(".in-pdf-") }, [], "the output held the copy printed from")
        XCTAssertEqual(String(decoding: month.bytes(pdf), as: UTF8.self), "%PDF-1.4 gia")
        XCTAssertTrue(month.page("ban-tin/2024-09/index.html").contains(link))
        XCTAssertEqual(month.outputFiles().filter { $0.contains(".in-pdf-") }, [])
        XCTAssertEqual(try besideOutput(month), [], "the folder printed in is removed")
    }

    /// The folder printed in lies beside the output, maybe under a web server's root: it was
    /// readable by everyone (0755) while the engine printed, as the spare and the site being
    /// made are not. The published output keeps its mode.
    func testTheFolderPrintedInIsTheOwnersAlone() throws {
        let root = try BuiltSite.copyFixture("portal")
        let output = BuildOptions(siteRoot: root).output
        XCTAssertTrue(BuiltSite.rebuild(root: root).report.succeeded)
        XCTAssertEqual(chmod(output.path, 0o750), 0)
        let printing = output.deletingLastPathComponent().appending(path: ".\(output.lastPathComponent).bontot-month")
        let tools = try TemporaryFolder.make()
        let modes = tools.appending(path: "modes.log")
        let (engine, _) = try engine(in: tools, output: output,
                                     end: "stat -c '%a' '\(printing.path)' > '\(modes.path)'\nprintf '%%PDF-1.4 gia' > \"$4\"")

        let month = BuiltSite.rebuild(root: root, pdf: true, pdfEngine: engine, month: september)
        XCTAssertTrue(month.report.succeeded, "\(month.report.diagnostics.sorted)")
        XCTAssertEqual(try String(contentsOf: modes, encoding: .utf8), "700\n", "the folder printed in, while the engine ran")
        XCTAssertEqual(String(decoding: month.bytes(pdf), as: UTF8.self), "%PDF-1.4 gia")
        var info = stat()
        XCTAssertEqual(stat(output.path, &info), 0)
        XCTAssertEqual(info.st_mode & 0o7777, 0o750, "the published output keeps its mode")
    }

    /// A bulletin that could not be printed links no PDF, and the month's older PDF, printed
    /// from what the bulletin was, is removed.
    func testABulletinThatFailedToPrintLinksNoPDF() throws {
        let root = try BuiltSite.copyFixture("portal")
        let tools = try TemporaryFolder.make()
        let output = BuildOptions(siteRoot: root).output
        let good = try engine(in: tools, output: output, end: "printf '%%PDF-1.4 cu' > \"$4\"")
        XCTAssertTrue(BuiltSite.rebuild(root: root, pdf: true, pdfEngine: good.path, month: september).report.succeeded)
        try FileManager.default.removeItem(atPath: good.path)
        let failing = try engine(in: tools, output: output, end: "echo 'hỏng' >&2\nexit 1")

        let month = BuiltSite.rebuild(root: root, pdf: true, pdfEngine: failing.path, month: september)
        let warnings = month.report.diagnostics.sorted.filter { $0.severity == .warning }
        XCTAssertEqual(warnings.map(\.location.file), ["output/ban-tin/2024-09/index.html"], "\(warnings)")
        XCTAssertTrue(warnings.first?.message.contains("không tạo được PDF (mã thoát 1): hỏng") == true, "\(warnings)")
        XCTAssertFalse(month.page("ban-tin/2024-09/index.html").contains(link), "it links a PDF that is not there")
        XCTAssertFalse(month.outputFiles().contains(pdf), "the old PDF stays beside the new bulletin")
        XCTAssertEqual(try besideOutput(month), [])
    }

    /// The line closing `bontot build --month --pdf` names the PDF with the page when it was
    /// printed, and only the page when it was not.
    func testTheLastLineNamesThePDFPrinted() throws {
        let root = try BuiltSite.copyFixture("portal")
        let tools = try TemporaryFolder.make()
        let output = BuildOptions(siteRoot: root).output
        let arguments = ["build", "--site", root.path, "--month", "2024-09", "--pdf", "--pdf-engine"]
        let good = try engine(in: tools, output: output, end: "printf '%%PDF-1.4 gia' > \"$4\"")
        let printed = try BontotProcess.run(arguments + [good.path])
        XCTAssertEqual(printed.status, 0, printed.errors)
        let page = output.appending(path: "ban-tin/2024-09/index.html").path
        XCTAssertTrue(printed.output.contains("Đã ghi bản tin tháng 2024-09 vào \(page) và bản PDF \(output.appending(path: pdf).path) trong "),
                      printed.output)
        try FileManager.default.removeItem(atPath: good.path)
        let failing = try engine(in: tools, output: output, end: "exit 1")
        let unprinted = try BontotProcess.run(arguments + [failing.path])
        XCTAssertEqual(unprinted.status, 0, unprinted.errors)
        XCTAssertTrue(unprinted.output.contains("Đã ghi bản tin tháng 2024-09 vào \(page) trong "), unprinted.output)
    }

    /// What a stopped `--month --pdf` left beside the output is removed by the next build.
    func testTheNextBuildRemovesWhatAStoppedPrintLeft() throws {
        let root = try BuiltSite.copyFixture("portal")
        let output = BuildOptions(siteRoot: root).output
        let left = output.deletingLastPathComponent().appending(path: ".\(output.lastPathComponent).bontot-month/ban-tin/2024-09")
        try FileManager.default.createDirectory(at: left, withIntermediateDirectories: true)
        try Data("<html>".utf8).write(to: left.appending(path: ".in-pdf-index.html"))
        let month = BuiltSite.rebuild(root: root, month: september)
        XCTAssertTrue(month.report.succeeded, "\(month.report.diagnostics.sorted)")
        XCTAssertEqual(try besideOutput(month), [])
    }
}
