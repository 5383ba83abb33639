@testable import BonTotKit
import XCTest

/// Five minutes of ấp 1 as a district's clerks type them (`make_district_variant_documents.py`),
/// near the readings `import minutes` had wrong: what the front matter says of the absent and of
/// the resolutions. Two were read wrong: a reason after a name's comma naming a place ("đồng chí
/// Nguyễn Văn Hùng, đi công tác Cao Lãnh") was lost with the next name's, and the rows of a table
/// of the absent under a table of figures ("Vắng có lý do | Vắng không lý do" = 02 | 0, then
/// "Danh sách đảng viên vắng:") were lost, or read unexcused without their reasons.
final class DistrictMinutesVariantsTests: SiteCopyTestCase {
    /// The lines of the front matter of the minutes imported from `name`, from "absent:" on.
    private func absentAndResolutions(_ name: String) throws -> String {
        let text = try importedMinutes(name)
        let frontMatter = text.components(separatedBy: "\n---\n").first ?? text
        return frontMatter.components(separatedBy: "\n").drop { !$0.hasPrefix("absent:") && !$0.hasPrefix("attendance:") }
            .filter { !$0.hasPrefix("speakers:") }.joined(separator: "\n")
    }

    func testAnOfficeWithItsVillageAndAPlaceAfterAComma() throws {
        XCTAssertEqual(try absentAndResolutions("bien-ban-huyen-1.docx"), """
            attendance: { present: 29, expected: 32, excused: 2, unexcused: 1 }
            absent:
              - { name: Nguyễn Văn Hùng, reason: đi công tác Cao Lãnh }
              - { name: Trần Thị Lan, reason: ốm }
              - { name: Trần Văn Nam }
            resolutions:
              - { text: Hoàn thành thu đảng phí năm 2026, due: 2026-11-30 }
              - { text: Ra quân làm đường giao thông nông thôn tuyến Thôn Đông, due: 2026-12-20 }
              - Tuyên truyền phòng chống cháy nổ (Thường xuyên)
            """)
    }

    func testNamesUnlikeTheCountsAndGroupsOfTasks() throws {
        XCTAssertEqual(try absentAndResolutions("bien-ban-huyen-2.docx"), """
            attendance: { present: 27, expected: 30, excused: 2, unexcused: 1 }
            absent:
              - { name: Lê Văn Cường, reason: ốm }
              - { name: Đỗ Thị Dung, reason: đi học }
              - { name: Phạm Văn Đức }
              - { name: Hoàng Văn Em }
            resolutions:
              - { text: "Công tác xây dựng Đảng: Kiện toàn tổ đảng ấp 1", due: 2026-12-15 }
              - { text: "Công tác xây dựng Đảng: Rà soát đảng viên miễn sinh hoạt", due: 2026-12-15 }
              - "Công tác dân vận: Vận động hộ dân hiến đất làm đường (Quý IV/2026)"
            """)
    }

    func testAPlaceAfterAJourneyAndAStreetNamedForAHero() throws {
        XCTAssertEqual(try absentAndResolutions("bien-ban-huyen-3.docx"), """
            attendance: { present: 26, expected: 28, excused: 2, unexcused: 0 }
            absent:
              - { name: Hà Văn Đông, reason: đi công tác tại Hà Đông }
              - { name: Phạm Thị Mai, reason: con ốm }
            resolutions:
              - { text: Hoàn thành kiểm điểm tập thể chi bộ trước ngày 10/12/2026, due: 2026-12-10 }
              - Tổ chức ra quân vệ sinh môi trường tuyến đường Lê Lợi trong tháng 12/2026
            """)
    }

    func testOfficesInBracketsAndADeadlineOverThreeTasks() throws {
        XCTAssertEqual(try absentAndResolutions("bien-ban-huyen-4.docx"), """
            attendance: { present: 25, expected: 27, excused: 1, unexcused: 1 }
            absent:
              - { name: Nguyễn Thị Thu, reason: đi học }
              - { name: Lê Văn Tư }
            resolutions:
              - { text: Thu quỹ hội viên, due: 2026-12-20 }
              - { text: "Rà soát hộ nghèo, cận nghèo", due: 2026-12-20 }
              - { text: Nộp báo cáo tổng kết năm, due: 2026-12-20 }
              - { text: Tổ chức hội nghị nhân dân, due: 2026-12-31 }
            """)
    }

    func testATableOfTheAbsentUnderATableOfFigures() throws {
        XCTAssertEqual(try absentAndResolutions("bien-ban-huyen-5.docx"), """
            attendance: { present: 26, expected: 28, excused: 2, unexcused: 0 }
            absent:
              - { name: Nguyễn Văn Hùng, reason: "Đi công tác Cao Lãnh, Hà Tiên" }
              - { name: Hoàng Mai, reason: Ốm }
            resolutions:
              - { text: Tổng kết công tác năm 2026 trước ngày 25/12/2026, due: 2026-12-25 }
            """)
    }
}
