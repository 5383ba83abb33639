@testable import BonTotKit
import XCTest

/// The rules keep each branch's minutes and stories, and the months with minutes, for the
/// branch pages: the same as reading them off the whole site, in the site's order.
final class SiteAnalysisGroupingTests: XCTestCase {
    func testGroupingsAreWhatFilteringTheSiteGives() throws {
        let loaded = SiteLoader.load(root: BuiltSite.fixtures.appending(path: "portal"))
        let site = try XCTUnwrap(loaded.site)
        let analysis = try XCTUnwrap(loaded.analysis)
        XCTAssertFalse(analysis.minutesByBranch.isEmpty)
        XCTAssertFalse(analysis.storiesByBranch.isEmpty)
        for branch in site.branches {
            XCTAssertEqual((analysis.minutesByBranch[branch.id] ?? []).map(\.slug),
                           site.minutes.filter { $0.branchID == branch.id }.map(\.slug), branch.id)
            XCTAssertEqual((analysis.storiesByBranch[branch.id] ?? []).map(\.slug),
                           site.stories.filter { $0.branchID == branch.id }.map(\.slug), branch.id)
            XCTAssertEqual(analysis.discipline(of: branch.id)?.branchID, branch.id)
        }
        XCTAssertEqual(analysis.monthsWithMinutes, Set(site.minutes.map(\.date.yearMonth)))
        XCTAssertNil(analysis.discipline(of: "khong-co-chi-bo-nay"))
    }
}
