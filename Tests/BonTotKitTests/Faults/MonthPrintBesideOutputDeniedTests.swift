@testable import BonTotKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// `bontot build --month 2024-09 --pdf` with an output in a folder the clerk may not write
/// (`/var/www/html/dang-bo`): the bulletin is printed from a copy in a hidden folder beside the
/// output, which cannot be made there. The warning named that hidden folder
/// (`.output.bontot-month`), which the clerk never made nor sees; it now names the folder
/// holding the output and says what to do, as a whole build's error does.
final class MonthPrintBesideOutputDeniedTests: XCTestCase {
    func testTheWarningNamesTheFolderHoldingTheOutputAndWhatToDo() throws {
        let root = try BuiltSite.copyFixture("portal")
        XCTAssertTrue(BuiltSite.rebuild(root: root).report.succeeded)
        let tools = try TemporaryFolder.make()
        let engine = tools.appending(path: "weasyprint")
        try "#!/bin/sh\nprintf '%%PDF-1.4 gia' > \"$4\"\n".write(to: engine, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: engine.path)

        var options = BuildOptions(siteRoot: root, pdf: true, pdfEngine: engine.path, month: YearMonth(year: 2024, month: 9))
        let output = options.output.standardizedFileURL
        let parent = output.deletingLastPathComponent().path
        let printing = OutputLock.sibling(of: output, suffix: "month").path
        options.faults = WriteFaults { $0 == printing ? EACCES : nil }
        let report = SiteBuilder.build(options)

        XCTAssertTrue(report.succeeded, report.problems)
        let warnings = report.diagnostics.sorted.filter { $0.severity == .warning }
        XCTAssertEqual(warnings.count, 1, report.problems)
        let message = warnings.first?.message ?? ""
        XCTAssertFalse(message.contains(".bontot-month"), message)
        XCTAssertTrue(message.contains("không chuẩn bị được trang để in PDF"), message)
        XCTAssertTrue(message.contains("\(parent): không có quyền ghi"), message)
        // What is made beside the output here is the page to print, not a new site swapped in.
        XCTAssertTrue(message.contains("\(parent): không có quyền ghi; bontot chuẩn bị trang để in PDF trong một thư mục ẩn đặt cạnh "
                                       + "thư mục kết quả, nên cần quyền ghi vào chính thư mục '\(parent)' (quyền ghi vào "
                                       + "'\(output.path)' thôi chưa đủ)"), message)
        XCTAssertFalse(message.contains("thay vào trong một bước"), message)
        XCTAssertTrue(message.contains("hãy nhờ người quản trị máy cấp quyền ghi thư mục đó"), message)
        XCTAssertFalse(message.contains("tệp đang bị khóa"), message)
        XCTAssertEqual(message.components(separatedBy: "--output").count, 2, message)
        // Another output gets that month alone, not the site the office may expect there.
        XCTAssertTrue(message.contains("hoặc tự chọn bằng --output một thư mục nằm trong thư mục bạn ghi được (với --month, thư mục "
                                       + "đó chỉ nhận bản tin tháng 9 năm 2024 cùng tệp PDF của nó, không có các trang khác; muốn có cả "
                                       + "trang thì bỏ --month khi dựng vào đó)"), message)
        let page = try String(contentsOf: output.appending(path: "ban-tin/2024-09/index.html"), encoding: .utf8)
        XCTAssertFalse(page.contains("ban-tin-2024-09.pdf"), "the bulletin links a PDF that was not printed")
    }
}
