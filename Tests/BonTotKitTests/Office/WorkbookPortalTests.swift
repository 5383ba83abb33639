import BonTotKit
import Foundation
import XCTest

/// Dropping the Excel workbook in place of the CSV gives the same portal, byte for byte.
final class WorkbookPortalTests: XCTestCase {
    private var roots: [URL] = []

    override func tearDown() {
        for root in roots { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        super.tearDown()
    }

    func testTheWorkbookBuildsTheSamePortalAsTheCSV() throws {
        let fromCSV = try BuiltSite.build("portal")
        let workbook = try BuiltSite.prepare("portal", changes: ["content/evaluations/2024.csv": nil])
        try OfficeFixtures.data("portal-2024.xlsx").write(to: workbook.appending(path: "content/evaluations/2024.xlsx"))
        let fromWorkbook = BuiltSite.rebuild(root: workbook)
        roots += [fromCSV.root, fromWorkbook.root]
        XCTAssertTrue(fromCSV.report.succeeded && fromWorkbook.report.succeeded, "\(fromWorkbook.report.diagnostics.sorted)")
        let csvTree = OutputTree(fromCSV.output), workbookTree = OutputTree(fromWorkbook.output)
        XCTAssertTrue(csvTree.paths.contains("xep-hang/2024/index.html"))
        XCTAssertEqual(csvTree.paths, workbookTree.paths)
        let different = csvTree.paths.filter { csvTree.files[$0] != workbookTree.files[$0] }
        XCTAssertEqual(different, [], "pages that differ between the CSV and the workbook")
    }

    /// A date typed in a cell is stored as a serial day count (45641) and shown as a date by its
    /// format: the ranking page and its CSV show it as the sheet does, 15/12/2024.
    func testADateInTheNoteIsShownAsADate() throws {
        let root = try BuiltSite.prepare("portal", changes: ["content/evaluations/2024.csv": nil])
        try OfficeFixtures.data("portal-2024-dated.xlsx").write(to: root.appending(path: "content/evaluations/2024.xlsx"))
        let built = BuiltSite.rebuild(root: root)
        roots.append(built.root)
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let csv = String(decoding: built.bytes("xep-hang/2024/bang-xep-hang.csv"), as: UTF8.self)
        XCTAssertTrue(csv.contains("\r\n1;1;Cụm thi đua số 1;Chi bộ ấp Ấp Bắc;29;28;19;19;2;0;97;Hoàn thành xuất sắc nhiệm vụ;Đạt;15/12/2024\r\n"), csv)
        let page = String(decoding: built.bytes("xep-hang/2024/index.html"), as: UTF8.self)
        XCTAssertTrue(page.contains("15/12/2024"), "the ranking page shows the date")
        XCTAssertFalse(page.contains("45641") || csv.contains("45641"), "never the serial")
    }
}
