import BonTotKit
import Foundation
import XCTest

/// A date in the past by nature written with a two-digit year, as by hand (a branch `founded:
/// 19/5/78`): a year above this year's two digits is last century's, and the date to write is
/// told as 1978-05-19, not 2078-05-19. The dates of meetings keep this century's.
final class PastTwoDigitYearTests: XCTestCase {
    private let branch = "content/branches/ap-1.yaml"
    private let story = "content/stories/bi-thu-8x.md"

    private func fixture(_ path: String) throws -> String {
        try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(path)"), encoding: .utf8)
    }

    func testABranchFoundedWithATwoDigitYearIsToldLastCenturysDate() throws {
        let text = try fixture(branch).replacingOccurrences(of: "founded: 1976-03-02", with: "founded: 19/5/78")
        try assertDiagnostics([branch: .text(text)], [
            .error(branch, 10, "ngày 'founded' phải viết dạng YYYY-MM-DD, ví dụ 1978-05-19 / write the date as 1978-05-19, got '19/5/78'"),
        ])
        // This year's two digits, or below them, are this century's.
        let thisYear = CalendarDate.today().year % 100
        let recent = try fixture(branch).replacingOccurrences(of: "founded: 1976-03-02", with: "founded: 2/3/\(String(format: "%02d", thisYear))")
        try assertDiagnostics([branch: .text(recent)], [
            .error(branch, 10, "ví dụ 20\(String(format: "%02d", thisYear))-03-02"),
        ])
    }

    /// A story is dated the day it was written, never after today: its two-digit year is read so too.
    func testAStoryDateWithATwoDigitYearAboveThisYearsIsLastCenturys() throws {
        let text = try fixture(story).replacingOccurrences(of: "date: 2024-10-01", with: "date: 1/10/98")
        try assertDiagnostics([story: .text(text)], [
            .error(story, 6, "ví dụ 1998-10-01 / write the date as 1998-10-01, got '1/10/98'"),
        ])
    }

    /// A meeting's date keeps this century's year, whatever its two digits.
    func testAMeetingsTwoDigitYearStaysThisCenturys() throws {
        let minutes = "content/minutes/2024/ap-2-2024-10.md"
        try assertDiagnostics([minutes: .text("---\nbranch: ap-2\ndate: 5/9/98\nkind: thuong-ky\n---\n")], [
            .error(minutes, 3, "ví dụ 2098-09-05 / write the date as 2098-09-05, got '5/9/98'"),
        ])
    }
}
