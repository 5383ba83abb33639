import BonTotKit
import XCTest

/// An `attendance:` a clerk got wrong. Left empty, the minutes passed `check` and `build` without
/// a word (only the meeting page, "không ghi số đảng viên dự họp", and the bulletin's "—" showed
/// it): a warning on its line says what to write, as `bontot new minutes` writes it. One number
/// (`attendance: 23`) was told "'attendance' cần một bảng các trường 'tên: giá trị'", which a
/// clerk cannot act on: the error gives the line to write, the number as the members present, as
/// `members: 26` is told.
final class AttendanceMistakeTests: XCTestCase {
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
        try assertDiagnostics(site("attendance: \"\""), [.warning(minutes, 5, "'attendance' để trống")])
    }

    func testAttendanceLeftOutOrFilledInIsNotWarned() throws {
        try assertDiagnostics(site("topic: Họp thường kỳ"), [])
        try assertDiagnostics(site("attendance: { present: 25, expected: 28 }"), [])
    }

    func testOneNumberIsToldTheLineToWriteWithItAsThePresent() throws {
        let loaded = try ValidationSite.load("minimal", site("attendance: 23"))
        assertDiagnostics(loaded, [
            .error(minutes, 5, "'attendance' cần số có mặt và số phải dự, không phải một số: hãy viết "
                   + "attendance: { present: 23, expected: <số phải dự> } (23 là số có mặt; số phải dự không tính người miễn sinh hoạt) "
                   + "/ write attendance: { present: 23, expected: <members expected> }"),
        ])
        XCTAssertFalse(loaded.diagnostics.sorted.contains { $0.message.contains("cần một bảng các trường") })
        // In quotes, or with the minutes' own word after it.
        for written in ["'23'", "23 người", "23 đồng chí"] {
            try assertDiagnostics(site("attendance: \(written)"),
                                  [.error(minutes, 5, "hãy viết attendance: { present: 23, expected: <số phải dự> }")])
        }
    }

    func testAFractionWithTheMinutesWordAfterItIsToldItsTwoNumbers() throws {
        try assertDiagnostics(site("attendance: 29 / 31 đồng chí"),
                              [.error(minutes, 5, "hãy viết hai số riêng, attendance: { present: 29, expected: 31 }")])
    }

    /// "29/31 đ/c" (a slash in the word too) and "29 trên 31" were told "cần một bảng các trường".
    func testAFractionWithAnAbbreviationOrSaidInWordsIsToldItsTwoNumbers() throws {
        for written in ["29/31 đ/c", "29 / 31 đ.c", "29 trên 31", "29 trên 31 đồng chí", "29 Trên 31"] {
            let loaded = try ValidationSite.load("minimal", site("attendance: \(written)"))
            assertDiagnostics(loaded, [.error(minutes, 5, "'attendance' ghi '\(written)' (có mặt/phải dự): hãy viết hai số riêng, "
                                              + "attendance: { present: 29, expected: 31 }")])
            XCTAssertFalse(loaded.diagnostics.sorted.contains { $0.message.contains("cần một bảng các trường") }, written)
        }
        try assertDiagnostics(site("attendance: 23 đ/c"), [.error(minutes, 5, "hãy viết attendance: { present: 23, expected: <số phải dự> }")])
    }

    /// "32 / 31" was advised `{ present: 32, expected: 31 }`, which is then refused as present above expected.
    func testAFractionWithMorePresentThanExpectedSaysSoRatherThanAdvisingItsNumbers() throws {
        let loaded = try ValidationSite.load("minimal", site("attendance: 32 / 31"))
        assertDiagnostics(loaded, [.error(minutes, 5, "'attendance' ghi '32 / 31' (có mặt/phải dự): số có mặt (32) lớn hơn số phải dự (31); "
                                          + "hãy đối chiếu với biên bản")])
        XCTAssertFalse(loaded.diagnostics.sorted.contains { $0.message.contains("present: 32") }, "\(loaded.diagnostics.sorted)")
    }

    func testOtherValuesThatAreNoMappingAreStillToldSo() throws {
        try assertDiagnostics(site("attendance: đủ"), [.error(minutes, 5, "'attendance' cần một bảng các trường 'tên: giá trị'")])
    }
}
