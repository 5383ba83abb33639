import BonTotKit
import XCTest

/// Fields that are missing, unknown, or hold a value outside their set, and dates that do not exist.
final class FieldValidationTests: XCTestCase {
    private let minutes = "content/minutes/2024/ap-2-2024-10.md"
    private let branch = "content/branches/cong-an-xa.yaml"

    /// A minutes file whose front matter holds `fields`, one per line from line 2.
    private func minutesFile(_ fields: String) -> FileChange {
        .text("---\n\(fields)\n---\nNội dung.\n")
    }

    func testMissingRequiredFieldsAreReportedOnTheMapping() throws {
        try assertDiagnostics([minutes: minutesFile("branch: ap-2\nkind: thuong-ky")],
                              [.error(minutes, 2, "missing required field 'date'")])
        try assertDiagnostics([branch: "name: Chi bộ Công an xã\nsecretary: Võ Minh Tâm\n"],
                              [.error(branch, 1, "missing required field 'kind'")])
        try assertDiagnostics(["site.yaml": "title: Cổng\norganization: Đảng bộ xã\n"],
                              [.error("site.yaml", 1, "missing required field 'place'")])
    }

    func testEmptyRequiredFieldIsReportedOnItsLine() throws {
        try assertDiagnostics([branch: "kind: cong-an\nsecretary: Võ Minh Tâm\nname:\n"],
                              [.error(branch, 3, "trường bắt buộc 'name' để trống / required field 'name' is empty")])
        try assertDiagnostics([branch: "name: Chi bộ Công an xã\nkind: \"  \"\n"],
                              [.error(branch, 2, "trường bắt buộc 'kind' để trống / required field 'kind' is empty")])
    }

    /// The field missing is named in both halves, as the Vietnamese half is the one a clerk reads.
    func testAMissingNestedFieldIsNamedInVietnameseToo() throws {
        try assertDiagnostics([minutes: minutesFile("branch: ap-2\ndate: 2024-10-04\nkind: thuong-ky\nattendance: { present: 20 }")], [
            .error(minutes, 5, "thiếu trường bắt buộc 'attendance.expected' / missing required field 'attendance.expected'"),
        ])
    }

    func testUnknownFieldsAreWarningsWithASuggestion() throws {
        try assertDiagnostics([branch: "name: Chi bộ Công an xã\nkind: cong-an\nsecretray: Võ Minh Tâm\nghi-chu: x\n"], [
            .warning(branch, 3, "unknown field 'secretray' (có phải 'secretary'? / did you mean 'secretary'?)"),
            .warning(branch, 4, "unknown field 'ghi-chu'"),
        ])
    }

    func testUnknownNestedFieldNamesItsPath() throws {
        try assertDiagnostics([minutes: minutesFile("branch: ap-2\ndate: 2024-10-04\nkind: thuong-ky\nattendance:\n  presnt: 20\n  expected: 29")], [
            .warning(minutes, 6, "unknown field 'attendance.presnt' (có phải 'present'? / did you mean 'present'?)"),
            .error(minutes, 6, "missing required field 'attendance.present'"),
        ])
    }

    func testUnknownKindAndFormatListTheAllowedValues() throws {
        try assertDiagnostics([minutes: minutesFile("branch: ap-2\ndate: 2024-10-04\nkind: thuong-ki\nformat: online")], [
            .error(minutes, 4, "unknown kind 'thuong-ki' (có phải 'thuong-ky'? / did you mean 'thuong-ky'?); dùng / use: thuong-ky, chuyen-de, cap-uy, bat-thuong"),
            .error(minutes, 5, "unknown format 'online'; dùng / use: truc-tiep, truc-tuyen, ket-hop"),
        ])
        try assertDiagnostics([branch: "name: Chi bộ Công an xã\nkind: congan\n"],
                              [.error(branch, 2, "unknown kind 'congan' (có phải 'cong-an'? / did you mean 'cong-an'?)")])
        try assertDiagnostics(["content/stories/hien-dat.md": "---\ntitle: Hiến đất\nkind: tap the\ndate: 2024-08-15\n---\n"],
                              [.error("content/stories/hien-dat.md", 3, "unknown kind 'tap the' (có phải 'tap-the'?")])
    }

