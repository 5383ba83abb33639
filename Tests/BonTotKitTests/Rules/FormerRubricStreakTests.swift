import XCTest
@testable import BonTotKit

/// Runs of years across a change of scale: each year classified by its own scale, levels
/// compared by id; a former scale lacking the id the streak names has its own top level (or
/// its own "tốt") stand for it.
final class FormerRubricStreakTests: XCTestCase {
    /// Today's scale from 2023 (xuất sắc from 90); the former one (ids `xs`, `t`, …; xuất sắc from 95).
    private let rubrics: RubricHistory = {
        var current = RulesFixture.rubric
        current.since = 2023
        var former = RulesFixture.rubric
        former.levels = [Level(id: "xs", name: "Xuất sắc", min: 95), Level(id: "t", name: "Tốt", min: 80),
                         Level(id: "ht", name: "Hoàn thành", min: 60), Level(id: "kht", name: "Không hoàn thành", min: 0)]
        former.fourGood.minLevel = "t"
        return RubricHistory(current: current, former: [FormerRubric(year: 2020, rubric: former, file: "content/rubrics/2020.yaml")])
    }()

    private func year(_ year: Int, total: Double) -> Evaluation {
        RulesFixture.evaluation("\(year)", [RulesFixture.entry("a", RulesFixture.scores(total: total))])
    }

    func testAFormerScaleWithOtherLevelIdsCountsItsOwnTopLevel() {
        let evaluations = [year(2021, total: 96), year(2022, total: 96), year(2023, total: 92), year(2024, total: 91)]
        let streaks = Streaks.make(evaluations: evaluations, rubrics: rubrics)["a"]
        XCTAssertEqual(streaks?.excellent?.sentence, "Hoàn thành xuất sắc nhiệm vụ 04 năm liền (2021–2024)")
    }

    func testAFormerYearIsClassifiedByItsOwnThresholds() {
        // 92 in 2022 is "Tốt" on the former scale: the run at the top begins in 2023.
        let evaluations = [year(2021, total: 96), year(2022, total: 92), year(2023, total: 92), year(2024, total: 91)]
        let streaks = Streaks.make(evaluations: evaluations, rubrics: rubrics)["a"]
        XCTAssertEqual(streaks?.excellent?.sentence, "Hoàn thành xuất sắc nhiệm vụ 02 năm liền (2023–2024)")
        XCTAssertEqual(streaks?.goodOrBetter?.sentence, "Hoàn thành tốt nhiệm vụ trở lên 04 năm liền (2021–2024)")
        XCTAssertEqual(Streaks.yearlyLevels(evaluations: evaluations, rubrics: rubrics)["a"]?[2022]?.id, "t")
    }

    func testAYearBeforeEveryScaleIsJudgedByTheOldest() {
        XCTAssertEqual(rubrics.file(for: Period(year: 2015)), "content/rubrics/2020.yaml")
        XCTAssertEqual(rubrics.file(for: Period("2022-q4")!), "content/rubrics/2020.yaml")
        XCTAssertEqual(rubrics.file(for: Period("2023-09")!), "content/rubric.yaml")
    }
}
