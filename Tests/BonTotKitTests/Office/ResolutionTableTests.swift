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
                                 resolutionItems: ResolutionTable.items(of: [["Nội dung", "Thời hạn"], ["Sửa đường", "tháng 12/2024"], ["", ""]]))
        XCTAssertEqual(facts.resolutions, [MinutesFacts.Resolution(text: "Sửa đường (tháng 12/2024)", due: nil)], "a deadline that is no date is kept")
    }
}
