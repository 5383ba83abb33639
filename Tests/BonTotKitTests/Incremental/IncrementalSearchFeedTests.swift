import BonTotKit
import XCTest

/// The whole-site outputs (the search index, the feed, the sitemap) after an edit: the
/// incremental build equals a clean one, byte for byte, and rewrites only the parts that changed.
final class IncrementalSearchFeedTests: XCTestCase {
    private let router = Router()

    private func withAbsoluteBaseURL(_ site: IncrementalSite) throws {
        try site.replace("base_url: /\n", with: "base_url: https://intranet.example/dang-bo/\n", in: "site.yaml")
    }

    func testAMinutesEditRewritesOnlyItsYearsPartOfTheIndex() throws {
        let outcome = try assertIncrementalEqualsClean(edit: { site in
            try site.replace("Đồng chí Bí thư báo cáo tình hình tháng 8.", with: "Đồng chí Bí thư báo cáo về đê bao.",
                             in: "content/minutes/2024/ap-bac-2024-09.md")
        })
        let changed = outcome.after.changed(since: outcome.before)
        XCTAssertTrue(changed.contains(router.file(.searchIndex("bien-ban-2024"))), "\(changed)")
        XCTAssertFalse(changed.contains(router.file(.searchIndex("ho-so"))))
        XCTAssertFalse(changed.contains(router.file(.searchIndex("guong"))))
        XCTAssertTrue(outcome.after.text(router.file(.searchIndex("bien-ban-2024")))?.contains("đê bao") == true)
    }

    /// Entries show their branch's name: renaming a branch changes the parts that name it.
    func testABranchRenamedShowsInEveryPartThatNamesIt() throws {
        let outcome = try assertIncrementalEqualsClean(edit: { site in
            try site.replace("name: Chi bộ ấp Ấp Bắc", with: "name: Chi bộ ấp Ấp Bắc Mới", in: "content/branches/ap-bac.yaml")
        })
        for part in ["ho-so", "guong", "bien-ban-2024"] {
            XCTAssertTrue(outcome.after.text(router.file(.searchIndex(part)))?.contains("Ấp Bắc Mới") == true, part)
        }
    }

    func testAStoryEditShowsInTheFeedAndTheSitemap() throws {
        let outcome = try assertIncrementalEqualsClean(prepare: withAbsoluteBaseURL, edit: { site in
            try site.replace("title: Bí thư 8X xông pha trong lũ", with: "title: Bí thư 8X vượt lũ cứu dân",
                             in: "content/stories/bi-thu-8x.md")
        })
        let changed = outcome.after.changed(since: outcome.before)
        XCTAssertTrue(changed.contains(router.file(.feed)), "\(changed)")
        XCTAssertTrue(outcome.after.text(router.file(.feed))?.contains("Bí thư 8X vượt lũ cứu dân") == true)
        XCTAssertTrue(outcome.after.text(router.file(.sitemap))?.contains("guong-dien-hinh/bi-thu-8x-vuot-lu-cuu-dan/") == true)
    }

    func testAnAbsoluteBaseURLGivenLaterAddsTheFeed() throws {
        let outcome = try assertIncrementalEqualsClean(edit: withAbsoluteBaseURL, renders: .all)
        XCTAssertNil(outcome.before.text(router.file(.feed)))
        XCTAssertNotNil(outcome.after.text(router.file(.feed)))
        XCTAssertNotNil(outcome.after.text(router.file(.sitemap)))
    }

    func testAnAbsoluteBaseURLTakenAwayRemovesTheFeed() throws {
        let outcome = try assertIncrementalEqualsClean(prepare: withAbsoluteBaseURL, edit: { site in
            try site.replace("base_url: https://intranet.example/dang-bo/\n", with: "base_url: /\n", in: "site.yaml")
        }, renders: .all)
        XCTAssertNotNil(outcome.before.text(router.file(.feed)))
        XCTAssertNil(outcome.after.text(router.file(.feed)))
    }
}
