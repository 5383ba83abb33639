@testable import BonTotKit
import Foundation
import XCTest

/// `bontot new story` in a district: its story may be about a commune's branch, named
/// `<unit>/<branch>` (README, "A district's story about a unit's chi bộ"), but the skeleton's hint
/// said only "tên tệp trong content/branches/", the district's own, and a clerk writing the
/// commune's branch alone met an error. The hint shows the form with one of the district's units;
/// a commune's story keeps its hint.
final class DistrictNewStoryTests: XCTestCase {
    func testADistrictsStorySkeletonShowsTheFormOfAUnitsBranch() throws {
        let site = try DistrictFixture.prepare(for: self)
        let path = try NewContent.story(title: "Gương sáng", date: CalendarDate(iso: "2024-10-01")!).write(siteRoot: site.root)
        let text = try String(contentsOf: site.url(path), encoding: .utf8)
        XCTAssertTrue(text.contains("# branch: ma-chi-bo    # chi bộ: tên tệp trong content/branches/; chi bộ của đơn vị ghi kèm mã đơn vị, "
                                    + "ví dụ xa-a/ma-chi-bo\n"), text)

        let unitPath = try NewContent.story(title: "Gương sáng", date: CalendarDate(iso: "2024-10-01")!)
            .write(siteRoot: site.url("xa-a"), siteFolder: "xa-a/")
        let unitText = try String(contentsOf: site.url(unitPath), encoding: .utf8)
        XCTAssertTrue(unitText.contains("# branch: ma-chi-bo    # chi bộ: tên tệp trong content/branches/\n"), unitText)
    }
}
