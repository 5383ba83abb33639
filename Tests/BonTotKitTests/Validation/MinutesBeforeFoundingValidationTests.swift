import BonTotKit
import Foundation
import XCTest

/// A meeting dated before its branch was founded is a warning in the minutes file, naming the
/// founding day and the branch's file: the meeting falls outside the months the branch is held
/// to, so one of the two dates is wrong.
final class MinutesBeforeFoundingValidationTests: XCTestCase {
    private let branch = "content/branches/ap-1.yaml"

    private func founded(_ date: String) throws -> [String: FileChange] {
        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/" + branch), encoding: .utf8)
        let changed = text.replacingOccurrences(of: "founded: 1976-03-02", with: "founded: \(date)")
        XCTAssertNotEqual(changed, text)
        // Without the scores of 2023, which would be a warning of their own (ScoresBeforeFoundingTests).
        return [branch: .text(changed), "content/evaluations/2023.yaml": .remove]
    }

    func testAMeetingBeforeTheFoundingDayIsAWarningInItsFile() throws {
        let loaded = try ValidationSite.load("minimal", try founded("2024-09-10"))
        let message = "biên bản ghi ngày 05 tháng 9 năm 2024, trước ngày thành lập Chi bộ ấp 1 (ngày 10 tháng 9 năm 2024, ghi ở \(branch):10)"
        assertDiagnostics(loaded, [.warning("content/minutes/2024/ap-1-2024-09.md", 3, message)])
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.field), ["date"])
        XCTAssertEqual(loaded.diagnostics.errorCount, 0, "a warning: the site still builds")
    }

    func testAMeetingOnTheFoundingDayIsNone() throws {
        try assertDiagnostics(try founded("2024-09-05"), [])
    }
}
