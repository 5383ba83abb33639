import Foundation
import XCTest
@testable import BonTotKit

/// `minutes_since` (SPEC §3 extension): the month from which a site's, or one branch's, minutes
/// are kept in bontot. No month before it is a missed month; a quarter only partly after it is
/// not complete; the meetings entered before it still show.
final class MinutesSinceRulesTests: XCTestCase {
    private let months = MeetingDiscipline.months(from: YearMonth(year: 2025, month: 1), through: YearMonth(year: 2025, month: 6))
    private let march = YearMonth(year: 2025, month: 3)

    private func branch(_ id: String, founded: String? = nil, minutesSince: YearMonth? = nil) -> Branch {
        var branch = Branch(id: id, name: "Chi bộ \(id)", kind: .khuDanCu, source: SourceLocation(file: "content/branches/\(id).yaml"))
        branch.founded = founded.flatMap(CalendarDate.init(iso:))
        branch.minutesSince = minutesSince
        return branch
    }

    private func site(_ branches: [Branch], minutesSince: YearMonth?, minutes: [Minutes]) -> Site {
        var config = SiteConfig(title: "Cổng", organization: "Đảng bộ xã Hòa Thuận", place: "Hòa Thuận")
        config.minutesSince = minutesSince
        return Site(root: URL(fileURLWithPath: "/tmp/site"), config: config, rubric: RulesFixture.rubric, branches: branches,
                    evaluations: [], minutes: minutes, stories: [], editorials: [], media: [])
    }

    func testASiteStartingInMarchShowsNoMissedMonthBefore() {
        let minutes = [
            RulesFixture.meeting("a", "2025-01-05"),
            RulesFixture.meeting("a", "2025-03-05"),
            RulesFixture.meeting("a", "2025-05-05"),
            RulesFixture.meeting("b", "2025-04-05"),
        ]
        let site = site([branch("a"), branch("b")], minutesSince: march, minutes: minutes)
        let analysis = SiteAnalysis(site: site)
        XCTAssertEqual(analysis.months.first, YearMonth(year: 2025, month: 1), "January's meeting is still on record")
        let a = try? XCTUnwrap(analysis.discipline(of: "a"))
        XCTAssertEqual(a?.missedMonths, [YearMonth(year: 2025, month: 4)], "not February, before the minutes began")
        XCTAssertEqual(a?.months.map(\.month).first, YearMonth(year: 2025, month: 1), "January's meeting shows")
        XCTAssertEqual(a?.months.first?.isExpected, false)
        XCTAssertFalse(a?.isExpected(in: YearMonth(year: 2025, month: 2)) ?? true)
        XCTAssertEqual(analysis.discipline(of: "b")?.missedMonths, [march, YearMonth(year: 2025, month: 5)],
                       "b met in April only: not January nor February")
        // Quarter I is only partly after March: not complete, so never missing its thematic meeting.
        XCTAssertEqual(analysis.discipline(of: "b")?.quarters.map(\.isComplete), [false, false])
    }

    func testWithoutMinutesSinceEveryMonthOnRecordCounts() {
        let minutes = [RulesFixture.meeting("a", "2025-01-05"), RulesFixture.meeting("a", "2025-03-05")]
        let analysis = SiteAnalysis(site: site([branch("a")], minutesSince: nil, minutes: minutes))
        XCTAssertEqual(analysis.discipline(of: "a")?.missedMonths, [YearMonth(year: 2025, month: 2)])
    }

    func testABranchsOwnLaterStartOverridesTheSites() {
        let may = YearMonth(year: 2025, month: 5)
        let minutes = [RulesFixture.meeting("a", "2025-03-05"), RulesFixture.meeting("a", "2025-06-05"),
                       RulesFixture.meeting("late", "2025-06-05")]
        let site = site([branch("a"), branch("late", minutesSince: may)], minutesSince: march, minutes: minutes)
        let analysis = SiteAnalysis(site: site)
        XCTAssertEqual(analysis.discipline(of: "a")?.missedMonths.count, 2, "April and May")
        XCTAssertEqual(analysis.discipline(of: "late")?.missedMonths, [may])
        XCTAssertTrue(site.holdsToMeetings(site.branches[1], in: may))
        XCTAssertFalse(site.holdsToMeetings(site.branches[1], in: YearMonth(year: 2025, month: 4)))
    }

    func testTheLaterOfFoundingAndMinutesSinceWins() {
        let site = site([branch("new", founded: "2025-05-20"), branch("old", founded: "1976-03-02"),
                         branch("own", founded: "2025-02-01", minutesSince: YearMonth(year: 2024, month: 11))],
                        minutesSince: march, minutes: [])
        XCTAssertEqual(site.branches.map(site.meetingsStart(of:)),
                       [YearMonth(year: 2025, month: 5), march, YearMonth(year: 2025, month: 2)])
    }

    func testAMonthBeforeTheStartWithOnlyAThematicMeetingIsNotMissed() {
        let minutes = [RulesFixture.meeting("a", "2025-02-10", .chuyenDe), RulesFixture.meeting("a", "2025-03-05")]
        let discipline = MeetingDiscipline.discipline(of: "a", minutes: minutes, months: months, heldFrom: march)
        XCTAssertEqual(discipline.months.first?.status, .thematicOnly)
        XCTAssertFalse(discipline.months.first?.isMissed ?? true)
        XCTAssertEqual(discipline.missedMonths, months.filter { $0 > march })
        XCTAssertEqual(discipline.quarters.first?.thematic, 1, "quarter I's thematic meeting still counts")
    }

    func testAUnitCountsForItsDistrictOnlyTheBranchesHeldToMeet() {
        let minutes = [RulesFixture.meeting("a", "2025-02-05"), RulesFixture.meeting("a", "2025-05-05")]
        let site = site([branch("a"), branch("b", minutesSince: YearMonth(year: 2025, month: 5))], minutesSince: march, minutes: minutes)
        let unit = UnitFigures(id: "xa-a", site: site, analysis: SiteAnalysis(site: site))
        XCTAssertEqual(unit.branchesHeldToMeet(in: YearMonth(year: 2025, month: 2)), 0, "before the site's minutes began")
        XCTAssertEqual(unit.branchesHeldToMeet(in: YearMonth(year: 2025, month: 4)), 1, "b's own minutes began in May")
        XCTAssertEqual(unit.branchesHeldToMeet(in: YearMonth(year: 2025, month: 5)), 2)
        XCTAssertEqual(unit.branches(by: YearMonth(year: 2025, month: 2)), 2, "both existed: its 4-tốt share counts them")
    }
}
