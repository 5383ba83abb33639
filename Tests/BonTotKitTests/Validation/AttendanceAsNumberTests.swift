import BonTotKit
import XCTest

/// `attendance: 23`, one number where the front matter wants the members present and expected:
/// told "'attendance' cần một bảng các trường 'tên: giá trị'", which a clerk cannot act on. The
/// error gives the line to write, the number as the members present, as `members: 26` is told.
final class AttendanceAsNumberTests: XCTestCase {
    private let minutes = "content/minutes/2024/ap-2-2024-10.md"

    private func site(_ fields: String) -> [String: FileChange] {
        [minutes: .text("---\nbranch: ap-2\ndate: 2024-10-04\nkind: thuong-ky\n\(fields)\n---\nNội dung.\n")]
    }

    func testOneNumberIsToldTheLineToWriteWithItAsThePresent() throws {
        let loaded = try ValidationSite.load("minimal", site("attendance: 23"))
        assertDiagnostics(loaded, [
            .error(minutes, 5, "'attendance' cần số có mặt và số phải dự, không phải một số: hãy viết "
                   + "attendance: { present: 23, expected: <số phải dự> } (23 là số có mặt; số phải dự không tính người miễn sinh hoạt) "
                   + "/ write attendance: { present: 23, expected: <members expected> }"),
        ])
        XCTAssertFalse(loaded.diagnostics.sorted.contains { $0.message.contains("cần một bảng các trường") })
    }

    func testOtherValuesThatAreNoMappingAreStillToldSo() throws {
        try assertDiagnostics(site("attendance: đủ"), [.error(minutes, 5, "'attendance' cần một bảng các trường 'tên: giá trị'")])
    }
}