    func testUnknownLevelValues() throws {
        let evaluation = "content/evaluations/2023.yaml"
        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(evaluation)"), encoding: .utf8)
        try assertDiagnostics([evaluation: .text(text.replacingOccurrences(of: "level: xuat-sac", with: "level: xuat-sax"))],
                              [.error(evaluation, 12, "unknown level 'xuat-sax' (có phải 'xuat-sac'?")])
        let rubric = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/content/rubric.yaml"), encoding: .utf8)
        try assertDiagnostics(["content/rubric.yaml": .text(rubric.replacingOccurrences(of: "min_level: tot", with: "min_level: tốt"))],
                              [.error("content/rubric.yaml", 20, "unknown level 'tốt'")])
        try assertDiagnostics([branch: "name: A\nkind: cong-an\nmember_ratings:\n  2024: { xuat-sac: 1, tott: 8 }\n"],
                              [.warning(branch, 4, "unknown level 'tott' (có phải 'tot'?")])
    }

    /// A typing slip in the rubric ("3O" for 30) is the rubric's error alone: the score files are
    /// not told that the criterion's column is unknown, nor the rubric that its other criteria
    /// do not fill the scale, as when the criterion was left out.
    func testAMistypedMaximumInTheRubricIsItsOnlyError() throws {
        let rubric = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/content/rubric.yaml"), encoding: .utf8)
        let mistyped = rubric.replacingOccurrences(of: "sinh-hoat, name: Chất lượng sinh hoạt tốt, max: 30", with:
                                                    "sinh-hoat, name: Chất lượng sinh hoạt tốt, max: 3O")
        XCTAssertNotEqual(mistyped, rubric)
        try assertDiagnostics(["content/rubric.yaml": .text(mistyped)],
                              [.error("content/rubric.yaml", 9, "'criteria[1].max' must be a number")])
    }

    func testDatesThatDoNotExist() throws {
        try assertDiagnostics([minutes: minutesFile("branch: ap-2\ndate: 2024-02-30\nkind: thuong-ky")],
                              [.error(minutes, 3, "the date does not exist: '2024-02-30'")])
        try assertDiagnostics([minutes: minutesFile("branch: ap-2\ndate: 2023-02-29\nkind: thuong-ky")],
                              [.error(minutes, 3, "the date does not exist: '2023-02-29'")])
        try assertDiagnostics([minutes: minutesFile("branch: ap-2\ndate: 2024-10-29\nkind: thuong-ky\nresolutions:\n  - { text: Nạo vét kênh, due: 2024-11-31 }")],
                              [.error(minutes, 6, "the date does not exist: '2024-11-31'")])
    }

    func testDatesWrittenAnotherWaySuggestTheISOForm() throws {
        try assertDiagnostics([minutes: minutesFile("branch: ap-2\ndate: 04/10/2024\nkind: thuong-ky")],
                              [.error(minutes, 3, "write the date as 2024-10-04, got '04/10/2024'")])
        try assertDiagnostics([branch: "name: A\nkind: cong-an\nfounded: 1976-3-2\n"],
                              [.error(branch, 3, "write the date as 1976-03-02")])
        try assertDiagnostics([branch: "name: A\nkind: cong-an\nfounded: tháng ba\n"],
                              [.error(branch, 3, "a date must be written YYYY-MM-DD, got 'tháng ba'")])
    }

    func testAMeetingDatedOutsideItsYearFolder() throws {
        try assertDiagnostics([minutes: minutesFile("branch: ap-2\ndate: 2042-10-04\nkind: thuong-ky")],
                              [.error(minutes, 3, "not in the year of its folder (2024?)"),
                               .warning(minutes, 3, "biên bản ghi ngày 04 tháng 10 năm 2042, sau hôm nay")])
        try assertDiagnostics([minutes: minutesFile("branch: ap-2\ndate: 2025-01-04\nkind: thuong-ky")],
                              [.warning(minutes, 3, "not in the year of its folder")])
    }

    func testAttendanceAboveExpected() throws {
        try assertDiagnostics([minutes: minutesFile("branch: ap-2\ndate: 2024-10-04\nkind: thuong-ky\nattendance: { present: 30, expected: 29 }")],
                              [.error(minutes, 5, "present is above expected")])
        try assertDiagnostics([minutes: minutesFile("branch: ap-2\ndate: 2024-10-04\nkind: thuong-ky\nattendance:\n  expected: 29\n  present: 30")],
                              [.error(minutes, 7, "số có mặt (30) lớn hơn số phải dự (29); hãy đối chiếu với biên bản: số phải dự là "
                                                 + "số đảng viên của chi bộ trừ người được miễn sinh hoạt")])
    }

    func testTimesAndNumbers() throws {
        try assertDiagnostics([minutes: minutesFile("branch: ap-2\ndate: 2024-10-04\nkind: thuong-ky\nstart: \"25:00\"\nspeakers: nhiều\nquality: { score: 120 }")], [
            .error(minutes, 5, "invalid time"),
            .error(minutes, 6, "'speakers' must be a whole number"),
            .error(minutes, 7, "quality score must be 0–100"),
        ])
    }
}
