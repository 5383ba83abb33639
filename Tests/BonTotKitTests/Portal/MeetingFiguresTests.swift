import BonTotKit
import Foundation
import XCTest

/// The meeting figures are the ones SPEC §3 defines, over the right set, computed here by hand
/// from the fixture's three minutes: August, Ấp Bắc, thematic, 40/40; September, Ấp Bắc, 36/40;
/// September, Bình Minh, 25/31. Five branches in all.
final class MeetingFiguresTests: XCTestCase {
    private static let built = Result { try BuiltSite.build() }

    private func page(_ path: String) throws -> String {
        try Self.built.get().page(path)
    }

    func testAMonthsAttendanceIsPresentOverExpectedOfAllItsMeetings() throws {
        // (36 + 25) / (40 + 31) = 85,9 %; the mean of 90 % and 80,6 % would be 85,3 %.
        for path in ["sinh-hoat/2024/09/index.html", "ban-tin/2024-09/index.html"] {
            let text = try page(path)
            XCTAssertTrue(text.contains("85,9\u{00A0}%") || text.contains("85,9 %"), "\(path) shows 61/71")
            XCTAssertFalse(text.contains("85,3"), "\(path) averages the meetings' rates")
        }
    }

    func testTheHomeFigureSaysHowManyBranchesItCovers() throws {
        let home = try page("index.html")
        XCTAssertTrue(home.contains("85,9"), "the month's rate over both meetings")
        XCTAssertTrue(home.contains("đảng viên dự sinh hoạt tháng 9 năm 2024 (02/05 chi bộ đã có biên bản)"))
    }

    func testTheMinutesIndexCountsTheBranchesThatSentMinutes() throws {
        XCTAssertTrue(try page("sinh-hoat/index.html").contains("03 biên bản của 02/05 chi bộ."))
    }

    func testAQuarterStillRunningIsNotCountedAsMissingItsThematicMeeting() throws {
        let index = try page("sinh-hoat/index.html")
        XCTAssertTrue(index.contains("không có lượt chi bộ nào thiếu sinh hoạt chuyên đề trong các quý đã qua"))
        XCTAssertTrue(index.contains("chưa tính quý III/2024, số liệu chưa đủ quý"))
        XCTAssertFalse(index.contains("quý chưa có sinh hoạt chuyên đề"), "no quarter of the fixture is complete")
        XCTAssertEqual(index.components(separatedBy: "cell-pending cell-quarter").count - 1, 4,
                       "the four branches without a thematic meeting in the running quarter are marked pending")
    }

    func testAGoodScoreBesideAFailedCheckSaysWhy() throws {
        let month = try page("sinh-hoat/2024/09/index.html")
        XCTAssertTrue(month.contains("<td>Tốt (92 điểm)</td>"), "the locality's score of Ấp Bắc's meeting")
        XCTAssertTrue(month.contains("Chưa đạt tiêu chí Hướng dẫn 12: có 01 đảng viên vắng mặt không có lý do"))
        XCTAssertTrue(month.contains("Chưa đạt tiêu chí Hướng dẫn 12: tỷ lệ đảng viên dự họp 80,6\u{00A0}%") ||
                      month.contains("Chưa đạt tiêu chí Hướng dẫn 12: tỷ lệ đảng viên dự họp 80,6 %"))
        XCTAssertFalse(month.contains(">Chưa đạt<"), "never a bare verdict")
    }
}
