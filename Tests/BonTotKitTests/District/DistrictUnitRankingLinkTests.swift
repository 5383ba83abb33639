import BonTotKit
import Foundation
import XCTest

/// A district's story or bulletin editorial links its units' ranking of a period by the file of
/// its units' scores (`[xếp hạng đơn vị](../unit-evaluations/2024.yaml)`), as the branches' ranking
/// is linked by `../evaluations/2024.yaml`: the page shows the link to the units' ranking, wherever
/// the router puts it; the ranking's address written instead is told that file; a file of another
/// name is told its own folder's file of that name, not the other ranking's.
final class DistrictUnitRankingLinkTests: XCTestCase {
    private static let storyFile = "content/stories/xep-hang-don-vi.md"
    private static let slug = "xep-hang-don-vi-nam-2024"
    private static let editorialFile = "content/bulletins/2024-09.md"

    /// The district's story with `body` from line 8 on.
    static func story(_ body: String) -> String {
        """
        ---
        title: Xếp hạng đơn vị năm 2024
        slug: \(slug)
        kind: tap-the
        branch: co-quan-huyen-uy
        date: 2024-09-10
        ---
        \(body)

        """
    }

    func testTheDistrictsPagesLinkItsUnitsRankingByTheScoresFile() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: [
            Self.storyFile: Self.story("""
                Xem [xếp hạng đơn vị](../unit-evaluations/2024.yaml), [xã Bình Minh](unit-evaluations/2024.yaml#xa-a) \
                và [xếp hạng chi bộ](../evaluations/2024.yaml).
                """),
            Self.editorialFile: "---\ntitle: Tổng kết năm\nnumber: 9\n---\nĐọc [xếp hạng đơn vị](../unit-evaluations/2024.yaml).\n",
        ])
        XCTAssertTrue(report.succeeded, report.problems)
        let period = try XCTUnwrap(Period("2024"))
        let story = Route.story(Self.slug), bulletin = Route.bulletin(YearMonth(year: 2024, month: 9))
        let shown = LinkExtractor.links(in: DistrictFixture.page(site, Router().file(story)))
        let units = Router().link(from: story, to: .unitRanking(period))
        XCTAssertEqual(units, "../../xep-hang-don-vi/2024/index.html")
        for expected in [units, units + "#xa-a", Router().link(from: story, to: .ranking(period))] {
            XCTAssertTrue(shown.contains(expected), "missing \(expected) in \(shown)")
        }
        XCTAssertFalse(shown.contains { $0.contains("evaluations/") }, "\(shown)")
        let target = site.output.appending(path: Router().path(story)).appending(path: units).standardizedFileURL
        XCTAssertTrue(FileManager.default.fileExists(atPath: target.path), "\(units) leads to the units' ranking")
        XCTAssertTrue(LinkExtractor.links(in: DistrictFixture.page(site, Router().file(bulletin)))
            .contains(Router().link(from: bulletin, to: .unitRanking(period))), "the bulletin's editorial links it too")
    }

    func testTheUnitsRankingsAddressIsToldItsFileAndAnotherNameItsOwnFolders() throws {
        let site = try DistrictFixture.prepare(for: self, changes: [Self.storyFile: Self.story("""
            [một](../xep-hang-don-vi/2024/)

            [hai](../unit-evaluations/2024.csv)

            [ba](../evaluations/2024.csv)

            [bốn](../unit-evaluations/2023.yaml)
            """)])
        let file = Self.storyFile
        assertDiagnostics(PortalLoader.load(root: site.root).diagnostics, [
            .error(file, 8, "liên kết '../xep-hang-don-vi/2024/' trong bài không dùng được: đây là địa chỉ của trang trên cổng, "
                   + "không phải tệp; hãy ghi tệp làm ra trang đó: '../unit-evaluations/2024.yaml'"),
            .error(file, 10, "không có trang nào làm từ tệp 'content/unit-evaluations/2024.csv'; trang cùng tên làm từ "
                   + "'content/unit-evaluations/2024.yaml': hãy ghi '../unit-evaluations/2024.yaml'"),
            .error(file, 12, "không có trang nào làm từ tệp 'content/evaluations/2024.csv'; trang cùng tên làm từ "
                   + "'content/evaluations/2024.yaml': hãy ghi '../evaluations/2024.yaml'"),
            .error(file, 14, "không có trang nào làm từ tệp 'content/unit-evaluations/2023.yaml' (tệp không có, hoặc không phải "
                   + "biên bản, bài viết, chi bộ, bản tin hay bảng điểm) / no page is made from that file (có phải "
                   + "'../unit-evaluations/2024.yaml'?"),
        ])
        let report = site.build()
        XCTAssertFalse(report.succeeded)
        XCTAssertEqual(report.diagnostics.sorted, PortalLoader.load(root: site.root).diagnostics.sorted, "bontot check reports the same")
    }

    /// A scores file that is there but has errors is told by its own errors, not again as no
    /// page's file where a story links it.
    func testALinkedScoresFileWithErrorsIsToldByItsOwnErrorsAlone() throws {
        let scores = "content/unit-evaluations/2024.yaml"
        let text = try String(contentsOf: BuiltSite.fixtures.appending(path: "district/" + scores), encoding: .utf8)
        let site = try DistrictFixture.prepare(for: self, changes: [
            Self.storyFile: Self.story("Xem [xếp hạng đơn vị](../unit-evaluations/2024.yaml)."),
            scores: text.replacingOccurrences(of: "scores:", with: "scores: [không đóng"),
        ])
        let diagnostics = PortalLoader.load(root: site.root).diagnostics.sorted.map(\.description)
        XCTAssertTrue(diagnostics.contains { $0.hasPrefix(scores + ":") }, "the scores' own error: \(diagnostics)")
        XCTAssertFalse(diagnostics.contains { $0.hasPrefix(Self.storyFile) }, "nothing at the story: \(diagnostics)")
    }
}
