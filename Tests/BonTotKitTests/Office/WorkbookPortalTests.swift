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
}
