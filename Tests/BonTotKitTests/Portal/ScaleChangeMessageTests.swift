import XCTest
@testable import BonTotKit

/// What `check` says of a score file filled on the wrong year's form, in a site whose scale
/// changed (`Tests/Fixtures/sites/former-rubric`: `rubrics/2020.yaml` of three criteria
/// judged 2020–2022, `rubric.yaml` since 2023). "unknown field 'lanh-dao'" alone, or "missing
/// score 'doan-ket-ky-luat'", sent the office looking in `rubric.yaml`; the message names the
/// scale that has the criterion and the one scoring the period.
final class ScaleChangeMessageTests: SiteCopyTestCase {
    private func diagnostics(_ path: String, _ text: String) throws -> [Diagnostic] {
        let built = BuiltSite.rebuild(root: keep(try BuiltSite.prepare("former-rubric", changes: [path: text])))
        return built.report.diagnostics.sorted.filter { $0.location.file == path }
    }

    /// The one diagnostic of `found` whose message holds `marker`, of `severity`.
    private func told(_ found: [Diagnostic], _ marker: String, severity: Diagnostic.Severity,
                      file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let diagnostic = try XCTUnwrap(found.first { $0.message.contains(marker) }, "\(found)", file: file, line: line)
        XCTAssertEqual(diagnostic.severity, severity, file: file, line: line)
        return diagnostic.message
    }

    /// A sheet on the wrong year's form: a column of 2020's scale in 2024 (a former year's form
    /// copied), and one of today's scale in 2022 (today's form used to enter a former year). Each
    /// names the scale the column belongs to and the one scoring the period.
    func testAColumnOfAnotherScaleNamesThatScaleAndThePeriodsOwn() throws {
        let cases = [
            ("2024-q4", "branch;nhiem-vu-chinh-tri;sinh-hoat;doan-ket-ky-luat;dang-vien;lanh-dao\nap-bac;28;27;18;18;38\n",
             "'lanh-dao' là tiêu chí của thang điểm áp dụng từ năm 2020 (content/rubrics/2020.yaml), "
                + "còn kỳ 2024-q4 chấm theo thang điểm áp dụng từ năm 2023 (content/rubric.yaml)"),
            ("2022-q4", "branch;lanh-dao;sinh-hoat;xay-dung-dang;doan-ket-ky-luat\nap-bac;38;29;29;18\n",
             "'doan-ket-ky-luat' là tiêu chí của thang điểm áp dụng từ năm 2023 (content/rubric.yaml), "
                + "còn kỳ 2022-q4 chấm theo thang điểm áp dụng từ năm 2020 (content/rubrics/2020.yaml)"),
        ]
        for (period, csv, words) in cases {
            let column = String(words.dropFirst().prefix { $0 != "'" })
            let unknown = try told(try diagnostics("content/evaluations/\(period).csv", csv), "unknown field '\(column)'", severity: .warning)
            XCTAssertTrue(unknown.contains(words), unknown)
            XCTAssertTrue(unknown.contains("điểm cột này không được tính"), unknown)
        }
    }

    /// A former year's scores in YAML copied for today: the criterion new since is missing, and
    /// the error says it is new; a criterion both scales have says nothing more.
    func testAMissingNewCriterionIsToldItCameWithTheNewScale() throws {
        let found = try diagnostics("content/evaluations/2024-q4.yaml",
                                    "period: 2024-q4\nscores:\n  ap-bac: { lanh-dao: 38, xay-dung-dang: 29, dang-vien: 18 }\n")
        let missing = try told(found, "thiếu điểm 'doan-ket-ky-luat'", severity: .error)
        XCTAssertTrue(missing.contains("tiêu chí mới của thang điểm áp dụng từ năm 2023 (content/rubric.yaml), "
                                       + "thang điểm chấm kỳ 2024-q4, không có trong thang điểm trước đó (content/rubrics/2020.yaml)"), missing)
        let both = try told(found, "thiếu điểm 'sinh-hoat'", severity: .error)
        XCTAssertFalse(both.contains("tiêu chí mới"), "sinh-hoat is on both scales: \(both)")
        let field = try told(found, "unknown field 'lanh-dao'", severity: .warning)
        XCTAssertTrue(field.contains("thang điểm áp dụng từ năm 2020 (content/rubrics/2020.yaml)"), field)
    }

    /// A site of one scale is told what it was told before.
    func testASiteOfOneScaleKeepsItsMessages() throws {
        let root = keep(try BuiltSite.prepare("portal", changes: [
            "content/evaluations/2024-q4.csv": "branch;nhiem-vu-chinh-tri;sinh-hoat;doan-ket-ky-luat;dang-vien;lanh-dao\nap-bac;28;27;18;18;38\n",
        ]))
        let found = BuiltSite.rebuild(root: root).report.diagnostics.sorted.filter { $0.message.contains("unknown field 'lanh-dao'") }
        XCTAssertEqual(found.count, 1)
        XCTAssertFalse(found.first?.message.contains("thang điểm áp dụng") ?? true, "\(found)")
    }
}
