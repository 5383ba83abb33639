@testable import BonTotKit
import XCTest

/// Attendance figures no committee has, in a Word biên bản (a key held down, a pasted number):
/// `import minutes` trapped adding "có mặt: 9223372036854775807; vắng: 1" (or the counts by
/// reason), read "vắng: 99999999999999999999" as 0, wrote an expected of -9223372036854775779
/// from a huge exempt count, and read around a huge figure ("vắng: 03 (có lý do:
/// 9223372036854775807)" written as three excused). Such a line is not read: the attendance is
/// left for the office to fill in, as when the minutes give none.
final class HugeAttendanceImportTests: XCTestCase {
    private let lines = [
        "Có mặt: 9223372036854775807; vắng: 1 (có lý do: 1)",
        "Có mặt: 9223372036854775807 đồng chí; vắng 9223372036854775807 đồng chí, trong đó có lý do 9223372036854775807, "
            + "không lý do 9223372036854775807",
        "Tổng số đảng viên: 28; có mặt: 25; vắng: 03 (có lý do: 9223372036854775807; không lý do: 9223372036854775807)",
        "Tổng số đảng viên: 28; miễn sinh hoạt: 9223372036854775807; có mặt: 25",
        "Tổng số đảng viên: 99999999999999999999; có mặt: 25; vắng: 99999999999999999999 (có lý do: 2)",
        "Có mặt 9223372036854775807/9223372036854775807 đồng chí",
    ]

    func testAHugeFigureLeavesTheAttendanceToFillIn() {
        for line in lines {
            let facts = AttendanceLineReading.facts(line)
            XCTAssertNil(facts.present, line)
            XCTAssertNil(facts.expected, line)
            XCTAssertNil(facts.absentCount, line)
            let frontMatter = AttendanceLineReading.frontMatter(line)
            XCTAssertTrue(frontMatter.contains("\n# attendance: { present: …, expected: … }"), "\(line)\n\(frontMatter)")
            XCTAssertFalse(frontMatter.contains("9223372036854775807"), "\(line)\n\(frontMatter)")
        }
    }

    /// The figures of a real committee, up to `ContentLimits.count`, are still read.
    func testTheLargestFiguresACommitteeHasAreRead() {
        let facts = AttendanceLineReading.facts("Tổng số đảng viên: 10000000; có mặt: 9999990; vắng: 10 (có lý do: 10)")
        XCTAssertEqual(facts.present, 9_999_990)
        XCTAssertEqual(facts.expected, 10_000_000)
        XCTAssertEqual(facts.excused, 10)
    }
}
