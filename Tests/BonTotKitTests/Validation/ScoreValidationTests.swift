import BonTotKit
import XCTest

/// Scores checked against the rubric, in YAML and CSV, and the rubric checked against itself.
final class ScoreValidationTests: XCTestCase {
    private let yaml = "content/evaluations/2023.yaml"
    private let csv = "content/evaluations/2024.csv"
    private let rubric = "content/rubric.yaml"

    /// An evaluation of the minimal site's rubric for one branch, `ap-2`, from line 3.
    private func evaluation(_ scores: String) -> FileChange {
        .text("period: 2023\nscores:\n  ap-2:\n" + scores.split(separator: "\n").map { "    \($0)\n" }.joined())
    }

    private func fixtureText(_ path: String) throws -> String {
        try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(path)"), encoding: .utf8)
    }

    func testYAMLScoresAboveTheirMaxOrBelowZero() throws {
        try assertDiagnostics([yaml: evaluation("""
            nhiem-vu-chinh-tri: { chi-tieu: 16, tien-do: 10 }
            sinh-hoat: 31
            doan-ket-ky-luat: -1
            dang-vien: 15
            bonus: 6
            """)], [
            .error(yaml, 4, "điểm 'nhiem-vu-chinh-tri.chi-tieu' của 'ap-2' là 16, vượt điểm tối đa 15 / score above its max 15"),
            .error(yaml, 5, "score above its max 30"),
            .error(yaml, 6, "là -1, nhỏ hơn 0 / score below 0"),
            .error(yaml, 8, "'bonus' của 'ap-2' là 6, vượt điểm tối đa 5"),
        ])
    }

    func testYAMLItemsOnTheirOwnLines() throws {
        try assertDiagnostics([yaml: evaluation("""
            nhiem-vu-chinh-tri:
              chi-tieu: 12
              tien-do: 15,5
            sinh-hoat: 24
            doan-ket-ky-luat: 16
            dang-vien: 15
            """)], [.error(yaml, 6, "'nhiem-vu-chinh-tri.tien-do' của 'ap-2' là 15.5, vượt điểm tối đa 15")])
    }

    func testMissingAndNonNumericScores() throws {
        try assertDiagnostics([yaml: evaluation("""
            nhiem-vu-chinh-tri: { chi-tieu: 12, tien-do: 11 }
            sinh-hoat: nhiều
            dang-vien: .nan
            violation: 1
            """)], [
            .error(yaml, 3, "missing score 'doan-ket-ky-luat'"),
            .error(yaml, 5, "'nhiều' is not a number"),
            .error(yaml, 6, "'.nan' is not a number"),
            .warning(yaml, 7, "unknown field 'violation' (có phải 'violations'?"),
        ])
    }

    /// An office that keeps only a criterion's total may write it even when the rubric has items.
    func testCriterionTotalInPlaceOfItems() throws {
        let loaded = try ValidationSite.load("minimal", [yaml: evaluation("""
            nhiem-vu-chinh-tri: 23
            sinh-hoat: 24
            doan-ket-ky-luat: 16
            dang-vien: 15
            """)])
        // The fixture's evaluation scores one branch of four: the others are named, not errors.
        assertDiagnostics(loaded, ["ap-1", "cong-an-xa", "truong-thcs"].map { .warning(yaml, 1, "chưa có điểm của chi bộ '\($0)'") })
        XCTAssertEqual(loaded.site?.evaluations.first?.entries.first?.criterionScores["nhiem-vu-chinh-tri"], 23)
        try assertDiagnostics([yaml: evaluation("nhiem-vu-chinh-tri: 31\nsinh-hoat: 24\ndoan-ket-ky-luat: 16\ndang-vien: 15")],
                              [.error(yaml, 4, "score above its max 30")])
    }

    /// CSV lines are the spreadsheet's rows: a note spanning two lines and a blank row count.
    func testCSVScoresNameTheirSpreadsheetRow() throws {
        let text = try fixtureText(csv)
            .replacingOccurrences(of: "Tặng Giấy khen", with: "\"Tặng Giấy khen;\r\nvì \"\"dân vận khéo\"\"\"")
            .replacingOccurrences(of: "ap-2;12;12;25;17;16;0", with: "\r\nap-2;12;12;25;17;16;6")
            .replacingOccurrences(of: "cong-an-xa;10;9;17", with: "cong-an-xa;10;-9;17")
        let loaded = try ValidationSite.load("minimal", [csv: .text(text)])
        assertDiagnostics(loaded, [
            .error(csv, 5, "điểm 'bonus' của 'ap-2' là 6, vượt điểm tối đa 5"),
            .error(csv, 7, "điểm 'nhiem-vu-chinh-tri.tien-do' của 'cong-an-xa' là -9, nhỏ hơn 0"),
        ])
        XCTAssertEqual(loaded.site?.evaluations.last?.entries.first?.note, "Tặng Giấy khen;\r\nvì \"dân vận khéo\"")
    }

    func testCSVUnknownColumnIsReportedOnceOnTheHeader() throws {
        let text = try fixtureText(csv).replacingOccurrences(of: ";level;note", with: ";levle;note")
        try assertDiagnostics([csv: .text(text)],
                              [.warning(csv, 1, "unknown field 'levle' (có phải 'level'? / did you mean 'level'?)")])
    }

