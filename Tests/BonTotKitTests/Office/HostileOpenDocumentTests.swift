@testable import BonTotOffice
import BonTotKit
import Foundation
import XCTest

/// OpenDocument files with counts no office file holds (`make_hostile_opendocument.py`): a row
/// repeated 2^63-1 times, a cell spanning and repeated as far, a million-space `text:s`, a
/// heading of outline level 2^63-1. The readers bound each (no overflow, nothing laid out past
/// the limits) and give what a reader can act on.
final class HostileOpenDocumentTests: SiteCopyTestCase {
    func testASheetWithHugeRepeatsAndSpansIsBounded() throws {
        let workbook = try ODSReader.workbook(from: try OfficeFixtures.data("hostile.ods"))
        let sheet = try workbook.sheet(at: 0)
        XCTAssertLessThanOrEqual(sheet.rows.count, ODSReader.rowLimit)
        XCTAssertLessThanOrEqual(sheet.rows.map(\.cells.count).max() ?? 0, ODSReader.columnLimit)
        XCTAssertTrue(sheet.merges.allSatisfy { $0.lastRow <= 2 * ODSReader.rowLimit && $0.lastColumn <= 2 * ODSReader.columnLimit })
        XCTAssertEqual(sheet.rows.first?.cells.dropFirst().first?.text.count, 2 + 100, "text:s gives at most 100 spaces")
    }

    func testADocumentWithAHugeHeadingLevelAndSpacesImportsBounded() throws {
        let text = try importedMinutes("hostile.odt")
        XCTAssertTrue(text.contains("\n###### BIÊN BẢN\n"), text)
        XCTAssertTrue(text.contains("date: 2024-10-05"), text)
        XCTAssertLessThan(text.utf8.count, 20_000)
    }
}
