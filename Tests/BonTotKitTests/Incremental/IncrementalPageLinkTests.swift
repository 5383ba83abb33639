import BonTotKit
import Foundation
import XCTest

/// A story links another by its file (`[bài khác](bi-thu-8x.md)`): the page shows the address of
/// the other story's page, which its `slug:` decides. Editing that slug alone moves the page
/// linked, and the linking story's page, whose own file did not change, follows: the incremental
/// build equals a clean one.
final class IncrementalPageLinkTests: XCTestCase {
    private static let linking = "content/stories/hien-dat.md"
    private static let linked = "content/stories/bi-thu-8x.md"

    private func link(_ site: IncrementalSite) throws {
        try site.replace("Con đường liên ấp nay đã rộng 5 mét.",
                         with: "Con đường liên ấp nay đã rộng 5 mét, như [ấp Bắc](bi-thu-8x.md) đã làm.", in: Self.linking)
    }

    func testTheLinkedStorysNewSlugReachesTheLinkingPage() throws {
        let outcome = try assertIncrementalEqualsClean(prepare: link, edit: { site in
            try site.replace("title: Bí thư 8X xông pha trong lũ\n", with: "title: Bí thư 8X xông pha trong lũ\nslug: bi-thu-tre\n",
                             in: Self.linked)
        })
        let page = "guong-dien-hinh/binh-minh-hien-dat/index.html"
        XCTAssertTrue(outcome.before.text(page)?.contains(#"href="../../guong-dien-hinh/bi-thu-8x-xong-pha-trong-lu/index.html""#) == true)
        XCTAssertTrue(outcome.after.text(page)?.contains(#"href="../../guong-dien-hinh/bi-thu-tre/index.html""#) == true)
    }

    func testTheLinkedFileRemovedFailsTheBuildAndLeavesTheOutput() throws {
        let site = try IncrementalSite.make(for: self)
        try link(site)
        XCTAssertTrue(site.build().succeeded)
        let before = OutputTree(site.output)
        try site.remove(Self.linked)
        let report = site.build()
        XCTAssertFalse(report.succeeded)
        XCTAssertTrue(report.problems.contains("content/stories/hien-dat.md:10: error: liên kết 'bi-thu-8x.md' trong bài không dùng được: "
                                               + "không có trang nào làm từ tệp 'content/stories/bi-thu-8x.md' (tệp không có, hoặc không phải "
                                               + "biên bản, bài viết, chi bộ, bản tin hay bảng điểm) / no page is made from that file"),
                      report.problems)
        XCTAssertFalse(report.problems.contains("có phải"), "the linking file is no name to suggest: \(report.problems)")
        assertSameTree(OutputTree(site.output), before, "a failed build leaves the output as it was")
    }

    /// A district's story links its units' ranking by their scores' file; the file's `period:`
    /// set alone moves the ranking, and the story's page, whose file did not change, follows.
    func testTheUnitScoresNewPeriodReachesTheDistrictsLinkingPage() throws {
        let scores = "content/unit-evaluations/2024.yaml"
        let outcome = try assertIncrementalEqualsClean("district", prepare: { site in
            try site.write("content/stories/xep-hang-don-vi.md",
                           DistrictUnitRankingLinkTests.story("Xem [xếp hạng đơn vị](../unit-evaluations/2024.yaml)."))
        }, edit: { site in
            try site.replace("năm 2024\n", with: "năm 2024\nperiod: 2025\n", in: scores)
        })
        let page = "xep-hang-don-vi-nam-2024/index.html"
        let story = try XCTUnwrap(outcome.before.text("guong-dien-hinh/" + page), "the story's page")
        XCTAssertTrue(story.contains(#"href="../../xep-hang-don-vi/2024/index.html""#), story)
        XCTAssertTrue(outcome.after.text("guong-dien-hinh/" + page)?.contains(#"href="../../xep-hang-don-vi/2025/index.html""#) == true)
    }
}
