import BonTotKit
import Foundation
import XCTest

/// Scores given to a branch in a period that ended before the month it was founded (`founded:`)
/// are a warning on the row, naming the day and its line, and are not ranked; a period the branch
/// was founded in is ranked in silence.
final class ScoresBeforeFoundingTests: SiteCopyTestCase {
    private let dongTam = "content/branches/dong-tam.yaml"

    /// The portal fixture with `founded: <day>` added to Đồng Tâm's file (5 lines, so on line 6).
    private func build(founded day: String) throws -> BuiltSite {
        let original = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/" + dongTam), encoding: .utf8)
        let site = try BuiltSite.build("portal", changes: [dongTam: original + "founded: \(day)\n"])
        keep(site.root)
        return site
    }

    private func evaluationMessages(_ site: BuiltSite) -> [String] {
        site.report.diagnostics.sorted.map(\.description).filter { $0.hasPrefix("content/evaluations/") }
    }

    func testScoresOfAPeriodEndingBeforeTheFoundingAreAWarningOnTheRowAndNotRanked() throws {
        // Founded on 1 March 2024: the table of 2023 still scores it, on line 5.
        let site = try build(founded: "2024-03-01")
        XCTAssertTrue(site.report.succeeded, site.report.problems)
        XCTAssertEqual(evaluationMessages(site), [
            "content/evaluations/2023.yaml:5: warning: chi bộ 'dong-tam' (Chi bộ ấp Đồng Tâm) thành lập từ ngày 01 tháng 3 năm 2024 "
                + "(founded: ở \(dongTam):6), sau kỳ 2023: điểm này không được xếp hạng; hãy xóa dòng này hoặc kiểm tra lại "
                + "ngày thành lập / the branch was founded after the period ended; its scores are not ranked",
        ], "2024, the year it was founded in, is ranked in silence")
        XCTAssertFalse(site.page("xep-hang/2023/index.html").contains("Đồng Tâm"))
        XCTAssertTrue(site.page("xep-hang/2024/index.html").contains("Đồng Tâm"))
        XCTAssertFalse(site.page("chi-bo/dong-tam/index.html").contains("xep-hang/2023/"), "its profile lists no 2023 ranking")
    }

    func testScoresOfThePeriodItWasFoundedInAreRankedInSilence() throws {
        let site = try build(founded: "2023-12-31")
        XCTAssertEqual(evaluationMessages(site), [])
        XCTAssertTrue(site.page("xep-hang/2023/index.html").contains("Đồng Tâm"))
    }
}
