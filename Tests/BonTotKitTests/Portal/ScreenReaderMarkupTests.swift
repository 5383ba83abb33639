import BonTotKit
import Foundation
import XCTest

/// The portal as a blind reader hears it with a screen reader: the menu says where the page is,
/// no navigation landmark is empty, a link read out of context (in the screen reader's list of
/// links) says where it leads, and the meeting grid's marks are words, not symbols.
final class ScreenReaderMarkupTests: XCTestCase {
    /// The menu marks its entry as the current page only on that entry's own page; on a page
    /// inside the section (a branch's profile under "Chi bộ") it marks the section, so the reader
    /// does not hear that the link to the list of branches is the page being read.
    func testTheMenuMarksTheCurrentPageApartFromTheCurrentSection() throws {
        let built = try BuiltSite.build()
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let directory = Self.menu(of: built.page("chi-bo/index.html"))
        XCTAssertTrue(directory.contains("aria-current=\"page\">Chi bộ</a>"), directory)
        let profile = Self.menu(of: built.page("chi-bo/ap-bac/index.html"))
        XCTAssertTrue(profile.contains("aria-current=\"true\">Chi bộ</a>"), profile)
        XCTAssertFalse(profile.contains("aria-current=\"page\""), profile)
        XCTAssertTrue(Self.menu(of: built.page("index.html")).contains("aria-current=\"page\">Trang chủ</a>"))
        let ranking = Self.menu(of: built.page("xep-hang/2024/index.html"))
        XCTAssertTrue(ranking.contains("aria-current=\"true\">Xếp hạng thi đua</a>"), ranking)
    }

    /// A month with no month before or after it has no "Tháng khác" navigation, which a screen
    /// reader would list among the page's landmarks with nothing in it.
    func testAMonthWithNoOtherMonthHasNoEmptyNavigation() throws {
        let both = try BuiltSite.build()
        XCTAssertTrue(both.page("sinh-hoat/2024/09/index.html").contains("<nav class=\"pager\" aria-label=\"Tháng khác\">"))
        let alone = try BuiltSite.build(changes: ["content/minutes/2024/ap-bac-2024-08.md": nil])
        XCTAssertTrue(alone.report.succeeded, "\(alone.report.diagnostics.sorted)")
        let page = alone.page("sinh-hoat/2024/09/index.html")
        XCTAssertTrue(page.contains("<h1>"), page)
        XCTAssertFalse(page.contains("class=\"pager\""), page)
    }

    /// The site's menu of `page`.
    private static func menu(of page: String) -> String {
        guard let start = page.range(of: "<nav class=\"site-nav\""),
              let end = page.range(of: "</nav>", range: start.upperBound..<page.endIndex) else { return "" }
        return String(page[start.lowerBound..<end.upperBound])
    }
}