    /// A column headed with part of a criterion's name ("Đoàn kết" for "Đoàn kết, kỷ luật tốt")
    /// is one mistake: one error on the header, naming the criterion the file lacks that it
    /// likely means, and no missing score on every row. A cell left empty under a right header
    /// is still its row's error.
    func testCSVColumnNamedLikeACriterionIsOneErrorOnTheHeaderWithThatCriterion() throws {
        let text = try fixtureText(csv).replacingOccurrences(of: ";doan-ket-ky-luat;", with: ";Đoàn kết;")
            .replacingOccurrences(of: "ap-2;12;12;25;17;16;", with: "ap-2;12;12;25;17;;")
        try assertDiagnostics([csv: .text(text)], [
            .error(csv, 1, "cột 'Đoàn kết' không khớp tiêu chí nào; có phải 'doan-ket-ky-luat' (Đoàn kết, kỷ luật tốt)? "
                   + "/ the column matches no criterion; did you mean 'doan-ket-ky-luat'?"),
            .error(csv, 3, "chi bộ 'ap-2' thiếu điểm 'dang-vien' / missing score 'dang-vien'"),
        ])
    }

    /// The same for an item of a split criterion and a typo in an id. (The ranking table's short
    /// name of a criterion, "TC4", names it: `ClerkWorkbookTests.testHeadersWithPointsInBracketsOrCriterionNumbers`.)
    func testCSVColumnNamedLikeAnItemOrMistypedIsMatchedToIt() throws {
        let header = try fixtureText(csv)
        for (written, meant, name) in [("Tiến độ", "nhiem-vu-chinh-tri.tien-do", "Tiến độ, chất lượng lãnh đạo"),
                                       ("dang-vein", "dang-vien", "Cán bộ, đảng viên tốt")] {
            let column = meant == "dang-vien" ? ";dang-vien;" : ";nhiem-vu-chinh-tri.tien-do;"
            try assertDiagnostics([csv: .text(header.replacingOccurrences(of: column, with: ";\(written);"))], [
                .error(csv, 1, "cột '\(written)' không khớp tiêu chí nào; có phải '\(meant)' (\(name))?"),
            ])
        }
    }

    /// A criterion no column holds and no column looks like: one error on the header row, not
    /// one per row; a column that names nothing ("STT") keeps its warning.
    func testCSVWithoutACriterionColumnIsOneErrorOnTheHeader() throws {
        let text = try fixtureText(csv).replacingOccurrences(of: ";dang-vien;", with: ";STT;")
        try assertDiagnostics([csv: .text(text)], [
            .error(csv, 1, "dòng tiêu đề thiếu cột 'dang-vien' (Cán bộ, đảng viên tốt) / the header row has no column 'dang-vien'"),
            .warning(csv, 1, "unknown field 'STT'"),
        ])
    }

    /// A first column that is not the branch is one error naming it; an "STT" column in front is
    /// left out, so the error names the column after it.
    func testCSVWithoutBranchColumn() throws {
        try assertDiagnostics([csv: "ten;sinh-hoat\nap-1;28\n"],
                              [.error(csv, 1, "the first column must be 'branch', got 'ten'")])
        try assertDiagnostics([csv: "stt;sinh-hoat\n1;28\n"],
                              [.error(csv, 1, "the first column must be 'branch', got 'sinh-hoat'")])
    }

    func testCSVCommaSeparatedLFWithoutBOM() throws {
        let loaded = try ValidationSite.load("minimal", [csv: """
            branch,nhiem-vu-chinh-tri.chi-tieu,nhiem-vu-chinh-tri.tien-do,sinh-hoat,doan-ket-ky-luat,dang-vien,bonus
            ap-1,12,12,25,17,16,"1,5"
            ap-2,12,12,25,17,21,0
            """])
        assertDiagnostics(loaded, [.error(csv, 3, "'dang-vien' của 'ap-2' là 21, vượt điểm tối đa 20")])
        XCTAssertEqual(loaded.site?.evaluations.last?.entries.first?.bonus, 1.5)
    }

    func testRubricItemsThatDoNotSumToTheirCriterion() throws {
        let text = try fixtureText(rubric).replacingOccurrences(of: "    max: 30\n    items:", with: "    max: 35\n    items:")
        try assertDiagnostics([rubric: .text(text)], [
            .warning(rubric, 1, "criteria sum to 105, not the scale"),
            .error(rubric, 6, "items sum to 30, not the criterion's max 35"),
        ])
    }

    func testRubricLevelsNotInDescendingMin() throws {
        let text = try fixtureText(rubric).replacingOccurrences(of: "name: Hoàn thành nhiệm vụ, min: 50", with: "name: Hoàn thành nhiệm vụ, min: 75")
        try assertDiagnostics([rubric: .text(text)],
                              [.error(rubric, 16, "'hoan-thanh' (min 75) đứng sau 'tot' (min 70) / levels must be in descending min")])
    }

    func testRubricCriteriaThatDoNotSumToTheScale() throws {
        let text = try fixtureText(rubric).replacingOccurrences(of: "scale: 100", with: "scale: 110")
        try assertDiagnostics([rubric: .text(text)], [.warning(rubric, 1, "criteria sum to 100, not the scale")])
    }
}
