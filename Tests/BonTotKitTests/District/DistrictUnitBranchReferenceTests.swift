import BonTotKit
import Foundation
import XCTest

/// A district's own minutes naming a branch of one of its units, as the unit names it or as
/// the district knows it (`<unit>/<branch>`): still an unknown branch of the district, but said
/// to be the unit's, with where the file belongs. (A district's story may name it as the district
/// knows it: `DistrictStoryUnitBranchTests`.)
final class DistrictUnitBranchReferenceTests: XCTestCase {
    func testAUnitsBranchInTheDistrictsMinutesIsSaidToBeTheUnits() throws {
        for named in ["ap-bac-1", "xa-b/ap-bac-1"] {
            let minutes = """
                ---
                kind: thuong-ky
                date: 2024-09-10
                branch: \(named)
                ---
                Nội dung.
                """
            let (site, report) = try DistrictFixture.build(for: self, changes: ["content/minutes/2024/ap-bac-2024-09.md": minutes])
            XCTAssertFalse(report.succeeded)
            assertDiagnostics(report.diagnostics, [
                .error("content/minutes/2024/ap-bac-2024-09.md", 4,
                       "biên bản ghi chi bộ không trực thuộc trang này '\(named)'; 'ap-bac-1' là chi bộ của đơn vị 'xa-b' (xa-b/): "
                       + "tệp của trang này chỉ ghi được chi bộ trực thuộc của chính nó, hãy đặt tệp vào thư mục của đơn vị đó "
                       + "/ unknown branch '\(named)'"),
            ])
            XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.path), "nothing is written")
        }
    }
}
