@testable import BonTotKit
import XCTest

/// A table of resolutions with merged cells, as clerks lay them out: a row heading the tasks
/// under it ("I | Về công tác xây dựng Đảng", the title merged across the rest of the row or
/// the whole row), and a deadline cell merged down over two tasks, which leaves the second
/// row one cell short (a document saved by LibreOffice). The heading was read as a resolution,
/// and the person in charge of the short row as its deadline ("Sửa đường (Đ/c Hùng)").
final class ResolutionTableMergedCellsTests: XCTestCase {
    private func resolutions(_ rows: [[String]]) -> [MinutesFacts.Resolution] {
        MinutesFacts(lines: ["Thời gian: 19 giờ 30, ngày 05/10/2024"], resolutionItems: ResolutionTable.items(of: rows)).resolutions
    }

    func testARowHeadingTheTasksUnderItLeadsThem() {
        let header = ["TT", "Nội dung công việc", "Thời gian hoàn thành", "Người phụ trách"]
        for heading in [["I", "Về công tác xây dựng Đảng"], ["Về công tác xây dựng Đảng:"], ["II.", "Về công tác xây dựng Đảng", "", ""]] {
            XCTAssertEqual(resolutions([header, heading, ["1", "Thu đảng phí", "30/11/2024", "Đ/c Mai"]]),
                           [MinutesFacts.Resolution(text: "Về công tác xây dựng Đảng: Thu đảng phí", due: CalendarDate(iso: "2024-11-30"))],
                           "\(heading)")
        }
        // A task with no number, deadline nor person is a task still.
        XCTAssertEqual(resolutions([header, ["", "Sửa đường", "", ""]]), [MinutesFacts.Resolution(text: "Sửa đường", due: nil)])
    }

    func testThePersonInChargeOfARowOneCellShortIsNoDeadline() {
        let read = resolutions([["TT", "Nội dung công việc", "Thời gian hoàn thành", "Người phụ trách"],
                                ["1", "Thu đảng phí", "30/11/2024", "Đ/c Mai"],
                                ["2", "Sửa đường", "Đ/c Hùng"]])
        XCTAssertEqual(read, [MinutesFacts.Resolution(text: "Thu đảng phí", due: CalendarDate(iso: "2024-11-30")),
                              MinutesFacts.Resolution(text: "Sửa đường", due: nil)])
    }
}
