@testable import BonTotKit
import XCTest

/// Wordings of Word minutes the review found still read wrong by `import minutes` (SPEC §1
/// `attendance:`, `absent:`, `chair:`, `recorder:`).
final class AttendanceWordingReviewTests: XCTestCase {
    private let opening = ["BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2026", "Thời gian: 19 giờ 30, ngày 08/10/2026"]

    private func facts(_ lines: [String]) -> MinutesFacts {
        MinutesFacts(lines: opening + lines, resolutionItems: [])
    }

    /// The names with their reasons, then excused/unexcused ("-" where unsaid), then the reasons
    /// without a name, of `lines` under "Có mặt: 26/28 đồng chí".
    private func absent(_ lines: String...) -> String {
        let facts = facts(["Có mặt: 26/28 đồng chí"] + lines)
        return AttendanceLineReading.absent(of: facts) + " | " + facts.reasonsWithoutNames.joined(separator: "; ")
    }

    /// The front matter written of `lines` under "Có mặt: 26/28 đồng chí".
    private func frontMatter(_ lines: String...) -> String {
        MinutesFrontMatterWriter(facts: facts(["Có mặt: 26/28 đồng chí"] + lines), branch: "ap-1", kind: .thuongKy,
                                 date: CalendarDate(year: 2026, month: 10, day: 8)!).text
    }

    /// "Vắng: 2 đồng chí, do đi làm xa.": the reason after a comma, with "do" or "vì", makes the
    /// absent excused as "vắng 1 đồng chí do ốm" does, the reason kept.
    func testAReasonAfterACommaMakesTheAbsentExcused() {
        assertReadings([
            "Vắng: 2 đồng chí, do đi làm xa.": " | 2/0 | đi làm xa",
            "Vắng 01 đồng chí, vì ốm.": " | 1/0 | ốm",
            "Vắng 01 đồng chí vì bận việc gia đình.": " | 1/0 | bận việc gia đình",
        ], by: { absent($0) })
        XCTAssertTrue(frontMatter("Vắng: 2 đồng chí, do đi làm xa.").contains(
            "excused: 2, unexcused: 0 }   # lý do vắng (không ghi tên): đi làm xa\n"), frontMatter("Vắng: 2 đồng chí, do đi làm xa."))
        // "do đó", "vì vậy" and what names no reason after the comma say nothing of the absent.
        for line in ["Vắng 02 đồng chí, do đó chi bộ nhắc nhở.", "Vắng 02 đồng chí, vì vậy chi bộ nhắc nhở.",
                     "Vắng 02 đồng chí, do không rõ lý do.", "Vắng 02 đồng chí, vì lần thứ hai liên tiếp."] {
            XCTAssertEqual(absent(line), absent("Vắng 02 đồng chí."), line)
        }
    }

    /// "Vắng 03 đồng chí: 02 đồng chí đám giỗ, 01 đồng chí không có lý do.": each count with its
    /// reason, after a colon or in a bracket; the reasons kept as "vắng: 3 (02 đi làm xa; 01 sốt …)" keeps them.
    func testCountsEachWithItsReason() {
        assertReadings([
            "Vắng 03 đồng chí: 02 đồng chí đám giỗ, 01 đồng chí không có lý do.": " | 2/1 | đám giỗ",
            "Vắng 03 đồng chí (02 đồng chí đám giỗ, 01 đồng chí không lý do).": " | 2/1 | đám giỗ",
            "Vắng: 03 đồng chí: 01 ốm; 01 đi công tác; 01 không lý do.": " | 2/1 | ốm; đi công tác",
            "Vắng 03 đồng chí: 02 đồng chí ốm, 01 đồng chí đi công tác.": " | 3/0 | ốm; đi công tác",
        ], by: { absent($0) })
        // Counts that do not add up, or words that are no reason, keep no reason.
        XCTAssertEqual(facts(["Có mặt: 26/28 đồng chí", "Vắng 03 đồng chí: 01 đồng chí ốm, 01 đồng chí không lý do."]).reasonsWithoutNames, [])
        XCTAssertEqual(facts(["Có mặt: 26/28 đồng chí", "Vắng 03 đồng chí: 02 đồng chí chi ủy viên, 01 đồng chí không lý do."])
                        .reasonsWithoutNames, [])
    }

