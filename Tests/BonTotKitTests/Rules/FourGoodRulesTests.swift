import XCTest
@testable import BonTotKit

final class FourGoodRulesTests: XCTestCase {
    private func check(_ entry: EvaluationEntry) -> FourGoodCheck {
        FourGoodCheck(card: ScoreCard(entry: entry, rubric: RulesFixture.rubric), rubric: RulesFixture.rubric)
    }

    func testEveryCriterionAtEightyPercentEarnsTheTitle() {
        let result = check(RulesFixture.entry("a", [24, 24, 16, 16]))
        XCTAssertTrue(result.isFourGood)
        XCTAssertEqual(result.reasons(), [])
    }

    func testOneCriterionBelowEightyPercentLosesIt() {
        let result = check(RulesFixture.entry("a", [30, 23.5, 20, 20]))
        XCTAssertEqual(result.criteriaBelowShare.map(\.id), ["sinh-hoat"])
        XCTAssertFalse(result.levelTooLow)
        XCTAssertFalse(result.isFourGood)
        XCTAssertEqual(result.reasons(), ["tiêu chí “Chất lượng sinh hoạt tốt” đạt dưới 80 % số điểm tối đa"])
    }

    func testAViolationLosesIt() {
        let result = check(RulesFixture.entry("a", [28, 28, 19, 19], violations: 1))
        XCTAssertTrue(result.hasViolations)
        XCTAssertFalse(result.isFourGood)
    }

    func testALowLevelLosesIt() {
        let stated = check(RulesFixture.entry("a", [28, 28, 19, 19], level: "hoan-thanh"))
        XCTAssertTrue(stated.levelTooLow)
        XCTAssertFalse(stated.isFourGood)
        let penalised = check(RulesFixture.entry("a", [24, 24, 16, 16], penalty: 11))
        XCTAssertEqual(penalised.criteriaBelowShare, [])
        XCTAssertTrue(penalised.levelTooLow)
        XCTAssertFalse(penalised.isFourGood)
    }
}
