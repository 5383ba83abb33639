@testable import BonTotKit
import XCTest

/// The reasons of the absent as the minutes give them (SPEC §1 `absent:`, §8): a reason holding
/// a comma was cut at it ("đi công tác ở Quận 1, TP. Hồ Chí Minh" → "đi công tác ở Quận 1");
/// two names before one reason gave the first none; a reason without a name was dropped.
final class AbsentReasonTests: XCTestCase {
    private func facts(_ attendance: String) -> MinutesFacts { AttendanceLineReading.facts(attendance) }
    private func absent(_ attendance: String) -> String { AttendanceLineReading.absent(attendance) }
    private func frontMatter(_ attendance: String) -> String { AttendanceLineReading.frontMatter(attendance) }

    func testAReasonHoldingACommaIsKeptWhole() {
        let whole = "Nguyễn Văn An (đi công tác ở Quận 1, TP. Hồ Chí Minh), Trần Thị Bình (ốm) | 2/0"
        // Names parted by ";": the comma is the reason's, in brackets or after a dash.
        XCTAssertEqual(absent("Có mặt: 26/28 đồng chí. Vắng 02 đồng chí có lý do: đồng chí Nguyễn Văn An (đi công tác ở Quận 1, "
                              + "TP. Hồ Chí Minh); đồng chí Trần Thị Bình (ốm)."), whole)
        XCTAssertEqual(absent("Có mặt: 26/28 đồng chí. Vắng 02 đồng chí có lý do: đồng chí Nguyễn Văn An – đi công tác ở Quận 1, "
                              + "TP. Hồ Chí Minh; đồng chí Trần Thị Bình – ốm."), whole)
        // Names parted by commas: the brackets bound the reason.
        XCTAssertEqual(absent("Có mặt: 26/28 đồng chí. Vắng 02 đồng chí có lý do: đồng chí Nguyễn Văn An (đi công tác ở Quận 1, "
                              + "TP. Hồ Chí Minh), đồng chí Trần Thị Bình (ốm)."), whole)
        XCTAssertEqual(absent("Có mặt: 26/28; vắng 02 đồng chí (có lý do: đồng chí Nguyễn Văn An (đi công tác ở Quận 1, "
                              + "TP. Hồ Chí Minh), đồng chí Trần Thị Bình (ốm))"), whole)
        XCTAssertTrue(frontMatter("Có mặt: 26/28 đồng chí. Vắng 02 đồng chí có lý do: đồng chí Nguyễn Văn An (đi công tác ở Quận 1, "
                                  + "TP. Hồ Chí Minh); đồng chí Trần Thị Bình (ốm).").contains("""
            absent:
              - { name: Nguyễn Văn An, reason: "đi công tác ở Quận 1, TP. Hồ Chí Minh" }
              - { name: Trần Thị Bình, reason: ốm }

            """))
    }

    func testNamesBeforeOneReasonShareIt() {
        XCTAssertEqual(absent("Có mặt: 26/28 đồng chí, vắng 02 đồng chí (có lý do: đồng chí Nguyễn Văn An và đồng chí Trần Thị Bình "
                              + "– đi công tác)"), "Nguyễn Văn An (đi công tác), Trần Thị Bình (đi công tác) | 2/0")
        XCTAssertEqual(absent("Có mặt: 25/28 đồng chí, vắng 03 đồng chí (có lý do: đồng chí Nguyễn Văn An và Trần Thị Bình – đi công tác, "
                              + "đồng chí Lê Văn Cường – ốm)"),
                       "Nguyễn Văn An (đi công tác), Trần Thị Bình (đi công tác), Lê Văn Cường (ốm) | 3/0")
    }

    /// "gồm", "gồm có", "bao gồm", "là", "gồm các đồng chí" before the names: the first name was
    /// read with the word and lost.
    func testTheNamesAfterGomAreRead() {
        XCTAssertEqual(absent("Có mặt: 25/28 đồng chí, vắng 03 đồng chí có lý do: 03 đồng chí gồm Nguyễn Văn An – ốm, "
                              + "Trần Thị Bình – đi công tác, Lê Văn Cường – việc gia đình"),
                       "Nguyễn Văn An (ốm), Trần Thị Bình (đi công tác), Lê Văn Cường (việc gia đình) | 3/0")
        let two = "Nguyễn Văn An (ốm), Trần Thị Bình (đi công tác) | 2/0"
        for words in ["gồm có", ", bao gồm:", "là đồng chí", "gồm các đồng chí"] {
            XCTAssertEqual(absent("Có mặt: 26/28 đồng chí, vắng 02 đồng chí có lý do \(words) Nguyễn Văn An – ốm, "
                                  + "Trần Thị Bình – đi công tác"), two, words)
        }
        // With no reason said, the names after "gồm" are the absent's, still to be checked.
        let unsaid = facts("Có mặt: 26/28 đồng chí; vắng 02 đồng chí gồm: Nguyễn Văn An, Trần Thị Bình")
        XCTAssertEqual(unsaid.absent.map(\.name), ["Nguyễn Văn An", "Trần Thị Bình"])
        XCTAssertTrue(unsaid.reasonsUnsaid)
    }