    /// "có phép", "không phép" in a bracket after the absent's count are reasons as "có lý do",
    /// "không lý do" are.
    func testLeaveAskedForInABracket() {
        XCTAssertEqual(absent("Vắng 3 đồng chí (có phép: 02; không phép: 1)."), " | 2/1 | ")
        XCTAssertEqual(absent("vắng 03 đồng chí (02 có phép, 01 không phép)."), " | 2/1 | ")
        XCTAssertEqual(absent("Vắng 3 đồng chí (có phép: 02; không phép: 1)."), absent("Vắng 3 đồng chí (có lý do: 02; không lý do: 1)."))
        // Elsewhere the words are no reason.
        XCTAssertEqual(absent("Vắng 02 đồng chí. Chi bộ không phép đảng viên vắng quá 3 lần."), absent("Vắng 02 đồng chí."))
    }

    /// "hiện diện tại buổi sinh hoạt: 19/20", "Đảng viên tham gia: 16/16", "Có mặt 12 trên tổng
    /// số 14 đảng viên": the present of the expected.
    func testTheAttendanceFiguresInOtherWords() {
        func figures(_ line: String) -> String { AttendanceLineReading.presentOfExpected(facts([line])) }
        assertReadings([
            "Đảng viên hiện diện tại buổi sinh hoạt: 19/20": "19/20",
            "Đảng viên tham gia: 16/16": "16/16",
            "Có mặt 12 trên tổng số 14 đảng viên": "12/14",
            "Có mặt: 12 đồng chí trên tổng số 14 đồng chí.": "12/14",
            "Có mặt tại hội nghị: 25 đồng chí.": "25/-",
            // Not the members' attendance.
            "Đảng viên tham gia ý kiến: 5 đồng chí.": "-/-",
            "Đảng viên tham gia đóng góp 12 ý kiến.": "-/-",
        ], by: figures)
    }

    /// "Vắng 02 đồng chí." over "Cụ thể: đồng chí A (ốm), đồng chí B": the names in the next
    /// paragraph are read as in the same one.
    func testTheNamesInTheNextParagraph() {
        for (count, names) in [("Vắng 02 đồng chí.", "Cụ thể: đồng chí Nguyễn Văn An (ốm), đồng chí Trần Thị Bình."),
                               ("Vắng 02 đồng chí có lý do", "Cụ thể: đồng chí Nguyễn Văn An (con ốm), đồng chí Trần Thị Bình (ốm)."),
                               ("Vắng: 02 đồng chí.", "Gồm: đồng chí Nguyễn Văn An (ốm), đồng chí Trần Thị Bình (đi công tác).")] {
            let same = absent(count.hasSuffix(".") ? count + " " + names : count + ". " + names)
            XCTAssertTrue(same.hasPrefix("Nguyễn Văn An ("), same)
            XCTAssertEqual(absent(count, names), same, "\(count) / \(names)")
        }
        XCTAssertEqual(absent("- Vắng: 02 đồng chí;", "- Gồm: đồng chí Nguyễn Văn An (ốm), đồng chí Trần Thị Bình (đi công tác)."),
                       absent("Vắng: 02 đồng chí. Gồm: đồng chí Nguyễn Văn An (ốm), đồng chí Trần Thị Bình (đi công tác)."), "list paragraphs")
        XCTAssertEqual(absent("Vắng 02 đồng chí.", "Cụ thể: đồng chí Nguyễn Văn An (ốm), đồng chí Trần Thị Bình (đi công tác)."),
                       "Nguyễn Văn An (ốm), Trần Thị Bình (đi công tác) | 2/0 | ")
        // On the attendance line itself.
        XCTAssertEqual(AttendanceLineReading.absent(of: facts(["Có mặt: 26/28 đồng chí, vắng 02 đồng chí có lý do.",
                                                                "Cụ thể: đồng chí Nguyễn Văn An (ốm), đồng chí Trần Thị Bình (đi công tác)."])),
                       "Nguyễn Văn An (ốm), Trần Thị Bình (đi công tác) | 2/0")
        // A next paragraph naming no one, or the names already given, change nothing.
        XCTAssertEqual(absent("Vắng 02 đồng chí.", "Cụ thể: chi bộ đã nhắc nhở."), absent("Vắng 02 đồng chí."))
        XCTAssertEqual(absent("Vắng 02 đồng chí: đồng chí Lê Văn Cường, đồng chí Hoàng Văn Năm.", "Cụ thể: đồng chí Nguyễn Văn An chủ trì."),
                       absent("Vắng 02 đồng chí: đồng chí Lê Văn Cường, đồng chí Hoàng Văn Năm."))
    }

