import BonTotKit
import Foundation
import XCTest

/// A clerk downloads `bang-xep-hang.csv`, fills a period's scores in it and saves it in
/// `content/evaluations/`: its leading "Hạng | Hạng trong cụm | Cụm thi đua" before the branch
/// column were "the first column must be 'branch', got 'Hạng'", an error that stopped the build.
final class RankingCSVRereadTests: XCTestCase {
    /// The CSV of 2023 (no member disciplined that year: the CSV has no "Vi phạm" column) read
    /// back as the year's scores ranks as the YAML it was made from did, with nothing told about it.
    func testTheRankingsOwnCSVReadsBackAsTheScoresOfItsPeriod() throws {
        let before = try BuiltSite.build()
        let csv = before.bytes("xep-hang/2023/bang-xep-hang.csv")
        XCTAssertTrue(String(decoding: csv.dropFirst(3), as: UTF8.self).hasPrefix("Hạng;Hạng trong cụm;Cụm thi đua;Chi bộ;"))
        let root = try BuiltSite.prepare("portal", changes: ["content/evaluations/2023.yaml": nil])
        try Data(csv).write(to: root.appending(path: "content/evaluations/2023.csv"))
        let after = BuiltSite.rebuild(root: root)
        XCTAssertTrue(after.report.succeeded, "\(after.report.diagnostics.sorted)")
        XCTAssertEqual(after.report.diagnostics.sorted.map(\.description).filter { $0.contains("evaluations/2023") }, [])
        XCTAssertEqual(after.bytes("xep-hang/2023/bang-xep-hang.csv"), csv, "ranked as before")
    }

    /// A branch merged away during the period gives the CSV a last column "Tình trạng" ("Đã sáp
    /// nhập vào …", what its file says): read back, that column was "unknown field 'Tình trạng'"
    /// at every build; it is left out as the other restated columns are, nothing told.
    func testTheCSVOfAPeriodWithAMergedBranchReadsBackWithItsStatusColumn() throws {
        let merged = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/content/branches/binh-minh.yaml"), encoding: .utf8)
            + "\ndissolved: 2023-10-01\nmerged_into: ap-bac\n"
        let before = try BuiltSite.build(changes: ["content/branches/binh-minh.yaml": merged])
        let csv = before.bytes("xep-hang/2023/bang-xep-hang.csv")
        XCTAssertTrue(String(decoding: csv, as: UTF8.self).contains(";Tình trạng\r\n"), "the CSV has the column")
        let root = try BuiltSite.prepare("portal", changes: ["content/evaluations/2023.yaml": nil, "content/branches/binh-minh.yaml": merged])
        try Data(csv).write(to: root.appending(path: "content/evaluations/2023.csv"))
        let after = BuiltSite.rebuild(root: root)
        XCTAssertEqual(after.report.diagnostics.sorted.map(\.description).filter { $0.contains("evaluations/2023") }, [])
        XCTAssertEqual(after.bytes("xep-hang/2023/bang-xep-hang.csv"), csv, "ranked as before")
    }

    /// The CSV of 2024 (Eo Gió had a member disciplined; the CSV has no "Vi phạm" column) read
    /// back ranks Eo Gió "Đạt": the warning at its "Chưa đạt" cell says where the disciplined
    /// member goes, which it did not.
    func testAPeriodWithAViolationReadBackSaysWhereTheViolationGoes() throws {
        let csv = try BuiltSite.build().bytes("xep-hang/2024/bang-xep-hang.csv")
        let root = try BuiltSite.prepare("portal", changes: ["content/evaluations/2024.csv": nil])
        try Data(csv).write(to: root.appending(path: "content/evaluations/2024.csv"))
        let warnings = BuiltSite.rebuild(root: root).report.diagnostics.sorted.map(\.description).filter { $0.contains("'eo-gio'") }
        XCTAssertEqual(warnings, ["content/evaluations/2024.csv:5: warning: bảng không ghi chi bộ 'eo-gio' đạt “Chi bộ 4 tốt” nhưng theo thang "
            + "điểm thì đạt; trang xếp hạng ghi đạt; nếu chi bộ có đảng viên bị kỷ luật trong kỳ, hãy ghi số đảng viên đó vào cột "
            + "'Vi phạm' của bảng điểm / the rubric's rule gives the emulation title where the sheet does not award it"])
    }

