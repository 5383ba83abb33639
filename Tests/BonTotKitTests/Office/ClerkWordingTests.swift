@testable import BonTotKit
import XCTest

/// Wordings of real minutes a fifth review corpus found read wrong by `import minutes`: clerks'
/// abbreviations, counts in words (SPEC §1 `attendance:`).
final class ClerkWordingTests: XCTestCase {
    /// "present/expected excused/unexcused" as read of `line` ("-" where unsaid).
    private func counts(_ line: String) -> String {
        let facts = AttendanceLineReading.facts(line)
        return AttendanceLineReading.presentOfExpected(facts) + " " + AttendanceLineReading.absent(of: facts).dropFirst(3)
    }

    /// "Số đảng viên tham gia SHCB: 25/27": the members taking part in the meeting, named by its
    /// abbreviation or its words, give the present and expected (they read none).
    func testMembersTakingPartInTheMeetingShortened() {
        XCTAssertEqual(counts("Số đảng viên tham gia SHCB: 25/27; vắng: 02 đ/c (01 có lý do, 01 không lý do)."), "25/27 1/1")
        XCTAssertEqual(counts("Đảng viên tham gia sinh hoạt chi bộ: 16/16."), "16/16 -/-")
        XCTAssertEqual(counts("Đảng viên tham dự SHCB: 18/20 đồng chí; vắng 02 đồng chí có lý do."), "18/20 2/0")
        // Without its colon, taking part in something else counts no one.
        XCTAssertEqual(counts("Đảng viên tham gia SHCB 25 lượt ý kiến."), "-/- -/-")
    }
}
