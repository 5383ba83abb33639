@testable import BonTotKit
import Foundation
import XCTest

/// December closes both the fourth quarter and the year: a site that ranked its branches in
/// both has the year in its bulletin and in the bulletin's feed entry. The bulletin took the
/// last of the month's rankings, the year only because the rankings came in period order; in
/// another order the quarter won.
final class BulletinClosingRankingTests: FolderTestCase {
    private let december = YearMonth(year: 2024, month: 12)

    /// The fixture portal scored in the fourth quarter of 2024 as in the year, its rankings
    /// in period order, or reversed.
    private func context(reversed: Bool) throws -> PortalContext {
        let root = folder.appending(path: reversed ? "reversed" : "portal")
        try FileManager.default.copyItem(at: BuiltSite.fixtures.appending(path: "portal"), to: root)
        let scores = root.appending(path: "content/evaluations")
        try FileManager.default.copyItem(at: scores.appending(path: "2024.csv"), to: scores.appending(path: "2024-q4.csv"))
        let loaded = SiteLoader.load(root: root)
        let site = try XCTUnwrap(loaded.site, "\(loaded.diagnostics.sorted)")
        var analysis = try XCTUnwrap(loaded.analysis)
        XCTAssertEqual(analysis.rankings.filter { $0.period.closingMonth == december }.count, 2)
        if reversed { analysis.rankings.reverse() }
        return PortalContext(site: site, analysis: analysis)
    }

    func testTheBulletinOfDecemberReportsTheYearWhateverTheOrderOfTheRankings() throws {
        for reversed in [false, true] {
            let context = try context(reversed: reversed)
            let content = BulletinContent(context)
            let page = BulletinPage(month: december, content: content, context: context)
            XCTAssertEqual(page.ranking?.heading, "Kết quả xếp loại năm 2024", "rankings reversed: \(reversed)")
            let summary = try XCTUnwrap(BulletinFeedSummary.text(december, content: content, context: context))
            XCTAssertTrue(summary.contains("Kết quả xếp loại năm 2024:"), "rankings reversed: \(reversed): \(summary)")
            XCTAssertFalse(summary.contains("quý IV"), summary)
        }
    }

    /// The rule itself, for a district's rankings of its units too: the longest period closing
    /// in the month, a quarter over its last month.
    func testTheLongestPeriodClosingInTheMonthIsReported() throws {
        func ranking(_ period: String) -> Ranking {
            Ranking.make(evaluation: RulesFixture.evaluation(period, [RulesFixture.entry("ap-1", RulesFixture.scores(total: 80))]),
                         rubric: RulesFixture.rubric, branchNames: [:])
        }
        let december = ["2024-12", "2024-q4", "2024"].map(ranking)
        for order in [december, december.reversed(), [december[1], december[2], december[0]]] {
            XCTAssertEqual(BulletinContent.reported(order)?.period, Period(year: 2024))
        }
        let september = ["2024-q3", "2024-09"].map(ranking)
        XCTAssertEqual(BulletinContent.reported(september)?.period, Period("2024-q3"))
        XCTAssertEqual(BulletinContent.reported(september.reversed())?.period, Period("2024-q3"))
        XCTAssertNil(BulletinContent.reported([]))
    }
}
