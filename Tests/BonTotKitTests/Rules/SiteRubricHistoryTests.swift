import BonTotKit
import Foundation
import XCTest

/// A site's scales over the years (`Site.rubrics`), made once when the site is assembled: every
/// period is judged by the scale of its year, former scales given in any order, and a scale
/// replaced afterwards is the one periods are judged by.
final class SiteRubricHistoryTests: XCTestCase {
    private func scale(topFrom min: Double) -> Rubric {
        var rubric = RulesFixture.rubric
        rubric.levels[0].min = min
        return rubric
    }

    func testEachPeriodIsJudgedByItsYearsScaleAndAReplacedScaleIsFollowed() {
        var current = scale(topFrom: 90)
        current.since = 2023
        var site = Site(root: URL(fileURLWithPath: "/tmp/site"),
                        config: SiteConfig(title: "Cổng", organization: "Đảng bộ xã Hòa Thuận", place: "Hòa Thuận"),
                        rubric: current, branches: [], evaluations: [], minutes: [], stories: [], editorials: [], media: [],
                        formerRubrics: [FormerRubric(year: 2021, rubric: scale(topFrom: 95), file: "content/rubrics/2021.yaml"),
                                        FormerRubric(year: 2018, rubric: scale(topFrom: 98), file: "content/rubrics/2018.yaml")])
        XCTAssertEqual(site.rubrics.former.map(\.year), [2018, 2021])
        XCTAssertEqual(site.rubric(for: Period(year: 2019)).levels[0].min, 98)
        XCTAssertEqual(site.rubric(for: Period(year: 2022)).levels[0].min, 95)
        XCTAssertEqual(site.rubric(for: Period(year: 2024)).levels[0].min, 90)
        XCTAssertEqual(site.rubrics.file(for: Period(year: 2022)), "content/rubrics/2021.yaml")

        site.formerRubrics = [FormerRubric(year: 2020, rubric: scale(topFrom: 97), file: "content/rubrics/2020.yaml")]
        XCTAssertEqual(site.rubric(for: Period(year: 2022)).levels[0].min, 97)
        site.rubric.since = 2022
        XCTAssertEqual(site.rubric(for: Period(year: 2022)).levels[0].min, 90)
        XCTAssertEqual(site.rubrics.current.since, 2022)
    }

    func testFormerScalesSetOutOfOrderAreKeptOldestFirstAndEachYearJudgedByItsOwn() {
        var current = scale(topFrom: 90)
        current.since = 2023
        var site = Site(root: URL(fileURLWithPath: "/tmp/site"),
                        config: SiteConfig(title: "Cổng", organization: "Đảng bộ xã Hòa Thuận", place: "Hòa Thuận"),
                        rubric: current, branches: [], evaluations: [], minutes: [], stories: [], editorials: [], media: [])
        site.formerRubrics = [FormerRubric(year: 2021, rubric: scale(topFrom: 95), file: "content/rubrics/2021.yaml"),
                              FormerRubric(year: 2018, rubric: scale(topFrom: 98), file: "content/rubrics/2018.yaml")]
        XCTAssertEqual(site.formerRubrics.map(\.year), [2018, 2021])
        XCTAssertEqual(site.formerRubrics.map(\.year), site.rubrics.former.map(\.year))
        XCTAssertEqual(site.rubric(for: Period(year: 2019)).levels[0].min, 98)
        XCTAssertEqual(site.rubric(for: Period(year: 2022)).levels[0].min, 95)
        XCTAssertEqual(site.rubric(for: Period(year: 2023)).levels[0].min, 90)
        XCTAssertEqual(site.rubrics.file(for: Period(year: 2019)), "content/rubrics/2018.yaml")
    }
}