    /// "vắng 02 đồng chí (đồng chí A – ốm, đồng chí B – đi công tác)": a reason given each name,
    /// with no "có lý do", makes them excused (SPEC §1: `absent:` gives the reason when excused);
    /// the names were lost and the two written as absent without reason.
    func testNamesInBracketsEachWithAReasonAreExcused() {
        let line = "Có mặt: 26/28 đồng chí, vắng 02 đồng chí (đồng chí Nguyễn Văn An – ốm, đồng chí Trần Thị Bình – đi công tác)"
        XCTAssertEqual(absent(line), "Nguyễn Văn An (ốm), Trần Thị Bình (đi công tác) | 2/0")
        XCTAssertFalse(facts(line).reasonsUnsaid)
        XCTAssertTrue(frontMatter(line).contains("""
            attendance: { present: 26, expected: 28, excused: 2, unexcused: 0 }
            absent:
              - { name: Nguyễn Văn An, reason: ốm }
              - { name: Trần Thị Bình, reason: đi công tác }

            """), frontMatter(line))
        XCTAssertEqual(absent("Có mặt: 26/28 đồng chí. Vắng 02 đồng chí: Nguyễn Văn An (ốm), Trần Thị Bình (đi công tác)."),
                       "Nguyễn Văn An (ốm), Trần Thị Bình (đi công tác) | 2/0")
        // One named without a reason: whether the two had one stays unsaid, each name keeps its own.
        let mixed = facts("Có mặt: 26/28 đồng chí, vắng 02 đồng chí (đồng chí Nguyễn Văn An – ốm, đồng chí Trần Thị Bình)")
        XCTAssertEqual(mixed.absent.map { $0.name + ($0.reason.map { " (\($0))" } ?? "") }, ["Nguyễn Văn An (ốm)", "Trần Thị Bình"])
        XCTAssertTrue(mixed.reasonsUnsaid)
    }

    /// "Vắng 01 đồng chí (có lý do: ốm)": a reason without a name is excused, and the reason is
    /// kept in a comment on the attendance line, since `absent:` has no place for it.
    func testAReasonWithoutANameIsKeptOnTheAttendanceLine() {
        let line = "Có mặt: 27/28 đồng chí. Vắng 01 đồng chí (có lý do: ốm)."
        XCTAssertEqual(absent(line), " | 1/0")
        XCTAssertEqual(facts(line).reasonsWithoutNames, ["ốm"])
        XCTAssertTrue(frontMatter(line).contains("\nattendance: { present: 27, expected: 28, excused: 1, unexcused: 0 }   "
                                                 + "# lý do vắng (không ghi tên): ốm\n"), frontMatter(line))
        XCTAssertFalse(frontMatter(line).contains("absent:"))
        XCTAssertEqual(facts("Có mặt: 26/28; vắng 02 đồng chí có lý do (đi công tác)").reasonsWithoutNames, ["đi công tác"])
        XCTAssertEqual(facts("Có mặt: 26/28; vắng: 02 (có lý do: 02)").reasonsWithoutNames, [], "a count is no reason")
    }

    /// "vắng 01 đồng chí" with two excused named: the unexcused cannot be worked out (it would be
    /// −1) and was left out silently; the figures read are written, the absent's count in a
    /// comment, and the import warns on the attendance line.
    func testAnAbsentCountBelowTheExcusedNamedIsWarned() {
        let line = "Có mặt: 27/28 đồng chí, vắng 01 đồng chí (có lý do: đồng chí Nguyễn Văn An – ốm, đồng chí Trần Thị Bình – đi công tác)"
        XCTAssertEqual(absent(line), "Nguyễn Văn An (ốm), Trần Thị Bình (đi công tác) | 2/-")
        XCTAssertEqual(facts(line).attendanceMismatch?.vietnamese, "vắng 1, nhưng có lý do 2; chưa ghi số vắng không lý do")
        XCTAssertEqual(facts(line).attendanceMismatch?.english, "absent 1, but 2 excused; unexcused not written")
        XCTAssertTrue(frontMatter(line).contains("\nattendance: { present: 27, expected: 28, excused: 2 }   # số vắng theo biên bản: 1\n"),
                      frontMatter(line))
        XCTAssertNil(facts("Có mặt: 26/28 đồng chí, vắng 02 đồng chí (có lý do: đồng chí Nguyễn Văn An – ốm, đồng chí Trần Thị Bình – ốm)")
                        .attendanceMismatch)
    }
}
