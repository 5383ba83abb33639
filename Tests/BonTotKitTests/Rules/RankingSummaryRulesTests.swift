import XCTest
@testable import BonTotKit

final class RankingSummaryRulesTests: XCTestCase {
    /// 16 branches: 3 xuất sắc and 3 more at exactly 80 % of every criterion earn the 4-tốt title;
    /// 10 tốt with a weak criterion do not.
    private func sixteenBranches() -> Ranking {
        let excellent = (1...3).map { RulesFixture.entry("xs-\($0)", [28, 28, 18, 18]) }
        let fourGood = (1...3).map { RulesFixture.entry("tot-\($0)", [24, 24, 16, 16]) }
        let good = (1...10).map { RulesFixture.entry("yeu-\($0)", [20, 26, 16, 16]) }
        return RulesFixture.ranking(excellent + fourGood + good)
    }

    func testTheOfficesSentences() {
        let ranking = sixteenBranches()
        XCTAssertEqual(ranking.goodOrBetterSentence(),
                       "16/16 chi bộ hoàn thành tốt nhiệm vụ trở lên, trong đó 03 chi bộ hoàn thành xuất sắc nhiệm vụ (18,8 %).")
        XCTAssertEqual(ranking.fourGoodSentence, "06 chi bộ đạt danh hiệu “Chi bộ 4 tốt”.")
        XCTAssertEqual(ranking.lowerLevelSentences(), [])
    }

    func testTwoOfFourteen() {
        let entries = (1...2).map { RulesFixture.entry("xs-\($0)", [28, 28, 18, 18]) }
            + (1...12).map { RulesFixture.entry("tot-\($0)", [24, 24, 16, 16]) }
        XCTAssertEqual(RulesFixture.ranking(entries).goodOrBetterSentence(),
                       "14/14 chi bộ hoàn thành tốt nhiệm vụ trở lên, trong đó 02 chi bộ hoàn thành xuất sắc nhiệm vụ (14,3 %).")
    }

    func testLevelsBelowGoodGetTheirOwnSentence() {
        let entries = (1...15).map { RulesFixture.entry("tot-\($0)", [24, 24, 16, 16], violations: 1) }
            + [RulesFixture.entry("ht", [18, 18, 12, 12])]
        let ranking = RulesFixture.ranking(entries)
        XCTAssertEqual(ranking.summarySentences(), [
            "15/16 chi bộ hoàn thành tốt nhiệm vụ trở lên.",
            "01 chi bộ hoàn thành nhiệm vụ (6,3 %).",
            "Không có chi bộ nào đạt danh hiệu “Chi bộ 4 tốt”.",
        ])
    }

    /// On a page the percent sign stays with its figure: the sentences come written that way,
    /// where each page had mended them after the fact.
    func testSentencesForAPageKeepThePercentWithItsFigure() {
        let entries = (1...15).map { RulesFixture.entry("tot-\($0)", [24, 24, 16, 16], violations: 1) }
            + [RulesFixture.entry("ht", [18, 18, 12, 12])]
        XCTAssertEqual(RulesFixture.ranking(entries).summarySentences(for: .page), [
            "15/16 chi bộ hoàn thành tốt nhiệm vụ trở lên.",
            "01 chi bộ hoàn thành nhiệm vụ (6,3\u{00A0}%).",
            "Không có chi bộ nào đạt danh hiệu “Chi bộ 4 tốt”.",
        ])
        XCTAssertEqual(sixteenBranches().goodOrBetterSentence(for: .page),
                       "16/16 chi bộ hoàn thành tốt nhiệm vụ trở lên, trong đó 03 chi bộ hoàn thành xuất sắc nhiệm vụ (18,8\u{00A0}%).")
    }
}
