import BonTotKit
import Foundation
import XCTest

/// `bontot build --month` run before the site was ever built, as an editor finishing the
/// month's bulletin may do first.
final class BulletinMonthFirstBuildTests: XCTestCase {
    /// The next `bontot build` publishes the whole portal; before, it refused the output the
    /// month's build had made ("đã có 2 mục không do bontot tạo ra … thêm --force").
    func testAWholeBuildAfterAMonthsBuildIntoANewOutputPublishes() throws {
        let root = try BuiltSite.prepare("portal", changes: [:])
        let month = BuiltSite.rebuild(root: root, pdf: false, month: YearMonth(year: 2024, month: 12))
        XCTAssertTrue(month.report.succeeded, "\(month.report.diagnostics.sorted)")
        XCTAssertTrue(month.page("ban-tin/2024-12/index.html").contains("Tháng 12 năm 2024"))
        let whole = BuiltSite.rebuild(root: root)
        XCTAssertTrue(whole.report.succeeded, "\(whole.report.diagnostics.sorted)")
        XCTAssertTrue(whole.outputFiles().contains("chi-bo/index.html"), "the portal was not published")
    }

    /// A folder already holding an office's own files is still refused by a whole build after a
    /// month's build wrote into it: `--month` does not make it bontot's.
    func testAMonthsBuildIntoAFolderOfOtherFilesLeavesItRefused() throws {
        let root = try BuiltSite.prepare("portal", changes: ["output/cong-van.docx": "văn bản của văn phòng"])
        XCTAssertTrue(BuiltSite.rebuild(root: root, pdf: false, month: YearMonth(year: 2024, month: 12)).report.succeeded)
        let whole = BuiltSite.rebuild(root: root)
        XCTAssertFalse(whole.report.succeeded, "a whole build replaced a folder holding the office's files")
        XCTAssertEqual(try String(contentsOf: root.appending(path: "output/cong-van.docx"), encoding: .utf8), "văn bản của văn phòng")
    }
}
