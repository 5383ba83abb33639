import BonTotKit
import XCTest

/// Attendance figures checked against each other: present + excused + unexcused must make the
/// members expected, and `absent:` may not name more people than were counted absent. Both are
/// warnings on the line of `attendance` (minutes sometimes count a late member twice).
final class AttendanceFiguresTests: XCTestCase {
    private let minutes = "content/minutes/2024/ap-2-2024-10.md"

    /// A minutes file whose front matter is the usual head, then `fields` from line 5, in a
    /// branch of 90 members, so that the figures are not above the branch's members.
    private func site(_ fields: String) -> [String: FileChange] {
        [minutes: .text("---\nbranch: ap-2\ndate: 2024-10-04\nkind: thuong-ky\n\(fields)\n---\nNội dung.\n"),
         "content/branches/ap-2.yaml": .text("name: Chi bộ ấp 2\nkind: khu-dan-cu\ncluster: cum-ap\nmembers: { official: 90, probationary: 0 }\n")]
    }

    private func names(_ count: Int) -> String {
        "absent:\n" + (1...count).map { "  - { name: Đảng Viên Số \($0), reason: ốm }" }.joined(separator: "\n")
    }

    func testFiguresThatDoNotAddUpAreAWarningNamingThem() throws {
        let loaded = try ValidationSite.load("minimal", site("attendance: { present: 60, expected: 83, excused: 2, unexcused: 1 }"))
        assertDiagnostics(loaded, [.warning(minutes, 5, "có mặt 60 + vắng có lý do 2 + vắng không lý do 1 = 63, khác số phải dự 83")])
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.field), ["attendance"])
        XCTAssertTrue(loaded.diagnostics.sorted[0].message.hasSuffix("present 60 + excused 2 + unexcused 1 = 63, not the 83 expected"))
    }

    func testTheWarningIsOnTheLineOfAttendanceWhenItsFiguresAreOnLinesOfTheirOwn() throws {
        try assertDiagnostics(site("attendance:\n  present: 80\n  expected: 83\n  excused: 4\n  unexcused: 1"),
                              [.warning(minutes, 5, "= 85, khác số phải dự 83")])
    }

    func testMoreNamesUnderAbsentThanAbsencesIsAWarning() throws {
        let loaded = try ValidationSite.load("minimal", site("attendance: { present: 80, expected: 83, excused: 2, unexcused: 1 }\n" + names(9)))
        assertDiagnostics(loaded, [.warning(minutes, 5, "'absent' ghi tên 9 người vắng, nhưng 'attendance' đếm 3 (có lý do 2 + không lý do 1)")])
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.field), ["absent"])
    }

    func testFiguresThatAddUpAndAPartialListOfNamesPass() throws {
        try assertDiagnostics(site("attendance: { present: 80, expected: 83, excused: 2, unexcused: 1 }\n" + names(3)), [])
        try assertDiagnostics(site("attendance: { present: 70, expected: 83, excused: 10, unexcused: 3 }\n" + names(2)), [])  // some of the absent, as in SPEC §1's example
        try assertDiagnostics(site("attendance: { present: 80, expected: 83, excused: 2 }"), [])  // without 'unexcused', not all given
        try assertDiagnostics(site("attendance: { present: 80, expected: 83 }\n" + names(9)), [])  // no count to hold the names against
    }

    func testPresentAndAbsentAboveExpectedWithAFigureLeftOutIsStillAWarning() throws {
        try assertDiagnostics(site("attendance: { present: 80, expected: 83, excused: 5 }"),
                              [.warning(minutes, 5, "có mặt + vắng (85) vượt số phải dự (83)")])
    }
}
