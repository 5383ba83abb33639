import XCTest

/// An edited minutes file: the incremental build equals a clean one, byte for byte.
final class IncrementalMinutesEditTests: XCTestCase {
    static let minutes = "content/minutes/2024/binh-minh-2024-09.md"
    static let page = "sinh-hoat/binh-minh-2024-09/index.html"

    func testTheBodyTextOfAMinutesFile() throws {
        let outcome = try assertIncrementalEqualsClean(edit: { site in
            try site.replace("Sinh hoạt thường kỳ tháng 9.", with: "Sinh hoạt thường kỳ tháng 9, bàn việc chống lũ.", in: Self.minutes)
        })
        XCTAssertTrue(outcome.after.text(Self.page)?.contains("bàn việc chống lũ") == true)
        XCTAssertTrue(outcome.after.changed(since: outcome.before).contains(Self.page))
    }

    func testTheAttendanceInTheFrontMatterOfAMinutesFile() throws {
        let outcome = try assertIncrementalEqualsClean(edit: { site in
            try site.replace("attendance: { present: 25, expected: 31, excused: 6, unexcused: 0 }",
                             with: "attendance: { present: 28, expected: 31, excused: 3, unexcused: 0 }", in: Self.minutes)
        })
        let changed = outcome.after.changed(since: outcome.before)
        XCTAssertTrue(changed.contains(Self.page))
        XCTAssertGreaterThan(changed.filter { $0.hasSuffix(".html") }.count, 1,
                             "the attendance shows beyond the minutes' own page (its month, its branch)")
    }
}
