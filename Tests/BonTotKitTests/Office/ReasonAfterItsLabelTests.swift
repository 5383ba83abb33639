@testable import BonTotKit
import XCTest

/// A name's reason given after a label, as clerks write it (SPEC §1 `absent:`): "đ/c Thảo (có lý
/// do: ốm)", "Lan, lý do ốm; Hùng, lý do đi học"; the reason is the words after the label, and
/// the name is excused for it; so is each of bare names with its own label ("Lan (có lý do), Hùng
/// (không lý do)": Hùng was lost).
final class ReasonAfterItsLabelTests: XCTestCase {
    /// "vắng 01: đ/c Thảo (có lý do: ốm)": Thảo absent for "ốm", excused (the reason kept its label,
    /// "có lý do: ốm").
    func testTheExcusedLabelInTheNamesBracket() {
        assertWritten("Có mặt: 27/28 đồng chí; vắng 01: đ/c Thảo (có lý do: ốm)", reading: "Thảo (ốm) | 1/0", frontMatter: """
            attendance: { present: 27, expected: 28, excused: 1, unexcused: 0 }
            absent:
              - { name: Thảo, reason: ốm }

            """)
        assertReadings([
            "vắng 01 đồng chí: đ/c Thảo (có lý do: ốm).": "Thảo (ốm) | 1/0",
            "vắng 01 đồng chí: đ/c Thảo (có lý do - ốm).": "Thảo (ốm) | 1/0",
            "vắng: đ/c Thảo (có lý do: ốm), đ/c Minh (có lý do: đi học).": "Thảo (ốm), Minh (đi học) | 2/0",
            "vắng 01 đồng chí: Nguyễn Thị Thảo (có lý do: con ốm).": "Nguyễn Thị Thảo (con ốm) | 1/0",
            // The label alone stays what is said of her reason.
            "vắng 01 đồng chí: đ/c Thảo (có lý do).": "Thảo (có lý do) | 1/0",
            "vắng 01: Thảo (lý do: ốm).": "Thảo (ốm) | 1/0",
        ], after: "Có mặt: 27/28 đồng chí; ")
    }

    /// "vắng 02 đồng chí: Lan, lý do ốm; Hùng, lý do đi học": each name with its own reason, both
    /// excused (Hùng was lost, the list read as ending at Lan's reason).
    func testAReasonStatedAfterEachBareName() {
        assertWritten("Có mặt: 26/28 đồng chí; vắng 02 đồng chí: Lan, lý do ốm; Hùng, lý do đi học", reading: "Lan (ốm), Hùng (đi học) | 2/0",
                      frontMatter: """
            attendance: { present: 26, expected: 28, excused: 2, unexcused: 0 }
            absent:
              - { name: Lan, reason: ốm }
              - { name: Hùng, reason: đi học }

            """)
        assertReadings([
            "vắng 02 đồng chí: Lan, lý do: ốm; Hùng, lý do: đi học.": "Lan (ốm), Hùng (đi học) | 2/0",
            "vắng: Lan, lý do ốm; Hùng, lý do đi học.": "Lan (ốm), Hùng (đi học) | 2/0",
            "vắng 02 đồng chí: Lan, lý do ốm, Hùng, lý do đi học.": "Lan (ốm), Hùng (đi học) | 2/0",
            "vắng 02 đồng chí: Lan (lý do ốm), Hùng (lý do đi học).": "Lan (ốm), Hùng (đi học) | 2/0",
            "vắng 02 đồng chí: Lan - lý do ốm; Hùng - lý do đi học.": "Lan (ốm), Hùng (đi học) | 2/0",
        ], after: "Có mặt: 26/28 đồng chí; ")
    }

    /// "Lan (có lý do), Hùng (không lý do)": each bare name's own label, Lan excused and Hùng not
    /// (Hùng was lost, or both counted with no reason said).
    func testEachBareNameWithItsOwnLabel() {
        assertReadings([
            "vắng mặt 02 đồng chí: Lan (có lý do), Hùng (không lý do).": "Lan (có lý do), Hùng | 1/1",
            "Vắng mặt 02 đ/c: Lan (có lý do), Hùng (không có lý do).": "Lan (có lý do), Hùng | 1/1",
            "vắng 02 đồng chí: Lan (ốm), Hùng (không lý do).": "Lan (ốm), Hùng | 1/1",
            "vắng 02 đồng chí: Lan (không lý do), Hùng (ốm).": "Hùng (ốm), Lan | 1/1",
            // One label after the last of names with none stays all of theirs.
            "vắng 02 đồng chí: Lan, Hùng (có lý do).": "Lan, Hùng | 2/0",
        ], after: "Có mặt: 26/28 đồng chí; ")
    }

    /// Asserts the reading of `line` and that the front matter written of it holds `frontMatter`.
    private func assertWritten(_ line: String, reading: String, frontMatter: String, file: StaticString = #filePath, lineNumber: UInt = #line) {
        XCTAssertEqual(AttendanceLineReading.absent(line), reading, file: file, line: lineNumber)
        let written = AttendanceLineReading.frontMatter(line)
        XCTAssertTrue(written.contains(frontMatter), written, file: file, line: lineNumber)
    }
}
