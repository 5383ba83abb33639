import XCTest

/// The status of a month on a branch's profile says what was held when no regular meeting was:
/// a month with only a committee or an extraordinary meeting shows that meeting's attendance, so
/// it must not read "Không sinh hoạt" beside it. The fixture's Bình Minh meets in September 2024
/// only; here it also holds an extraordinary meeting in August.
final class BranchMonthStatusTests: XCTestCase {
    func testAMonthWithOnlyAnExtraordinaryMeetingSaysSoBesideItsAttendance() throws {
        let built = try BuiltSite.build(changes: [
            "content/minutes/2024/binh-minh-2024-08-bat-thuong.md": """
                ---
                branch: binh-minh
                date: 2024-08-20
                kind: bat-thuong
                topic: Khắc phục hậu quả lốc xoáy
                chair: Nguyễn Thị Lan
                recorder: Trần Văn Hải
                attendance: { present: 27, expected: 31 }
                ---
                Họp bất thường.
                """,
        ])
        let rows = PortalPageText.rows(built.page("chi-bo/binh-minh/index.html"), caption: "Sinh hoạt chi bộ từng tháng, mới nhất trước")
        let august = try XCTUnwrap(rows.first { $0.first == "Tháng 8 năm 2024" }, "\(rows)")
        XCTAssertEqual(august, ["Tháng 8 năm 2024", "0", "0", "87,1 %", "Chỉ sinh hoạt bất thường, thiếu thường kỳ"])
        XCTAssertFalse(rows.contains { $0.last == "Không sinh hoạt" }, "\(rows)")
    }

    func testAMonthWithoutAnyMeetingStillSaysSo() throws {
        let rows = PortalPageText.rows(try BuiltSite.build().page("chi-bo/binh-minh/index.html"),
                                       caption: "Sinh hoạt chi bộ từng tháng, mới nhất trước")
        XCTAssertEqual(rows.first { $0.first == "Tháng 8 năm 2024" }?.last, "Không sinh hoạt", "\(rows)")
    }
}
