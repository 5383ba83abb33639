import BonTotKit
import Foundation
import XCTest

/// The district's home printed from a browser: its combined sentence ends with a link to the
/// list of units, "Xem các đảng bộ cơ sở", which on paper is an order to look at something the
/// sheet does not show. It is left off the printed sheet, as the home's other "Xem …" links are.
final class DistrictHomePrintTests: XCTestCase {
    func testThePrintedHomeKeepsTheSentenceWithoutTheLinkToTheUnits() throws {
        let built = try BuiltSite.build(DistrictFixture.name)
        XCTAssertTrue(built.report.succeeded, built.report.problems)
        XCTAssertTrue(built.page("index.html").contains(">Xem các đảng bộ cơ sở</a>"), "the link is on the screen")
        let printed = try PrintedPageWords(page: "index.html", in: built).words.map(\.text).joined(separator: " ")
        XCTAssertTrue(printed.contains("tổ chức cơ sở đảng"), printed)
        XCTAssertFalse(printed.contains("Xem các đảng bộ cơ sở"), printed)
    }
}
