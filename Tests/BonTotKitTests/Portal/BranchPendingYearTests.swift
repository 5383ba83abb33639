import BonTotKit
import Foundation
import XCTest

/// A branch scored only by quarter in a year (evaluations for 2024-q1 and 2024-q2, none for
/// 2024): SPEC §3 gives the year no classification, and the profile said only "Chi bộ chưa có
/// kết quả xếp loại hằng năm." beside quarterly scores the clerk had entered. It now shows the
/// quarters' results and says where the year's classification comes from, naming the file.
final class BranchPendingYearTests: XCTestCase {
    /// The portal fixture's 2024 scores as the CSV of `period`, without the rows of `leaving`.
    private func scores(leaving: Set<String> = []) throws -> String {
        let text = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/content/evaluations/2024.csv"), encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).filter { line in
            !leaving.contains(String(line.prefix { $0 != ";" }))
        }.joined(separator: "\n")
    }

    func testAYearScoredOnlyByQuarterSaysWhereTheYearsClassificationComesFrom() throws {
        let quarterly = try scores()
        let built = try BuiltSite.build(changes: ["content/evaluations/2023.yaml": nil, "content/evaluations/2024.csv": nil,
                                                  "content/evaluations/2024-q1.csv": quarterly,
                                                  "content/evaluations/2024-q2.csv": quarterly])
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let html = built.page("chi-bo/ap-bac/index.html")
        let text = PortalPageText.text(html)
        XCTAssertFalse(text.contains("Chi bộ chưa có kết quả xếp loại hằng năm."), text)
        XCTAssertTrue(text.contains("Năm 2024 chi bộ mới có kết quả chấm điểm theo quý (bảng dưới), chưa có kết quả xếp loại cả năm. "
                                    + "Xếp loại năm không cộng từ điểm các quý mà lấy từ bảng điểm cả năm: hãy lập bảng điểm cả năm, "
                                    + "tệp content/evaluations/2024.csv, để có kết quả xếp loại năm 2024."), text)
        XCTAssertTrue(html.contains("<caption>Kết quả chấm điểm trong năm 2024</caption>"), html)
        // The newest quarter first, each a link to its ranking.
        let second = try XCTUnwrap(html.range(of: "href=\"../../xep-hang/2024-q2/index.html\""), html)
        let first = try XCTUnwrap(html.range(of: "href=\"../../xep-hang/2024-q1/index.html\""), html)
        XCTAssertLessThan(second.lowerBound, first.lowerBound)
        XCTAssertTrue(text.contains("Quý II năm 2024"), text)
    }

    /// With 2023 ranked by the year and 2024 only by quarter, the 2023 row stays and 2024 is told
    /// apart; with a yearly 2024 file lacking the branch's row, that file is named.
    func testAPendingYearAfterARankedOneAndAYearlyFileWithoutTheBranch() throws {
        let quarterly = try scores()
        let after = try BuiltSite.build(changes: ["content/evaluations/2024.csv": nil, "content/evaluations/2024-q3.csv": quarterly])
        XCTAssertTrue(after.report.succeeded, "\(after.report.diagnostics.sorted)")
        let text = PortalPageText.text(after.page("chi-bo/ap-bac/index.html"))
        XCTAssertTrue(text.contains("Kết quả xếp loại chi bộ hằng năm"), text)
        XCTAssertTrue(text.contains("Năm 2024 chi bộ mới có kết quả chấm điểm theo quý (bảng dưới)"), text)
        XCTAssertTrue(text.contains("tệp content/evaluations/2024.csv, để có kết quả xếp loại năm 2024."), text)

        let without = try BuiltSite.build(changes: ["content/evaluations/2024.csv": try scores(leaving: ["ap-bac"]),
                                                    "content/evaluations/2024-09.csv": quarterly])
        let monthly = PortalPageText.text(without.page("chi-bo/ap-bac/index.html"))
        XCTAssertTrue(monthly.contains("Năm 2024 chi bộ mới có kết quả chấm điểm theo tháng (bảng dưới), chưa có kết quả xếp loại cả năm. "
                                       + "Xếp loại năm không cộng từ điểm các tháng mà lấy từ bảng điểm cả năm: bảng điểm cả năm "
                                       + "content/evaluations/2024.csv chưa có dòng của chi bộ"), monthly)
        // A branch ranked for the year says nothing of its months.
        XCTAssertFalse(PortalPageText.text(without.page("chi-bo/binh-minh/index.html")).contains("mới có kết quả chấm điểm"))
    }

    /// A branch merged into another in July, scored in the quarters before: the year's ranking
    /// expects no row of it, so the profile does not send the clerk to write one (it said to
    /// make the yearly file, or that the yearly file lacked the branch's row).
    func testABranchMergedWithinTheYearIsToldNoYearlyRowIsNeeded() throws {
        let quarterly = try scores()
        let branch = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/content/branches/ap-bac.yaml"), encoding: .utf8)
            + "\ndissolved: 2024-07-01\nmerged_into: binh-minh\n"
        for yearly in [nil, try scores(leaving: ["ap-bac"])] {
            let built = try BuiltSite.build(changes: ["content/branches/ap-bac.yaml": branch, "content/evaluations/2024.csv": yearly,
                                                      "content/evaluations/2024-q1.csv": quarterly,
                                                      "content/evaluations/2024-q2.csv": quarterly])
            XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
            let text = PortalPageText.text(built.page("chi-bo/ap-bac/index.html"))
            XCTAssertTrue(text.contains("Năm 2024 chi bộ có kết quả chấm điểm theo quý (bảng dưới) đến trước ngày 01 tháng 7 năm 2024, "
                                        + "khi chi bộ thôi hoạt động; chi bộ không còn đến cuối năm nên không xếp loại cả năm 2024"), text)
            XCTAssertFalse(text.contains("hãy lập bảng điểm cả năm"), text)
            XCTAssertFalse(text.contains("chưa có dòng của chi bộ"), text)
        }
    }

    /// A branch of a district's unit scored only by quarter: the yearly file to write is the
    /// unit's, named from the district's folder as the build's messages name it
    /// (xa-a/content/evaluations/2025.yaml); it said content/evaluations/2025.yaml, the district's
    /// own scores.
    func testTheYearlyFileOfADistrictsUnitIsNamedInItsFolder() throws {
        let scores = try String(contentsOf: BuiltSite.fixtures.appending(path: "district/xa-a/content/evaluations/2024.yaml"), encoding: .utf8)
        let built = try BuiltSite.build("district", changes: ["xa-a/content/evaluations/2024.yaml": nil,
                                                              "xa-a/content/evaluations/2025-q1.yaml": scores,
                                                              "xa-a/content/evaluations/2025-q2.yaml": scores])
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let text = PortalPageText.text(built.page("don-vi/xa-a/chi-bo/ap-1/index.html"))
        XCTAssertTrue(text.contains("hãy lập bảng điểm cả năm, tệp xa-a/content/evaluations/2025.yaml, để có kết quả xếp loại năm 2025."), text)
    }
}
