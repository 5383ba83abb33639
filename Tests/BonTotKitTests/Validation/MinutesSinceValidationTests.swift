import BonTotKit
import Foundation
import XCTest

/// `minutes_since` in `site.yaml` and in a branch's file: a month written YYYY-MM (a whole day
/// is taken as its month); any other form is an error giving the month to write, and a month
/// after the latest minutes or after this month a warning, for nothing would be counted. The
/// fixture's latest minutes are of September 2024.
final class MinutesSinceValidationTests: XCTestCase {
    /// The fixture's own `site.yaml` (ten lines), to which the tests add line 11.
    private static let siteYAML = (try? String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/site.yaml"), encoding: .utf8)) ?? ""

    private static let apHai = """
        name: Chi bộ ấp 2
        kind: khu-dan-cu
        cluster: cum-ap
        secretary: Nguyễn Văn An
        members: { official: 31, probationary: 0 }
        households: 350

        """

    private func site(minutesSince: String) -> [String: FileChange] {
        ["site.yaml": .text(Self.siteYAML + "minutes_since: \(minutesSince)\n")]
    }

    func testAMonthAndAWholeDayAreTakenWithoutAWord() throws {
        try assertDiagnostics(site(minutesSince: "2024-09"), [])
        try assertDiagnostics(site(minutesSince: "2024-09-01"), [])
        try assertDiagnostics(["content/branches/ap-2.yaml": .text(Self.apHai + "minutes_since: 2024-09\n")], [])
    }

    func testAnotherFormIsAnErrorGivingTheMonthToWrite() throws {
        try assertDiagnostics(site(minutesSince: "2024/09"), [
            .error("site.yaml", 11, "'minutes_since' phải viết tháng dạng YYYY-MM, ví dụ 2024-09 (tháng bắt đầu ghi biên bản trên bontot), "
                   + "không phải '2024/09'"),
        ])
        try assertDiagnostics(site(minutesSince: "tháng 9/2024"), [.error("site.yaml", 11, "ví dụ 2024-09")])
        try assertDiagnostics(site(minutesSince: "01/09/2024"), [.error("site.yaml", 11, "ví dụ 2024-09")])
        try assertDiagnostics(site(minutesSince: "tháng 3"), [.error("site.yaml", 11, "'tháng 3' thiếu năm; hãy ghi cả năm và tháng")])
        try assertDiagnostics(["content/branches/ap-2.yaml": .text(Self.apHai + "minutes_since: 2024-13\n")],
                              [.error("content/branches/ap-2.yaml", 7, "'minutes_since' phải viết tháng dạng YYYY-MM")])
    }

    /// A list was told "không phải ''" (nothing quoted), and month 13 was given the form to
    /// write, which it was written in.
    func testAListOrAMonthThatDoesNotExistIsToldWhatItIs() throws {
        try assertDiagnostics(site(minutesSince: "[2024, 9]"), [
            .error("site.yaml", 11, "'minutes_since' cần một tháng dạng YYYY-MM, ví dụ 2025-03, không phải một danh sách"),
        ])
        try assertDiagnostics(site(minutesSince: "2024-13"), [
            .error("site.yaml", 11, "'minutes_since' phải viết tháng dạng YYYY-MM: không có tháng 13 trong '2024-13' (tháng từ 01 đến 12)"),
        ])
    }

    /// A site taking up bontot this month, its older minutes entered: no minutes of this month
    /// are in yet, and the month is right (it was told to check the year and the month).
    func testThisMonthIsNoMistake() throws {
        try assertDiagnostics(site(minutesSince: CalendarDate.today().yearMonth.description), [])
    }

    func testAMonthAfterTheLatestMinutesOrThisMonthCountsNothing() throws {
        try assertDiagnostics(site(minutesSince: "2024-10"), [
            .warning("site.yaml", 11, "'minutes_since' ghi tháng 10 năm 2024, sau tháng có biên bản mới nhất (tháng 9 năm 2024): "
                     + "chưa tháng nào được tính vào nền nếp sinh hoạt của các chi bộ"),
        ])
        try assertDiagnostics(site(minutesSince: "2099-01"), [.warning("site.yaml", 11, "sau tháng này")])
        try assertDiagnostics(["content/branches/ap-2.yaml": .text(Self.apHai + "minutes_since: 2025-01\n")], [
            .warning("content/branches/ap-2.yaml", 7, "nền nếp sinh hoạt của Chi bộ ấp 2"),
        ])
    }

    func testAMeetingBeforeTheBranchsOwnMonthIsFine() throws {
        try assertDiagnostics([
            "content/branches/ap-2.yaml": .text(Self.apHai + "minutes_since: 2024-09\n"),
            "content/minutes/2024/ap-2-2024-08.md": """
                ---
                branch: ap-2
                date: 2024-08-06
                kind: thuong-ky
                format: ket-hop
                attendance: { present: 27, expected: 29, excused: 2, unexcused: 0 }
                ---
                Chi bộ triển khai nghị quyết tháng 8.
                """,
        ], [])
    }

    func testAMisspeltNameIsAnUnknownFieldPointingToIt() throws {
        try assertDiagnostics(["site.yaml": .text(Self.siteYAML + "minute_since: 2024-09\n")],
                              [.warning("site.yaml", 11, "(có phải 'minutes_since'?")])
    }
}
