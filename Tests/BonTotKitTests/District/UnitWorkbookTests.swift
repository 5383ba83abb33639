import BonTotKit
import Foundation
import XCTest

/// A district's unit scores straight from Excel (`unit-evaluations/2024.xlsx`, a merged title row
/// above the header, a score typed as text) rank the units as the same scores in YAML do.
final class UnitWorkbookTests: XCTestCase {
    private func rankingRows(_ page: String) -> String {
        let body = page.components(separatedBy: "<tbody>").dropFirst().first?.components(separatedBy: "</tbody>").first ?? ""
        return body.replacingOccurrences(of: #"<[^>]+>"#, with: " ", options: .regularExpression)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The rows of the 2024 unit ranking from the fixture's scores in YAML: what the same scores
    /// written any other way must rank as.
    private func rankingFromYAML(file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let (site, report) = try DistrictFixture.build(for: self)
        XCTAssertTrue(report.succeeded, report.problems, file: file, line: line)
        let rows = rankingRows(DistrictFixture.page(site, "xep-hang-don-vi/2024/index.html"))
        XCTAssertFalse(rows.isEmpty, file: file, line: line)
        return rows
    }

    /// Builds `site`, which must succeed and rank the units in 2024 as `expected`; its report.
    @discardableResult
    private func assertRanks(_ site: IncrementalSite, as expected: String,
                             file: StaticString = #filePath, line: UInt = #line) -> BuildReport {
        let report = site.build()
        XCTAssertTrue(report.succeeded, report.problems, file: file, line: line)
        XCTAssertEqual(rankingRows(DistrictFixture.page(site, "xep-hang-don-vi/2024/index.html")), expected, file: file, line: line)
        return report
    }

    func testAWorkbookOfUnitScoresRanksTheUnitsAsYAMLDoes() throws {
        let expected = try rankingFromYAML()

        let site = try DistrictFixture.prepare(for: self, changes: ["content/unit-evaluations/2024.yaml": nil])
        let workbook = BuiltSite.fixtures.deletingLastPathComponent().appending(path: "office/unit-scores-2024.xlsx")
        try site.write("content/unit-evaluations/2024.xlsx", try Data(contentsOf: workbook))
        assertRanks(site, as: expected)
    }

    /// The district's 2024 table naming two units by their names ("Đảng bộ xã Bình Minh", "Xã Ấp
    /// Bắc") and one by its id.
    static let scoresByUnitName = """
        STT;Đơn vị;chinh-tri;xay-dung-dang;doan-ket;can-bo
        1;Đảng bộ xã Bình Minh;26;26;17;17
        2;Xã Ấp Bắc;25;27;17;17
        3;xa-c;28;28;18;18

        """

    /// Units written by their names in the district's table ("Đảng bộ xã Bình Minh", "Xã Ấp
    /// Bắc") were "unknown unit" each, where branches written by name are read: a name matching
    /// one unit's `organization` now is, with or without "Đảng bộ".
    func testUnitsWrittenByTheirNamesAreRead() throws {
        let expected = try rankingFromYAML()
        let site = try DistrictFixture.prepare(for: self, changes: [
            "content/unit-evaluations/2024.yaml": nil,
            "content/unit-evaluations/2024.csv": Self.scoresByUnitName,
        ])
        assertRanks(site, as: expected)
    }

    /// A district's office names a commune in its table by its committee ("Đảng ủy xã Bình Minh",
    /// the commune's `issuer`) or shortens "Đảng bộ" to "ĐB" ("ĐB xã Ấp Bắc"): each was an
    /// "unknown unit", the build failing; they are read as the unit's name is.
    func testUnitsWrittenByTheirCommitteeOrWithDBAreRead() throws {
        let expected = try rankingFromYAML()
        let site = try DistrictFixture.prepare(for: self, changes: [
            "content/unit-evaluations/2024.yaml": nil,
            "content/unit-evaluations/2024.csv": """
                STT;Đơn vị;chinh-tri;xay-dung-dang;doan-ket;can-bo
                1;Đảng ủy xã Bình Minh;26;26;17;17
                2;ĐB xã Ấp Bắc;25;27;17;17
                3;ĐẢNG ỦY XÃ LONG THẠNH;28;28;18;18

                """,
        ])
        let report = assertRanks(site, as: expected)
        XCTAssertEqual(report.diagnostics.entries.filter { $0.location.file.hasPrefix("content/unit-evaluations") }.map(\.description), [])
    }

    /// A district's table restating beside the scores the figures of each commune that bontot has
    /// from the commune's own files ("Số chi bộ", "Số đảng viên", the share of its branches holding
    /// "Chi bộ 4 tốt"): each column was a warning of an unknown column at every build; they are
    /// left out, as the sheet's total is, and the units rank as before.
    func testTheUnitsFiguresRestatedBesideTheScoresAreLeftOut() throws {
        let expected = try rankingFromYAML()
        let site = try DistrictFixture.prepare(for: self, changes: [
            "content/unit-evaluations/2024.yaml": nil,
            "content/unit-evaluations/2024.csv": """
                STT;Đơn vị;Số chi bộ;Số đảng viên;Tỷ lệ chi bộ đạt “Chi bộ 4 tốt” (%);chinh-tri;xay-dung-dang;doan-ket;can-bo
                1;xa-a;2;72;100;26;26;17;17
                2;xa-b;3;90;66,7;25;27;17;17
                3;xa-c;2;60;50;28;28;18;18

                """,
        ])
        let report = assertRanks(site, as: expected)
        XCTAssertEqual(report.diagnostics.entries.filter { $0.location.file.hasPrefix("content/unit-evaluations") }.map(\.description), [])
    }

    /// A unit scale scoring "Tỷ lệ chi bộ đạt 4 tốt" as a criterion of its own: its column is
    /// that criterion's, not a restated figure left out (every unit lacked its score, and the
    /// build failed).
    func testACriterionNamedAsARestatedFigureIsScored() throws {
        let expected = try rankingFromYAML()
        let rubric = try String(contentsOf: BuiltSite.fixtures.appending(path: "district/content/unit-rubric.yaml"), encoding: .utf8)
            .replacingOccurrences(of: #"name: "Cán bộ, đảng viên tốt""#, with: "name: Tỷ lệ chi bộ đạt 4 tốt")
        let site = try DistrictFixture.prepare(for: self, changes: [
            "content/unit-rubric.yaml": rubric,
            "content/unit-evaluations/2024.yaml": nil,
            "content/unit-evaluations/2024.csv": """
                STT;Đơn vị;chinh-tri;xay-dung-dang;doan-ket;Tỷ lệ chi bộ đạt 4 tốt
                1;xa-a;26;26;17;17
                2;xa-b;25;27;17;17
                3;xa-c;28;28;18;18

                """,
        ])
        assertRanks(site, as: expected)
    }

    /// A table with the unit's id and its name ("Mã đơn vị | Tên đơn vị") never noticed a row whose
    /// two columns name two units (one column sorted without the other), whose scores may be
    /// either's: that is an error at the name's cell now, as it is for branches.
    func testTheUnitNamedBesideItsIdIsComparedWithIt() throws {
        let expected = try rankingFromYAML()
        let table = { (first: String, second: String) in
            """
            STT;Mã đơn vị;Tên đơn vị;chinh-tri;xay-dung-dang;doan-ket;can-bo
            1;xa-a;\(first);26;26;17;17
            2;xa-b;\(second);25;27;17;17
            3;xa-c;Xã Long Thạnh (cũ);28;28;18;18

            """
        }
        let named = try DistrictFixture.prepare(for: self, changes: [
            "content/unit-evaluations/2024.yaml": nil,
            "content/unit-evaluations/2024.csv": table("Đảng bộ xã Bình Minh", "Xã Ấp Bắc"),
        ])
        let report = assertRanks(named, as: expected)
        XCTAssertEqual(report.diagnostics.sorted.map(\.description), [], "a name that names no unit is not compared")

        let swapped = try DistrictFixture.build(for: self, changes: [
            "content/unit-evaluations/2024.yaml": nil,
            "content/unit-evaluations/2024.csv": table("Xã Ấp Bắc", "Đảng bộ xã Bình Minh"),
        ]).report
        XCTAssertEqual(swapped.diagnostics.sorted.map(\.description), [
            "content/unit-evaluations/2024.csv:2: error: dòng này ghi 'xa-a' là đảng bộ cơ sở 'xa-a' (Đảng bộ xã Bình Minh) "
                + "nhưng ô này ghi 'Xã Ấp Bắc' là đảng bộ cơ sở 'xa-b' (Đảng bộ xã Ấp Bắc); hai cột tên của một dòng phải "
                + "cùng một đảng bộ cơ sở (có thể một cột đã được sắp xếp riêng) / the row's two unit columns name different "
                + "units: 'xa-a' and 'xa-b'",
            "content/unit-evaluations/2024.csv:3: error: dòng này ghi 'xa-b' là đảng bộ cơ sở 'xa-b' (Đảng bộ xã Ấp Bắc) "
                + "nhưng ô này ghi 'Đảng bộ xã Bình Minh' là đảng bộ cơ sở 'xa-a' (Đảng bộ xã Bình Minh); hai cột tên của một "
                + "dòng phải cùng một đảng bộ cơ sở (có thể một cột đã được sắp xếp riêng) / the row's two unit columns name "
                + "different units: 'xa-b' and 'xa-a'",
        ])
    }
}
