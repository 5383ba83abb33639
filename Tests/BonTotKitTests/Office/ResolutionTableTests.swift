@testable import BonTotKit
import XCTest

/// Resolutions laid out as a table under "II. NGHỊ QUYẾT" ("TT | Nội dung công việc | Thời gian
/// hoàn thành | Người phụ trách", `make_resolution_table_documents.py`): none was read, the
/// field left to fill in. Each row is a resolution now, its date cell its deadline.
final class ResolutionTableTests: SiteCopyTestCase {
    func testEachRowOfATableOfResolutionsIsAResolution() throws {
        for name in ["bien-ban-nghi-quyet-bang.docx", "opendocument/bien-ban-nghi-quyet-bang.odt"] {
            let text = try importedMinutes(name)
            XCTAssertTrue(text.contains("""
                resolutions:
                  - { text: Hoàn thành thu đảng phí quý IV, due: 2024-11-30 }
                  - Vận động hộ dân tham gia ngày chủ nhật xanh (Thường xuyên)
                  - { text: Chuẩn bị đón đoàn kiểm tra của Đảng ủy xã, due: 2024-12-15 }

                """), "\(name):\n\(text)")
            XCTAssertFalse(text.contains("# resolutions"), text)
        }
    }

    /// A table that names no content column ("TT | Họ và tên | Lý do") gives no resolution; an
    /// empty row none either.
    func testATableWithoutAContentColumnGivesNone() {
        XCTAssertEqual(ResolutionTable.items(of: [["TT", "Họ và tên", "Lý do"], ["1", "Lê Văn Cường", "Ốm"]]), [])
        let facts = MinutesFacts(lines: ["Thời gian: 19 giờ 30, ngày 05/10/2024"],
                                 resolutionItems: ResolutionTable.items(of: [["Nội dung", "Thời hạn"], ["Sửa đường", "Quý IV"], ["", ""]]))
        XCTAssertEqual(facts.resolutions, [MinutesFacts.Resolution(text: "Sửa đường (Quý IV)", due: nil)], "a deadline that is no date is kept")
    }

    /// A deadline cell naming a month and no day ("tháng 12/2024", "Tháng 12 năm 2024", "12/2024")
    /// is due by that month's last day, as "trước tháng 12/2024" in a resolution's own words is.
    func testADeadlineOfAMonthIsItsLastDay() {
        let rows = [["Nội dung", "Thời hạn"], ["Sửa đường", "tháng 12/2024"], ["Thu đảng phí", "Tháng 2 năm 2024"],
                    ["Rà soát hộ nghèo", "11/2024"], ["Tổng kết năm", "Trong tháng 12"], ["Họp tổ", "Quý IV"]]
        let facts = MinutesFacts(lines: ["Thời gian: 19 giờ 30, ngày 05/10/2024"],
                                 resolutionItems: ResolutionTable.items(of: rows) + ["Làm sân bóng trước tháng 11/2025"])
        XCTAssertEqual(facts.resolutions, [
            MinutesFacts.Resolution(text: "Sửa đường", due: CalendarDate(year: 2024, month: 12, day: 31)),
            MinutesFacts.Resolution(text: "Thu đảng phí", due: CalendarDate(year: 2024, month: 2, day: 29)),
            MinutesFacts.Resolution(text: "Rà soát hộ nghèo", due: CalendarDate(year: 2024, month: 11, day: 30)),
            MinutesFacts.Resolution(text: "Tổng kết năm", due: CalendarDate(year: 2024, month: 12, day: 31)),
            MinutesFacts.Resolution(text: "Họp tổ (Quý IV)", due: nil),
            MinutesFacts.Resolution(text: "Làm sân bóng trước tháng 11/2025", due: CalendarDate(year: 2025, month: 11, day: 30)),
        ])
    }
}
