@testable import BonTotKit
import Foundation
import XCTest

/// The decode cache's context takes `site.yaml`'s settings as the build decodes the content
/// with them: a `site.yaml` lacking a required field (`place:`) gives the build no config, so its
/// workbooks are read without the sheet `xlsx_sheet` names; once the field is back, they are
/// read again with it, and the build is the clean build's.
final class DecodeCacheSiteYAMLErrorTests: XCTestCase {
    private let workbook = "content/evaluations/2024.xlsx"
    private let ranking = "output/xep-hang/2024/index.html"

    func testAWorkbookReadWhileSiteYAMLLackedAFieldIsReadAgainWithTheSheetOnceTheFieldIsBack() throws {
        let site = try IncrementalSite.make("minimal", for: self)
        try site.remove("content/evaluations/2024.csv")
        try site.write(workbook, try OfficeFixtures.data("scores-two-score-sheets.xlsx"))
        try site.write("site.yaml", try site.read("site.yaml") + "xlsx_sheet: Bảng điểm (2)\n")
        let complete = try site.read("site.yaml")
        try site.replace("place: Hòa Thuận\n", with: "", in: "site.yaml")
        // Long enough for the copied files' stamps to be settled (`FileStamp.settling`) when the
        // build writes its cache, so that the cache trusts them.
        Thread.sleep(forTimeInterval: Double(BonTotKit.FileStamp.settling) + 1.2)

        let withoutPlace = site.build()
        XCTAssertFalse(withoutPlace.succeeded)
        XCTAssertTrue(withoutPlace.problems.contains("place"), withoutPlace.problems)

        try site.write("site.yaml", complete)
        let restored = site.build()
        let (cleanReport, cleanOutput) = try site.cleanBuildOfACopy(named: "copy")
        XCTAssertTrue(cleanReport.succeeded, cleanReport.problems)
        XCTAssertTrue(restored.succeeded, "the workbook is read with 'xlsx_sheet' again:\n\(restored.problems)")
        XCTAssertEqual(restored.diagnostics.sorted.map(\.description), cleanReport.diagnostics.sorted.map(\.description))
        XCTAssertEqual(try site.read(ranking),
                       try String(contentsOf: cleanOutput.appending(path: "xep-hang/2024/index.html"), encoding: .utf8))
    }
}
