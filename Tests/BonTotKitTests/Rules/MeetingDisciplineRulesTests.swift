import XCTest
@testable import BonTotKit

final class MeetingDisciplineRulesTests: XCTestCase {
    private let months = MeetingDiscipline.months(from: YearMonth(year: 2024, month: 7), through: YearMonth(year: 2024, month: 12))

    private func minutes() -> [Minutes] {
        [
            RulesFixture.meeting("kdc-21", "2024-07-05", present: 90),
            RulesFixture.meeting("kdc-21", "2024-08-05", present: 80),
            RulesFixture.meeting("kdc-21", "2024-08-20", .chuyenDe, present: 85),
            RulesFixture.meeting("kdc-21", "2024-09-05", present: 95),
            RulesFixture.meeting("kdc-21", "2024-10-12", .capUy, present: 5, expected: 5),
            RulesFixture.meeting("kdc-21", "2024-11-05", present: 100),
            RulesFixture.meeting("kdc-21", "2024-12-05"),
            RulesFixture.meeting("kdc-12", "2024-10-05", present: 40, expected: 50),
            RulesFixture.meeting("kdc-21", "2025-01-05", .chuyenDe, present: 10),
        ]
    }

    func testAMissingMonthAndAQuarterWithoutAThematicMeeting() {
        let discipline = MeetingDiscipline.discipline(of: "kdc-21", minutes: minutes(), months: months)
        XCTAssertEqual(discipline.missedMonths, [YearMonth(year: 2024, month: 10)])
        XCTAssertEqual(discipline.quartersWithoutThematic, [YearQuarter(year: 2024, quarter: 4)])
        XCTAssertEqual(discipline.months.map(\.status), [.met, .metWithThematic, .met, .missed, .met, .met])
        XCTAssertEqual(discipline.quarters.map(\.isComplete), [true, true])
    }

    func testAttendanceAveragesPerBranchAndMonth() throws {
        let discipline = MeetingDiscipline.discipline(of: "kdc-21", minutes: minutes(), months: months)
        XCTAssertEqual(try XCTUnwrap(discipline.averageAttendance), 0.9, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(discipline.months[1].averageAttendance), 0.825, accuracy: 1e-9)
        XCTAssertNil(discipline.months[3].averageAttendance)
        let monthly = MeetingDiscipline.monthlyAttendance(minutes: minutes(), months: months)
        XCTAssertEqual(try XCTUnwrap(monthly[YearMonth(year: 2024, month: 10)]), 0.8, accuracy: 1e-9)
        XCTAssertNil(monthly[YearMonth(year: 2025, month: 1)])
    }

    func testAThematicMeetingWithoutARegularOneStillMissesTheMonth() {
        let only = [RulesFixture.meeting("a", "2024-08-20", .chuyenDe)]
        let discipline = MeetingDiscipline.discipline(of: "a", minutes: only, months: [YearMonth(year: 2024, month: 8)])
        XCTAssertEqual(discipline.months.map(\.status), [.thematicOnly])
        XCTAssertEqual(discipline.missedMonths, [YearMonth(year: 2024, month: 8)])
        XCTAssertEqual(discipline.quartersWithoutThematic, [])
        XCTAssertEqual(discipline.quarters.map(\.isComplete), [false])
    }

    func testABranchFoundedDuringTheSpanIsHeldToTheMonthsSinceOnly() {
        let founded = YearMonth(year: 2024, month: 11)
        let discipline = MeetingDiscipline.discipline(of: "kdc-21", minutes: minutes(), months: months, founded: founded)
        XCTAssertEqual(discipline.months.map(\.month), [founded, YearMonth(year: 2024, month: 12)])
        XCTAssertEqual(discipline.missedMonths, [])
        XCTAssertFalse(discipline.isExpected(in: YearMonth(year: 2024, month: 10)))
        XCTAssertEqual(discipline.quarters.map(\.quarter), [YearQuarter(year: 2024, quarter: 4)])
        XCTAssertEqual(discipline.quarters.map(\.isComplete), [false], "it did not exist all of quarter IV")
        let grid = MeetingDiscipline.grid(branchIDs: ["kdc-12"], minutes: minutes(), months: months, founded: ["kdc-12": founded])
        XCTAssertEqual(grid[0].missedMonths.count, 2, "November and December, not the four months before")
    }

    func testTheGridAndTheCoveredMonths() {
        XCTAssertEqual(MeetingDiscipline.coveredMonths(of: minutes()).first, YearMonth(year: 2024, month: 7))
        XCTAssertEqual(MeetingDiscipline.coveredMonths(of: minutes()).count, 7)
        let grid = MeetingDiscipline.grid(branchIDs: ["kdc-21", "kdc-12"], minutes: minutes(), months: months)
        XCTAssertEqual(grid.map(\.branchID), ["kdc-21", "kdc-12"])
        XCTAssertEqual(grid[1].missedMonths.count, 5)
        XCTAssertEqual(grid[1].quartersWithoutThematic.map(\.displayName), ["quý III/2024", "quý IV/2024"])
    }

    /// Two meetings two centuries apart cover the months of their own years only: a build's
    /// work follows its input, not the calendar between two dates.
    func testTheCoveredMonthsSkipYearsWithoutMinutes() {
        let far = [RulesFixture.meeting("kdc-21", "1901-11-05"), RulesFixture.meeting("kdc-21", "2099-02-05"),
                   RulesFixture.meeting("kdc-21", "2100-01-05")]
        let months = MeetingDiscipline.coveredMonths(of: far)
        XCTAssertEqual(months.count, 2 + 12 + 1)
        XCTAssertEqual(months.first, YearMonth(year: 1901, month: 11))
        XCTAssertEqual(months[2], YearMonth(year: 2099, month: 1))
        XCTAssertEqual(months.last, YearMonth(year: 2100, month: 1))
    }
}
