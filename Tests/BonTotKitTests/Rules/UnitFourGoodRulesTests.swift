import XCTest
@testable import BonTotKit

/// "Đảng bộ cơ sở 4 tốt" (SPEC §7): the rule of "Chi bộ 4 tốt" on a unit's scores, plus the
/// share of the unit's branches holding "Chi bộ 4 tốt" that `min_branch_share` asks for.
final class UnitFourGoodRulesTests: XCTestCase {
    private var rubric: Rubric {
        var rubric = RulesFixture.rubric
        rubric.fourGood.minBranchShare = 0.7
        return rubric
    }

    private func check(_ scores: [Double], branchShare: Double?, period: Period? = nil) -> FourGoodCheck {
        let rubric = self.rubric
        return FourGoodCheck(card: ScoreCard(entry: RulesFixture.entry("xa-a", scores), rubric: rubric), rubric: rubric,
                             branchShare: branchShare, period: period)
    }

    func testAUnitWithEnoughFourGoodBranchesEarnsTheTitle() {
        let exact = check([28, 28, 19, 19], branchShare: 0.7)
        XCTAssertTrue(exact.isFourGood, "the share is a minimum: 70 % is enough")
        XCTAssertEqual(exact.reasons(), [])
    }

    func testAUnitWithTooFewFourGoodBranchesLosesItWhateverItsScores() {
        let result = check([30, 30, 20, 20], branchShare: 2.0 / 3.0)
        XCTAssertTrue(result.branchShareTooLow)
        XCTAssertFalse(result.isFourGood)
        XCTAssertEqual(result.reasons(), ["chỉ 66,7 % chi bộ đạt “Chi bộ 4 tốt”, dưới mức 70 %"])
    }

    /// A unit that scored none of its branches is told so plainly, with the period and the share
    /// it would have needed, not as a share "dưới mức" of branches that were never scored.
    func testAUnitThatRankedNoBranchInThePeriodLosesItAndIsToldSoPlainly() {
        let result = check([30, 30, 20, 20], branchShare: nil, period: Period(year: 2023))
        XCTAssertFalse(result.isFourGood)
        XCTAssertEqual(result.reasons(), ["chưa có chi bộ nào được chấm điểm năm 2023 (cần 70 % chi bộ đạt “Chi bộ 4 tốt”)"])
        XCTAssertEqual(check([30, 30, 20, 20], branchShare: nil, period: Period(year: 2024, span: .quarter(3))).reasons(),
                       ["chưa có chi bộ nào được chấm điểm quý III năm 2024 (cần 70 % chi bộ đạt “Chi bộ 4 tốt”)"])
    }

    func testAUnitWhoseScoredBranchesAllMissTheTitleIsToldNoneHoldsIt() {
        XCTAssertEqual(check([30, 30, 20, 20], branchShare: 0).reasons(), ["không có chi bộ nào đạt “Chi bộ 4 tốt”, dưới mức 70 %"])
    }

    /// The unit ranking gives each row the period it ranks.
    func testTheUnitRankingNamesItsPeriodInTheReason() {
        let evaluation = Evaluation(period: Period(year: 2023), entries: [RulesFixture.entry("xa-a", [30, 30, 20, 20])],
                                    source: SourceLocation(file: "content/unit-evaluations/2023.yaml"))
        let ranking = Ranking.make(evaluation: evaluation, rubric: rubric, branchNames: ["xa-a": "Đảng bộ xã Đông Thạnh"], subject: .units)
        XCTAssertEqual(ranking.rows.first?.fourGood.reasons(),
                       ["chưa có chi bộ nào được chấm điểm năm 2023 (cần 70 % chi bộ đạt “Chi bộ 4 tốt”)"])
    }

    func testWithoutTheRuleTheShareIsNotAsked() {
        let result = FourGoodCheck(card: ScoreCard(entry: RulesFixture.entry("xa-a", [28, 28, 19, 19]), rubric: RulesFixture.rubric),
                                   rubric: RulesFixture.rubric, branchShare: 0)
        XCTAssertTrue(result.isFourGood)
    }

    func testUnitRankingsSpeakOfUnitsAndBreakTiesInVietnameseOrder() {
        let evaluation = Evaluation(period: Period(year: 2024), entries: [
            RulesFixture.entry("xa-b", [25, 25, 17, 17]), RulesFixture.entry("xa-a", [25, 25, 17, 17]),
            RulesFixture.entry("xa-c", [28, 28, 19, 19]),
        ], source: SourceLocation(file: "content/unit-evaluations/2024.yaml"))
        let ranking = Ranking.make(evaluation: evaluation, rubric: rubric,
                                   branchNames: ["xa-a": "Đảng bộ xã Đông Thạnh", "xa-b": "Đảng bộ xã Dương Hòa", "xa-c": "Đảng bộ xã An Bình"],
                                   subject: .units, branchShares: ["xa-a": 1, "xa-b": 0.5, "xa-c": 0.8])
        XCTAssertEqual(ranking.rows.map(\.branchName), ["Đảng bộ xã An Bình", "Đảng bộ xã Dương Hòa", "Đảng bộ xã Đông Thạnh"],
                       "D before Đ")
        XCTAssertEqual(ranking.rows.map(\.rank), [1, 2, 2])
        XCTAssertEqual(ranking.fourGoodSentence, "02 đảng bộ cơ sở đạt danh hiệu “Đảng bộ cơ sở 4 tốt”.")
        XCTAssertEqual(RankingCSV.text(ranking).components(separatedBy: "\r\n")[0].components(separatedBy: ";").prefix(2),
                       ["Hạng", "Đảng bộ cơ sở"])
    }
}
