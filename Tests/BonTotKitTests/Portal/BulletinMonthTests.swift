import BonTotKit
import Foundation
import XCTest

/// `bontot build --month 2024-09`: only that bulletin, written in place into the output.
final class BulletinMonthTests: XCTestCase {
    func testOneMonthRebuildsOnlyItsBulletinInPlace() throws {
        let first = try BuiltSite.build()
        XCTAssertTrue(first.report.succeeded)
        let marker = "<!-- trang cũ, không được ghi lại -->"
        let untouched = first.output.appending(path: "ban-tin/2024-08/index.html")
        try marker.write(to: untouched, atomically: true, encoding: .utf8)
        try (BulletinPDFTests.editorial + "\n\nDòng mới của biên tập viên.\n")
            .write(to: first.root.appending(path: "content/bulletins/2024-09.md"), atomically: true, encoding: .utf8)
        let filesBefore = first.outputFiles()

        let month = BuiltSite.rebuild(root: first.root, month: YearMonth(year: 2024, month: 9))
        XCTAssertTrue(month.report.succeeded, "\(month.report.diagnostics.sorted)")
        XCTAssertEqual(month.report.pages, 1)
        XCTAssertTrue(month.page("ban-tin/2024-09/index.html").contains("Dòng mới của biên tập viên."))
        XCTAssertEqual(try String(contentsOf: untouched, encoding: .utf8), marker, "other pages are left as they were")
        XCTAssertEqual(month.outputFiles(), filesBefore, "no file added or removed")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: first.root.path).filter { $0.contains("bontot-") && $0 != ".bontot-cache" }
        XCTAssertEqual(leftovers, [])
    }

    func testOneMonthIntoAnEmptyOutputWritesTheBulletinItsAssetsAndItsMedia() throws {
        let root = try BuiltSite.copyFixture("portal")
        let built = BuiltSite.rebuild(root: root, month: YearMonth(year: 2024, month: 9))
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let files = built.outputFiles()
        XCTAssertTrue(files.contains("ban-tin/2024-09/index.html"))
        XCTAssertTrue(files.contains("assets/bulletin.css"))
        XCTAssertTrue(files.contains("assets/style.css"))
        XCTAssertTrue(files.contains("media/ap-bac.svg"), "the image of the month's story")
        XCTAssertEqual(files.filter { $0.hasSuffix(".html") }, ["ban-tin/2024-09/index.html"])
    }

    func testAMonthWithNothingToPrintIsAnErrorAndTouchesNothing() throws {
        let first = try BuiltSite.build()
        XCTAssertTrue(first.report.succeeded, "\(first.report.diagnostics.sorted)")
        let before = first.outputFiles().map { ($0, first.bytes($0)) }
        XCTAssertGreaterThan(before.count, 10, "the first build wrote the portal")
        let month = BuiltSite.rebuild(root: first.root, month: YearMonth(year: 2024, month: 7))
        XCTAssertFalse(month.report.succeeded)
        // The month came from the command line: the error names the option, not a file that is
        // not there, and lists the months the user can print.
        let errors = month.report.diagnostics.sorted.filter { $0.severity == .error }
        XCTAssertEqual(errors.map(\.location), [.option("--month")])
        let message = try XCTUnwrap(errors.first?.message)
        XCTAssertTrue(message.hasPrefix("tháng 2024-07 chưa có nội dung cho bản tin (biên bản, bài viết, lời tòa soạn hay kết quả "
                                        + "xếp loại); các tháng có bản tin: "), message)
        XCTAssertTrue(message.contains("2024-09") && message.hasSuffix(" / nothing to print for 2024-07"), message)
        let after = month.outputFiles().map { ($0, month.bytes($0)) }
        XCTAssertEqual(after.map(\.0), before.map(\.0))
        for ((path, bytes), (_, old)) in zip(after, before) {
            XCTAssertEqual(bytes, old, "\(path) changed after a month with nothing to print")
        }
    }
}
