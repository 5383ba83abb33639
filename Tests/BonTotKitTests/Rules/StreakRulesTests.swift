import XCTest
@testable import BonTotKit

final class StreakRulesTests: XCTestCase {
    private let excellent = RulesFixture.scores(total: 95)
    private let good = RulesFixture.scores(total: 80)
    private let done = RulesFixture.scores(total: 60)

    private func years(_ levels: [Int: [String: [Double]]]) -> [Evaluation] {
        levels.keys.sorted().map { year in
            RulesFixture.evaluation("\(year)", levels[year]!.keys.sorted().map { RulesFixture.entry($0, levels[year]![$0]!) })
        }
    }

    func testAFiveYearStreakBrokenByOneGoodYear() {
        var history: [Int: [String: [Double]]] = [:]
        for year in 2018...2022 { history[year] = ["a": excellent] }
        history[2023] = ["a": good]
        history[2024] = ["a": excellent]
        let streaks = Streaks.make(evaluations: years(history), rubric: RulesFixture.rubric)["a"]!
        XCTAssertEqual(streaks.excellent?.count, 1)
        XCTAssertEqual(streaks.excellent?.sentence, "Hoàn thành xuất sắc nhiệm vụ năm 2024")
        XCTAssertEqual(streaks.longestExcellent?.sentence, "Hoàn thành xuất sắc nhiệm vụ 05 năm liền (2018–2022)")
        XCTAssertEqual(streaks.goodOrBetter?.sentence, "Hoàn thành tốt nhiệm vụ trở lên 07 năm liền (2018–2024)")
        XCTAssertEqual(streaks.goodOrBetter?.firstYear, 2018)
    }

    func testAnUnbrokenStreakEndsAtTheLatestYear() {
        var history: [Int: [String: [Double]]] = [2021: ["a": done]]
        for year in 2022...2024 { history[year] = ["a": good] }
        let evaluations = years(history) + [RulesFixture.evaluation("2024-q4", [RulesFixture.entry("a", done)])]
        let streaks = Streaks.make(evaluations: evaluations, rubric: RulesFixture.rubric)["a"]!
        XCTAssertEqual(streaks.goodOrBetter,
                       Streak(level: RulesFixture.rubric.levels[1], orBetter: true, count: 3, firstYear: 2022, lastYear: 2024))
        XCTAssertEqual(streaks.goodOrBetter?.sentence, "Hoàn thành tốt nhiệm vụ trở lên 03 năm liền (2022–2024)")
        XCTAssertNil(streaks.excellent)
    }

    func testABranchNotEvaluatedInTheLatestYearHasNoCurrentStreak() {
        let history: [Int: [String: [Double]]] = [
            2022: ["a": excellent, "b": excellent],
            2023: ["a": excellent, "b": excellent],
            2024: ["b": excellent],
        ]
        let streaks = Streaks.make(evaluations: years(history), rubric: RulesFixture.rubric)
        XCTAssertNil(streaks["a"]?.excellent)
        XCTAssertEqual(streaks["a"]?.longestExcellent?.count, 2)
        XCTAssertEqual(streaks["b"]?.excellent?.count, 3)
    }

    func testAMissingYearBreaksTheStreak() {
        let history: [Int: [String: [Double]]] = [2021: ["a": excellent], 2022: ["b": good], 2023: ["a": excellent],
                                                  2024: ["a": excellent]]
        let streaks = Streaks.make(evaluations: years(history), rubric: RulesFixture.rubric)
        XCTAssertEqual(streaks["a"]?.excellent?.firstYear, 2023)
        XCTAssertEqual(streaks["a"]?.excellent?.count, 2)
    }
}
