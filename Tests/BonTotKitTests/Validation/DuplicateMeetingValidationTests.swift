import BonTotKit
import Foundation
import XCTest

/// Two minutes files of one meeting (same branch, date and kind), as a Word document imported
/// twice leaves them: a warning in each, naming both, like the duplicate-slug error.
final class DuplicateMeetingValidationTests: XCTestCase {
    private let first = "content/minutes/2024/ap-1-2024-09.md"
    private let second = "content/minutes/2024/ap-1-2024-09-2.md"

    private func fixtureMinutes() throws -> String {
        try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/" + first), encoding: .utf8)
    }

    func testTheSameMeetingInTwoFilesIsAWarningInEachNamingBoth() throws {
        let loaded = try ValidationSite.load("minimal", [second: .text(try fixtureMinutes())])
        let message = "2 biên bản cùng ghi một cuộc họp (chi bộ 'ap-1', ngày 2024-09-05, sinh hoạt thường kỳ): \(second), \(first)"
        assertDiagnostics(loaded, [.warning(first, 2, message), .warning(second, 2, message)])
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.field), ["branch", "branch"])
        XCTAssertEqual(loaded.diagnostics.errorCount, 0, "a warning: the site still builds")
        XCTAssertEqual(loaded.diagnostics.sorted.first?.description,
                       "\(second):2: warning: \(message); bản tin và bảng nền nếp sẽ đếm thành 2 cuộc. "
                       + "Nếu một biên bản bị nhập hai lần, hãy xóa tệp thừa / 2 minutes record one meeting "
                       + "(branch 'ap-1', 2024-09-05, thuong-ky): \(second), \(first)")
    }

    func testAnotherDateKindOrBranchIsAnotherMeeting() throws {
        let text = try fixtureMinutes()
        for changed in [text.replacingOccurrences(of: "date: 2024-09-05", with: "date: 2024-09-06"),
                        text.replacingOccurrences(of: "kind: thuong-ky", with: "kind: bat-thuong")] {
            XCTAssertNotEqual(changed, text)
            try assertDiagnostics([second: .text(changed)], [])
        }
        // Another branch in a file named after ap-1: no duplicate, but the name disagrees (and
        // ap-1's 40 expected are more than ap-2's 31 members).
        try assertDiagnostics([second: .text(text.replacingOccurrences(of: "branch: ap-1", with: "branch: ap-2"))],
                              [.warning(second, 2, "tên tệp 'ap-1-2024-09-2' ghi chi bộ 'ap-1' nhưng 'branch' là 'ap-2'"),
                               .warning(second, 11, "số phải dự (40) nhiều hơn số đảng viên của chi bộ (31")])
    }
}
