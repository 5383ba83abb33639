import BonTotKit
import Foundation
import XCTest

/// A month inside the span of the district's minutes in which nobody met: the commune's own
/// bulletin counts its branches that held no regular meeting (all of them), and the district's
/// counts its chi bộ trực thuộc as well, naming them, instead of "—" as if the month were not on
/// record (SPEC §7). Here Ấp Bắc meets in July and September 2024 and tells a story in August.
final class DistrictBulletinQuietMonthTests: XCTestCase {
    func testTheDistrictCountsItsCellsInAMonthNobodyMetAsTheCommuneCountsItsOwn() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: [
            "xa-b/content/minutes/2024/ap-bac-1-2024-07.md": """
                ---
                branch: ap-bac-1
                date: 2024-07-05
                kind: thuong-ky
                topic: Chăm sóc lúa hè thu
                chair: Bí thư
                attendance: { present: 20, expected: 22, excused: 2, unexcused: 0 }
                ---
                Chi bộ sinh hoạt thường kỳ.

                """,
            "xa-b/content/stories/lam-duong.md": Self.roadStory(date: "2024-08-15"),
        ])
        XCTAssertTrue(report.succeeded, report.problems)
        let commune = PortalPageText.text(DistrictFixture.page(site, "don-vi/xa-b/ban-tin/2024-08/index.html"))
        XCTAssertTrue(commune.contains("Chi bộ chưa sinh hoạt thường kỳ 03/03"), commune)
        let district = PortalPageText.text(DistrictFixture.page(site, "ban-tin/2024-08/index.html"))
        XCTAssertTrue(district.contains("Trong tháng 8 năm 2024, chưa có biên bản sinh hoạt chi bộ nào được gửi về."), district)
        XCTAssertFalse(district.contains("Chi bộ trực thuộc chưa sinh hoạt thường kỳ —"), district)
        XCTAssertTrue(district.contains("Chi bộ trực thuộc chưa sinh hoạt thường kỳ 01/01 "
                                        + "01/01 chi bộ trực thuộc Đảng bộ huyện Giồng Riềng chưa sinh hoạt thường kỳ trong tháng: "
                                        + "Chi bộ Cơ quan Huyện ủy"), district)
        // Its sections on resolutions and stories speak of its own chi bộ, its units apart: said so,
        // not "no resolution" as if none were adopted anywhere; the commune's keep their words.
        XCTAssertTrue(district.contains("Nghị quyết các chi bộ trực thuộc thông qua trong tháng "
                                        + "Trong tháng không có nghị quyết nào được ghi trong biên bản của các chi bộ trực thuộc."), district)
        XCTAssertTrue(district.contains("Không có nghị quyết nào của các chi bộ trực thuộc đến hạn trong tháng 9 năm 2024."), district)
        XCTAssertTrue(commune.contains("Nghị quyết các chi bộ thông qua trong tháng "
                                       + "Trong tháng không có nghị quyết nào được ghi trong biên bản."), commune)
        XCTAssertTrue(commune.contains("Không có nghị quyết nào đến hạn trong tháng 9 năm 2024."), commune)
    }

    /// Outside the span of the district's minutes (here June 2024, before any meeting, with only a
    /// story) there is still no record to say who met.
    func testAMonthBeforeTheDistrictsFirstMeetingStaysOffRecord() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: [
            "xa-b/content/stories/lam-duong.md": Self.roadStory(date: "2024-06-15"),
        ])
        XCTAssertTrue(report.succeeded, report.problems)
        let district = PortalPageText.text(DistrictFixture.page(site, "ban-tin/2024-06/index.html"))
        XCTAssertTrue(district.contains("Chi bộ trực thuộc chưa sinh hoạt thường kỳ —"), district)
        XCTAssertFalse(district.contains("Chi bộ Cơ quan Huyện ủy"), district)
    }

    /// Ấp Bắc Một's story of the road it built, dated `date`: a month with a story and no meeting.
    static func roadStory(date: String) -> String {
        """
        ---
        title: Ấp Bắc Một làm đường giao thông nông thôn
        kind: tap-the
        branch: ap-bac-1
        date: \(date)
        summary: Chi bộ ấp Bắc Một vận động bà con làm 2 km đường.
        ---
        Chi bộ ấp Bắc Một vận động bà con làm 2 km đường giao thông nông thôn.

        """
    }
}