    /// "THƯ KÝ⇥⇥CHỦ TRÌ" over "Võ Thị Kiều⇥⇥Nguyễn Văn Long": signatures in paragraphs whose
    /// columns are parted by tabs name the chair and recorder as a two-column table does.
    func testTheSignaturesInColumnsPartedByTabs() {
        func people(_ ending: [String]) -> String {
            let facts = facts(["Có mặt: 26/28 đồng chí.", "Chi bộ thống nhất thực hiện các nội dung sau.",
                               "Buổi sinh hoạt kết thúc lúc 21 giờ cùng ngày."] + ending)
            return "\(facts.chair ?? "-") / \(facts.recorder ?? "-")"
        }
        XCTAssertEqual(people(["THƯ KÝ\t\tCHỦ TRÌ", "Võ Thị Kiều\t\tNguyễn Văn Long"]), "Nguyễn Văn Long / Võ Thị Kiều")
        XCTAssertEqual(people(["\tCHỦ TRÌ\t\t\tTHƯ KÝ", "\t(Ký, ghi rõ họ tên)\t\t(Ký, ghi rõ họ tên)", "\tNguyễn Văn Long\t\t\tVõ Thị Kiều"]),
                       "Nguyễn Văn Long / Võ Thị Kiều")
        XCTAssertEqual(people(["THƯ KÝ\t\tCHỦ TRÌ", "Võ Thị Kiều\t\tNguyễn Văn Long"]), people(["THƯ KÝ", "CHỦ TRÌ", "Võ Thị Kiều", "Nguyễn Văn Long"]))
        // A heading with no name under it: neither is guessed.
        XCTAssertEqual(people(["THƯ KÝ\t\tCHỦ TRÌ", "\t\tNguyễn Văn Long"]), "- / -")
    }

    /// A phone number in the attendance paragraph is no count: it is passed over, and the line
    /// read, where it left the whole attendance unread; a figure no committee has in a count's
    /// place still leaves it to fill in.
    func testAPhoneNumberLeavesTheAttendanceRead() {
        let phone = AttendanceLineReading.facts("Có mặt: 26/28 đồng chí, vắng 02 đồng chí (liên hệ đồng chí An: 0912345678).")
        XCTAssertEqual([phone.present, phone.expected, phone.absentCount], [26, 28, 2])
        let after = AttendanceLineReading.facts("Có mặt: 25/28 đồng chí; vắng 03 đồng chí có lý do. Mọi thắc mắc liên hệ số 0912345678.")
        XCTAssertEqual([after.present, after.expected, after.excused, after.unexcused], [25, 28, 3, 0])
        let named = AttendanceLineReading.facts("Có mặt: 27/28 đồng chí; vắng 01 đồng chí: đồng chí Nguyễn Văn An (đi công tác, SĐT 0912345678).")
        XCTAssertEqual(named.absent.map(\.name), ["Nguyễn Văn An"])
        XCTAssertEqual([named.present, named.excused], [27, 1])
        for line in ["Có mặt: 26/28 đồng chí; vắng 0912345678 đồng chí.", "Có mặt: 0912345678; vắng 02 đồng chí.",
                     "Có mặt: 25/28 đồng chí; vắng 03 (có lý do: 0912345678)."] {
            let facts = AttendanceLineReading.facts(line)
            XCTAssertEqual([facts.present, facts.expected, facts.absentCount, facts.excused], [nil, nil, nil, nil], line)
        }
    }
}
