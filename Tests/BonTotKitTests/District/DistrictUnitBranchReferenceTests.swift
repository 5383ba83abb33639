import BonTotKit
import Foundation
import XCTest

/// A district's own file naming a branch of one of its units, as the unit names it or as the
/// district knows it (`<unit>/<branch>`): still an unknown branch of the district, but said to be
/// the unit's, with where the file belongs.
final class DistrictUnitBranchReferenceTests: XCTestCase {
    func testAUnitsBranchInTheDistrictsStoryIsSaidToBeTheUnits() throws {
        for named in ["ap-bac-1", "xa-b/ap-bac-1"] {
            let story = """
                ---
                title: Gương sáng ở Ấp Bắc
                kind: tap-the
                branch: \(named)
                date: 2024-09-10
                ---
                Nội dung.
                """
            let (site, report) = try DistrictFixture.build(for: self, changes: ["content/stories/guong-sang.md": story])
            XCTAssertFalse(report.succeeded)
            assertDiagnostics(report.diagnostics, [
                .error("content/stories/guong-sang.md", 4,
                       "bài viết ghi chi bộ không trực thuộc trang này '\(named)'; 'ap-bac-1' là chi bộ của đơn vị 'xa-b' (xa-b/): "
                       + "tệp của trang này chỉ ghi được chi bộ trực thuộc của chính nó, hãy đặt tệp vào thư mục của đơn vị đó "
                       + "/ unknown branch '\(named)'"),
            ])
            XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.path), "nothing is written")
        }
    }
}
