import XCTest
@testable import BonTotKit

final class ScoreCardRulesTests: XCTestCase {
    func testTotalIsSumPlusBonusMinusPenalty() {
        let card = ScoreCard(entry: RulesFixture.entry("a", [28, 27, 19, 18], bonus: 2, penalty: 1),
                             rubric: RulesFixture.rubric)
        XCTAssertEqual(card.scores.map(\.criterion.id), RulesFixture.rubric.criteria.map(\.id))
        XCTAssertEqual(card.scores.map(\.score), [28, 27, 19, 18])
        XCTAssertEqual(card.total, 93)
        XCTAssertEqual(card.computedLevel?.id, "xuat-sac")
        XCTAssertEqual(card.level?.id, "xuat-sac")
        XCTAssertFalse(card.levelMismatch)
    }

    func testLevelIsTheFirstWhoseMinimumTheTotalReaches() {
        let levels = [90.0, 89.9, 70, 69.5, 50, 12].map {
            ScoreCard(entry: RulesFixture.entry("a", RulesFixture.scores(total: $0)), rubric: RulesFixture.rubric)
                .computedLevel?.id
        }
        XCTAssertEqual(levels, ["xuat-sac", "tot", "tot", "hoan-thanh", "hoan-thanh", "khong-hoan-thanh"])
    }

    func testItemScoresCountWhenTheCriterionScoreIsMissing() {
        var entry = RulesFixture.entry("a", [0, 27, 19, 18])
        entry.criterionScores["nhiem-vu-chinh-tri"] = nil
        entry.itemScores = ["nhiem-vu-chinh-tri": ["chi-tieu": 14, "tien-do": 13.5]]
        XCTAssertEqual(ScoreCard(entry: entry, rubric: RulesFixture.rubric).total, 91.5)
    }

    func testStatedLevelWinsAndAMismatchIsFlagged() {
        let card = ScoreCard(entry: RulesFixture.entry("a", [28, 27, 18, 18], level: "tot"), rubric: RulesFixture.rubric)
        XCTAssertEqual(card.total, 91)
        XCTAssertEqual(card.level?.id, "tot")
        XCTAssertEqual(card.computedLevel?.id, "xuat-sac")
        XCTAssertTrue(card.levelMismatch)
    }

    func testAnUnknownStatedLevelFallsBackToTheComputedOne() {
        let card = ScoreCard(entry: RulesFixture.entry("a", [28, 27, 18, 18], level: "gioi"), rubric: RulesFixture.rubric)
        XCTAssertEqual(card.level?.id, "xuat-sac")
        XCTAssertEqual(card.statedLevelID, "gioi")
        XCTAssertFalse(card.levelMismatch)
    }
}
