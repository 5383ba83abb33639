import XCTest
@testable import BonTotKit

final class RankingDiagnosticsRulesTests: XCTestCase {
    func testStatedLevelDifferingFromTheComputedOneIsAWarningAtTheEntry() {
        assertStatedLevelWarning("tot", says: "mức xếp loại ghi 'tot' (Hoàn thành tốt nhiệm vụ) khác mức tính theo điểm 'Hoàn thành xuất sắc nhiệm vụ' (91); nếu cấp ủy xếp mức này "
                                     + "để số chi bộ 'Hoàn thành xuất sắc nhiệm vụ' không vượt tỷ lệ 20 %, không cần sửa")
    }

    /// A level stated below the good one keeps no quota: a total reaching xuất sắc stated
    /// 'khong-hoan-thanh' (a typo, a row slipped) is not told it need not be mended.
    func testALevelBelowTheGoodOneIsNotExcusedByTheQuota() {
        assertStatedLevelWarning("khong-hoan-thanh", says: "mức xếp loại ghi 'khong-hoan-thanh' (Không hoàn thành nhiệm vụ) "
                                     + "khác mức tính theo điểm 'Hoàn thành xuất sắc nhiệm vụ' (91)")
    }

    /// The clerk typed "Tốt" in the sheet's "Xếp loại" cell: the warning quotes "Tốt", not the id
    /// 'tot' the clerk never wrote, and names the computed level as the office does.
    func testTheStatedLevelIsQuotedAsTyped() {
        assertStatedLevelWarning("tot", typed: "Tốt", says: "mức xếp loại ghi 'Tốt' (Hoàn thành tốt nhiệm vụ) khác mức tính theo điểm "
                                     + "'Hoàn thành xuất sắc nhiệm vụ' (91); nếu cấp ủy xếp mức này "
                                     + "để số chi bộ 'Hoàn thành xuất sắc nhiệm vụ' không vượt tỷ lệ 20 %, không cần sửa")
        assertStatedLevelWarning("tot", typed: "Hoàn thành tốt nhiệm vụ", says: "mức xếp loại ghi 'Hoàn thành tốt nhiệm vụ' khác mức "
                                     + "tính theo điểm 'Hoàn thành xuất sắc nhiệm vụ' (91); nếu cấp ủy xếp mức này "
                                     + "để số chi bộ 'Hoàn thành xuất sắc nhiệm vụ' không vượt tỷ lệ 20 %, không cần sửa")
    }

    /// A branch scoring 91 (xuất sắc) stated `level` on line 7, beside one stated 'tot' rightly:
    /// the one warning is the first's, at its line, saying `message`.
    private func assertStatedLevelWarning(_ level: String, typed: String? = nil, says message: String, line: UInt = #line) {
        var stated = RulesFixture.entry("a", [28, 27, 18, 18], level: level, line: 7)
        stated.statedLevelText = typed
        let ranking = RulesFixture.ranking([
            stated,
            RulesFixture.entry("b", [24, 24, 16, 16], level: "tot", line: 14),
        ])
        XCTAssertEqual(ranking.diagnostics, [
            .warning(at: SourceLocation(file: "content/evaluations/2024.yaml", line: 7), field: "level",
                     message + " / stated level differs from computed"),
        ], line: line)
    }

    func testExcellentQuotaIsCheckedOverall() {
        let ranking = RulesFixture.ranking([
            RulesFixture.entry("a", [28, 28, 18, 18]),
            RulesFixture.entry("b", [28, 28, 18, 18]),
            RulesFixture.entry("c", [24, 24, 16, 16]),
            RulesFixture.entry("d", [24, 24, 16, 16]),
            RulesFixture.entry("e", [24, 24, 16, 16]),
            RulesFixture.entry("f", [10, 10, 10, 10]),
        ])
        XCTAssertEqual(ranking.diagnostics, [
            .warning(at: RulesFixture.evaluationSource, field: "level",
                     "2/5 chi bộ từ mức 'Hoàn thành tốt nhiệm vụ' (tot) trở lên được xếp 'Hoàn thành xuất sắc nhiệm vụ' (xuat-sac), "
                         + "chiếm 40,0 %, vượt tỷ lệ 20 %: chỉ được xếp tối đa 01 chi bộ 'Hoàn thành xuất sắc nhiệm vụ'; với các chi bộ "
                         + "còn lại, hãy ghi mức cấp ủy quyết định vào trường 'level' (cột 'Xếp loại' của bảng điểm) / excellent quota exceeded: "
                         + "at most 1 may be 'xuat-sac'; write the level the committee decided for the others in 'level'"),
        ])
    }

    func testExcellentQuotaIsCheckedWithinEachCluster() {
        let excellent = (1...2).map { RulesFixture.entry("xs-\($0)", [28, 28, 18, 18]) }
        let good = (1...8).map { RulesFixture.entry("tot-\($0)", [24, 24, 16, 16]) }
        var clusters = ["xs-1": "cum-1", "xs-2": "cum-1", "tot-1": "cum-1", "tot-2": "cum-1"]
        for index in 3...8 { clusters["tot-\(index)"] = "cum-2" }
        let ranking = RulesFixture.ranking(excellent + good, clusters: clusters)
        XCTAssertEqual(ranking.diagnostics, [
            .warning(at: RulesFixture.evaluationSource, field: "level",
                     "2/4 chi bộ từ mức 'Hoàn thành tốt nhiệm vụ' (tot) trở lên trong cụm 'cum-1' được xếp "
                         + "'Hoàn thành xuất sắc nhiệm vụ' (xuat-sac), chiếm 50,0 %, vượt tỷ lệ 20 %: không chi bộ nào được xếp 'Hoàn thành "
                         + "xuất sắc nhiệm vụ'; hãy ghi mức cấp ủy quyết định vào trường 'level' (cột 'Xếp loại' của bảng điểm) / excellent quota "
                         + "exceeded in cluster 'cum-1': at most 0 may be 'xuat-sac'; write the level the committee decided for the others in 'level'"),
        ])
    }

    func testStatedLevelsCountForTheQuota() {
        let ranking = RulesFixture.ranking([
            RulesFixture.entry("a", [28, 28, 18, 18], level: "tot"),
            RulesFixture.entry("b", [24, 24, 16, 16]),
            RulesFixture.entry("c", [24, 24, 16, 16]),
        ])
        XCTAssertEqual(ranking.quotaWarnings, [])
        XCTAssertEqual(ranking.levelMismatchWarnings.count, 1)
    }
}