    /// The CSV leaves the cluster cells of a branch of no cluster empty, its rank within the
    /// cluster too. When that branch joins a cluster later, the old CSV read back took its empty
    /// cell for the cell above merged down ("thuộc cụm 'Cụm thi đua số 1' (ô để trống, đọc theo ô
    /// cụm ở dòng 2 như một ô gộp)"), a warning on a cluster the CSV never gave it.
    func testAnEmptyClusterCellOfTheCSVIsABranchOfNoClusterNotTheCellAbove() throws {
        let csv = try BuiltSite.build().bytes("xep-hang/2023/bang-xep-hang.csv")
        let site = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/site.yaml"), encoding: .utf8)
        let school = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/content/branches/truong-thcs.md"), encoding: .utf8)
        let root = try BuiltSite.prepare("portal", changes: [
            "content/evaluations/2023.yaml": nil,
            "site.yaml": site.replacingOccurrences(of: "  cum-1: Cụm thi đua số 1\n", with: "  cum-1: Cụm thi đua số 1\n  cum-2: Cụm thi đua trường học\n"),
            "content/branches/truong-thcs.md": school.replacingOccurrences(of: "kind: truong-hoc\n", with: "kind: truong-hoc\ncluster: cum-2\n"),
        ])
        try Data(csv).write(to: root.appending(path: "content/evaluations/2023.csv"))
        let after = BuiltSite.rebuild(root: root)
        XCTAssertTrue(after.page("xep-hang/2023/bang-xep-hang.csv").contains("\r\n2;1;Cụm thi đua trường học;Chi bộ Trường THCS Hòa Thuận;"),
                      "the school is in its new cluster")
        XCTAssertEqual(after.report.diagnostics.sorted.map(\.description).filter { $0.contains("thuộc cụm") }, [])
    }

    /// A cluster renamed in `site.yaml` (same id, new words) leaves the old name in a CSV kept
    /// in `content/evaluations/`: read back, every row of the cluster was a warning, at every
    /// build, to mend the cell or the branch's file, which is right. It is one warning, naming
    /// the rows, saying the cell may be the cluster's old name and giving the name it has now.
    func testAClusterRenamedInSiteYAMLIsOneWarningGivingItsNameNow() throws {
        let site = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/site.yaml"), encoding: .utf8)
        func named(_ name: String) -> String {
            site.replacingOccurrences(of: "  cum-1: Cụm thi đua số 1\n", with: "  cum-1: \(name)\n")
        }
        let csv = try BuiltSite.build(changes: ["site.yaml": named("Cụm thi đua khu dân cư")]).bytes("xep-hang/2023/bang-xep-hang.csv")
        let rows = String(decoding: csv, as: UTF8.self).components(separatedBy: ";Cụm thi đua khu dân cư;").count - 1
        XCTAssertGreaterThan(rows, 1, "the CSV writes the old name on several rows")
        let root = try BuiltSite.prepare("portal", changes: ["content/evaluations/2023.yaml": nil, "site.yaml": named("Cụm ấp phía Bắc")])
        try Data(csv).write(to: root.appending(path: "content/evaluations/2023.csv"))
        let warnings = BuiltSite.rebuild(root: root).report.diagnostics.sorted.map(\.description).filter { $0.contains("evaluations/2023") }
        XCTAssertEqual(warnings.count, 1, warnings.joined(separator: "\n"))
        let warning = warnings.first ?? ""
        XCTAssertTrue(warning.contains(": warning: bảng điểm ghi cụm 'Cụm thi đua khu dân cư' ở \(rows) dòng (dòng "), warning)
        XCTAssertTrue(warning.contains("có thể đó là tên cũ của cụm 'cum-1', nay là 'Cụm ấp phía Bắc' (tệp chi bộ ghi 'cluster: cum-1'); "
                                       + "nếu vậy thì tệp chi bộ đã đúng"), warning)
        XCTAssertFalse(warning.contains("dòng cluster: của tệp chi bộ"), "no advice to edit the branch file: \(warning)")
    }

    /// A district's ranking of its units, "Hạng | Đảng bộ cơ sở | … | Chi bộ 4 tốt (%) | Đảng bộ
    /// cơ sở 4 tốt", is read as it stands too (the README says so): the same ranking, nothing told.
    func testTheUnitRankingsOwnCSVReadsBackAsTheUnitsScores() throws {
        let (site, report) = try DistrictFixture.build(for: self)
        XCTAssertTrue(report.succeeded, report.problems)
        let csv = DistrictFixture.page(site, "xep-hang-don-vi/2024/bang-xep-hang.csv")
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}Hạng;Đảng bộ cơ sở;"), csv)
        let reread = try DistrictFixture.prepare(for: self, changes: ["content/unit-evaluations/2024.yaml": nil,
                                                                      "content/unit-evaluations/2024.csv": csv])
        let again = reread.build()
        XCTAssertTrue(again.succeeded, again.problems)
        XCTAssertEqual(again.diagnostics.sorted.map(\.description).filter { $0.contains("unit-evaluations/2024") }, [])
        XCTAssertEqual(DistrictFixture.page(reread, "xep-hang-don-vi/2024/bang-xep-hang.csv"), csv, "ranked as before")
    }
}
