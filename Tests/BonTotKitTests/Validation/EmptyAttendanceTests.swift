import BonTotKit
import XCTest

/// `attendance:` written and left empty: the minutes passed `check` and `build` without a word,
/// and only the meeting page ("không ghi số đảng viên dự họp") and the bulletin ("—") showed
/// it. A warning on its line says what to write, as `bontot new minutes` writes it.
final class EmptyAttendanceTests: XCTestCase {
    private let minutes = "content/minutes/2024/ap-2-2024-10.md"

    private func site(_ fields: String) -> [String: FileChange] {
        [minutes: .text("---\nbranch: ap-2\ndate: 2024-10-04\nkind: thuong-ky\n\(fields)\n---\nNội dung.\n")]
    }

    func testAttendanceLeftEmptyIsAWarningOnItsLineSayingWhatToWrite() throws {
        let loaded = try ValidationSite.load("minimal", site("attendance:\nspeakers: 5"))
        assertDiagnostics(loaded, [
            .warning(minutes, 5, "'attendance' để trống: biên bản chưa ghi số đảng viên dự họp, nên trang cuộc họp và bản tin không có "
                     + "tỷ lệ dự họp; hãy ghi attendance: { present: 25, expected: 28 } (số có mặt, số phải dự), như dòng mẫu của "
                     + "'bontot new minutes' / attendance is empty: write attendance: { present: 25, expected: 28 } (present, expected)"),
        ])
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.field), ["attendance"])
        XCTAssertNotNil(loaded.site, "a warning: the site still builds")
        try assertDiagnostics(site("attendance: ~"), [.warning(minutes, 5, "'attendance' để trống")])
    }

    func testAttendanceLeftOutOrFilledInIsNotWarned() throws {
        try assertDiagnostics(site("topic: Họp thường kỳ"), [])
        try assertDiagnostics(site("attendance: { present: 25, expected: 28 }"), [])
    }
}
