@testable import BonTotKit
import BonTotOffice
import Foundation
import XCTest

/// Tables of resolutions as clerks lay them out in Word (`make_two_row_header_documents.py`): a
/// header of two rows ("Thời hạn" over "Bắt đầu | Hoàn thành"; "Người thực hiện" over "Chủ trì
/// | Phối hợp"), whose tasks got no deadline or the starting date as theirs; and a deadline cell
/// merged down over two tasks, which left the second task without one.
final class ResolutionTableHeaderTests: SiteCopyTestCase {
    /// Asserts that the minutes imported from `name` hold the `resolutions` lines.
    private func assertResolutions(_ name: String, _ resolutions: String, line: UInt = #line) throws {
        let text = try importedMinutes(name)
        XCTAssertTrue(text.contains("resolutions:\n" + resolutions + "\n---\n"), text, line: line)
    }

    /// "Thời hạn" over "Bắt đầu | Hoàn thành": each task is due on its finishing date, not its
    /// starting one.
    func testTheFinishingDateUnderTheDeadlineIsTheDeadline() throws {
        try assertResolutions("bien-ban-nghi-quyet-thoi-han-hai-cot.docx", """
              - { text: Hoàn thành thu đảng phí quý IV, due: 2024-11-30 }
              - Vận động hộ dân tham gia ngày chủ nhật xanh (Thường xuyên)
              - { text: Chuẩn bị đón đoàn kiểm tra của Đảng ủy xã, due: 2024-12-15 }
            """)
    }

    /// "Người thực hiện" over "Chủ trì | Phối hợp": the rows have a cell more than the first row
    /// of titles, and their deadlines stay read.
    func testAPersonInChargeSplitInTwoLeavesTheDeadline() throws {
        try assertResolutions("bien-ban-nghi-quyet-nguoi-thuc-hien-hai-cot.docx", """
              - { text: Hoàn thành thu đảng phí quý IV, due: 2024-11-30 }
              - { text: Chuẩn bị đón đoàn kiểm tra của Đảng ủy xã, due: 2024-12-15 }
            """)
    }

    /// A deadline merged down over two tasks is the deadline of both.
    func testADeadlineMergedDownIsEachTasksDeadline() throws {
        try assertResolutions("bien-ban-nghi-quyet-han-gop.docx", """
              - { text: Hoàn thành thu đảng phí quý IV, due: 2024-11-30 }
              - { text: "Rà soát, cập nhật sổ theo dõi đảng viên", due: 2024-11-30 }
              - Vận động hộ dân tham gia ngày chủ nhật xanh (Thường xuyên)
            """)
    }

    /// A header of two rows typed without merging cells ("TT | Nội dung | Thời hạn |" over
    /// "| | Bắt đầu | Hoàn thành") reads as the merged one; a row heading the tasks under it
    /// stays a heading under a header of one row.
    func testATwoRowHeaderTypedWithoutMerging() {
        let items = ResolutionTable.items(of: [["TT", "Nội dung", "Thời hạn", ""], ["", "", "Bắt đầu", "Hoàn thành"],
                                               ["1", "Sửa đường", "01/10/2024", "30/11/2024"]])
        XCTAssertEqual(items, [ResolutionItem(text: "Sửa đường", deadline: "30/11/2024")])
        XCTAssertEqual(ResolutionTable.items(of: [["TT", "Nội dung", "Thời hạn"], ["Về công tác xây dựng Đảng:"], ["1", "Sửa đường", "30/11/2024"]]),
                       [ResolutionItem(text: "Sửa đường", group: "Về công tác xây dựng Đảng", deadline: "30/11/2024")])
    }

    /// A row numbering the columns under the titles, as printed forms have it ("(1) | (2) | (3) |
    /// (4)"), is part of the header: it was a resolution "(2) ((3))".
    func testARowNumberingTheColumnsIsNoTask() {
        let task = ["1", "Sửa đường", "30/11/2024", "Đ/c Mai"]
        XCTAssertEqual(ResolutionTable.items(of: [["TT", "Nội dung công việc", "Thời gian hoàn thành", "Người phụ trách"],
                                                  ["(1)", "(2)", "(3)", "(4)"], task]),
                       [ResolutionItem(text: "Sửa đường", deadline: "30/11/2024")])
        XCTAssertEqual(ResolutionTable.items(of: [["TT", "Nội dung", "Thời hạn", "", ""], ["", "", "Bắt đầu", "Hoàn thành", ""],
                                                  ["1", "2", "3", "4", "5"], ["1", "Sửa đường", "01/10/2024", "30/11/2024", "Đ/c Mai"]]),
                       [ResolutionItem(text: "Sửa đường", deadline: "30/11/2024")])
    }
}
