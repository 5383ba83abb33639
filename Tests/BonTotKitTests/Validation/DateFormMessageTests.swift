import BonTotKit
import XCTest

/// A date in the wrong form says so first, with the date to write when it can be read; only a
/// date in the right form that does not exist is said not to exist. A clerk who fixes
/// `32/13/2026` to `31/12/2026` must not meet a second, different error.
final class DateFormMessageTests: XCTestCase {
    private let minutes = "content/minutes/2024/ap-2-2024-10.md"

    private func minutesFile(date: String) -> FileChange {
        .text("---\nbranch: ap-2\ndate: \(date)\nkind: thuong-ky\n---\n")
    }

    func testADateInTheWrongFormThatIsNoDaySaysTheFormFirst() throws {
        try assertDiagnostics([minutes: minutesFile(date: "32/13/2026")], [
            .error(minutes, 3, "ngày 'date' phải viết dạng YYYY-MM-DD; '32/13/2026' cũng không phải ngày có thật"),
        ])
        try assertDiagnostics([minutes: minutesFile(date: "2024-9-31")], [
            .error(minutes, 3, "a date must be written YYYY-MM-DD, got '2024-9-31', which is no real day either"),
        ])
    }

    func testADateInTheWrongFormThatCanBeReadSuggestsTheFormToWrite() throws {
        try assertDiagnostics([minutes: minutesFile(date: "31/12/2026")], [
            .error(minutes, 3, "ngày 'date' phải viết dạng YYYY-MM-DD, ví dụ 2026-12-31 / write the date as 2026-12-31, got '31/12/2026'"),
        ])
    }

    /// `5/11/26`, the year in two digits as one writes it by hand: the date to write, as every
    /// other form readable as a day is given it.
    func testADateWithATwoDigitYearSuggestsTheDateToWrite() throws {
        try assertDiagnostics([minutes: minutesFile(date: "5/11/26")], [
            .error(minutes, 3, "ngày 'date' phải viết dạng YYYY-MM-DD, ví dụ 2026-11-05 / write the date as 2026-11-05, got '5/11/26'"),
        ])
        try assertDiagnostics([minutes: minutesFile(date: "05.11.26")], [
            .error(minutes, 3, "ngày 'date' phải viết dạng YYYY-MM-DD, ví dụ 2026-11-05"),
        ])
        try assertDiagnostics([minutes: minutesFile(date: "31/2/26")], [
            .error(minutes, 3, "'31/2/26' cũng không phải ngày có thật (ngày 31, tháng 2, năm 2026)"),
        ])
    }

    func testADateInTheRightFormThatDoesNotExistSaysSo() throws {
        try assertDiagnostics([minutes: minutesFile(date: "2026-13-32")], [
            .error(minutes, 3, "ngày '2026-13-32' không tồn tại / the date does not exist: '2026-13-32'"),
        ])
        try assertDiagnostics([minutes: minutesFile(date: "2025-02-29")], [
            .error(minutes, 3, "ngày '2025-02-29' không tồn tại"),
        ])
    }
}
