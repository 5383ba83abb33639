@testable import BonTotKit
import Foundation
import XCTest

/// Minutes and stories dated after today, and scores of a period not yet begun, are warnings:
/// a year typed wrong would otherwise count a meeting in a month that has not come.
final class FutureDateTests: XCTestCase {
    private let today = CalendarDate(year: 2026, month: 12, day: 4)!

    private func meeting(on date: String) -> Minutes {
        var minutes = Minutes(slug: "ap-1-x", branchID: "ap-1", date: CalendarDate(iso: date)!, kind: .thuongKy,
                              source: SourceLocation(file: "content/minutes/x.md", line: 2))
        minutes.dateLine = 3
        return minutes
    }

    private func warnings(minutes: [Minutes] = [], stories: [Story] = [], evaluations: [Evaluation] = []) -> [Diagnostic] {
        let sink = DiagnosticSink()
        FutureDateCheck.check(minutes: minutes, stories: stories, evaluations: evaluations, today: today, sink: sink)
        return sink.log.sorted
    }

    func testTodayAndEarlierPassAndTomorrowIsAWarningOnTheDateLine() {
        XCTAssertEqual(warnings(minutes: [meeting(on: "2026-12-04"), meeting(on: "2025-12-31")]).count, 0)
        let found = warnings(minutes: [meeting(on: "2026-12-05")])
        XCTAssertEqual(found.map(\.location.line), [3])
        XCTAssertEqual(found.first?.message.hasPrefix(
            "biên bản ghi ngày 05 tháng 12 năm 2026, sau hôm nay (ngày 04 tháng 12 năm 2026): buổi họp chưa diễn ra"), true)
    }

    func testAPeriodAlreadyBegunPassesAndOneNotYetBegunIsAWarning() {
        let source = SourceLocation(file: "content/evaluations/x.yaml")
        let periods = ["2026", "2026-q4", "2026-12", "2027", "2027-q1", "2027-01"]
        let found = warnings(evaluations: periods.map { Evaluation(period: Period($0)!, entries: [], source: source) })
        XCTAssertEqual(Set(found.map { $0.message.components(separatedBy: "'")[1] }), ["2027", "2027-q1", "2027-01"])
    }

    func testTodayIsTheDayInVietnamNotOnTheMachinesUTCClock() {
        // 2026-12-04 18:30 UTC is already 01:30 on the 5th in Hà Nội.
        let instant = Date(timeIntervalSince1970: 1_796_409_000)
        XCTAssertEqual(CalendarDate.today(at: instant), CalendarDate(year: 2026, month: 12, day: 5))
    }

    /// A whole site, checked as `bontot check` checks it, against the real clock: 2099 is
    /// still ahead.
    func testASiteWithAMeetingAStoryAndScoresDatedAheadGetsOneWarningEach() throws {
        let minutes = "content/minutes/2099/ap-1-2099-09.md"
        let story = "content/stories/hien-dat.md"
        let scores = "content/evaluations/2099.yaml"
        let original = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(story)"), encoding: .utf8)
        let scoresText = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/content/evaluations/2023.yaml"),
                                    encoding: .utf8)
        try assertDiagnostics([
            "content/minutes/2024/ap-1-2024-09.md": .remove,
            minutes: "---\nbranch: ap-1\ndate: 2099-09-20\nkind: thuong-ky\n---\nNội dung.\n",
            story: .text(original.replacingOccurrences(of: "date: 2024-08-15", with: "date: 2099-08-15")),
            "content/evaluations/2023.yaml": .remove,
            scores: .text(scoresText.replacingOccurrences(of: "2023", with: "2099")),
        ], [
            .warning(minutes, 3, "biên bản ghi ngày 20 tháng 9 năm 2099, sau hôm nay"),
            .warning(story, 6, "bài viết ghi ngày 15 tháng 8 năm 2099, sau hôm nay"),
            .warning(scores, 1, "kỳ đánh giá '2099' (năm 2099) chưa bắt đầu"),
        ])
    }

    /// A rebuild that takes the files from the decode cache points at the same `date:` lines.
    func testARebuildFromTheCacheReportsTheSameLines() throws {
        let site = try IncrementalSite.make(for: self)
        let minutes = "content/minutes/2024/binh-minh-2024-09.md"
        try site.replace("date: 2024-09-", with: "date: 2099-09-", in: minutes)
        try site.write("content/minutes/2099/binh-minh-2099-09.md", try site.read(minutes))
        try site.remove(minutes)
        let first = site.build()
        let future = first.diagnostics.sorted.filter { $0.message.contains("sau hôm nay") }
        XCTAssertEqual(future.map(\.location.line), [3], first.problems)
        let again = site.build()
        XCTAssertEqual(again.diagnostics.sorted, first.diagnostics.sorted)
        XCTAssertEqual(again.diagnostics.sorted, SiteLoader.load(root: site.root).diagnostics.sorted)
    }
}
