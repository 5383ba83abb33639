import XCTest

/// Links to other pages on a page printed on A4: on paper a link is only its words.
final class PrintedLinksTests: XCTestCase {
    /// The month's link to its bulletin, and a year's archive's link to its ranking, printed as
    /// a line of their own words ("Bản tin tháng 9 năm 2024") meaning nothing on paper.
    func testLinksToOtherPagesAreLeftOffThePrintedPage() throws {
        let built = try BuiltSite.build()
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let rankingLink = try XCTUnwrap(built.page("luu-tru/2024/index.html")
            .firstMatch(of: #/<a href="[^"]*xep-hang/2024/index.html">([^<]*)</a>/#)).output.1
        for (page, link) in [("sinh-hoat/2024/09/index.html", "Bản tin tháng 9 năm 2024"),
                             ("luu-tru/2024/index.html", String(rankingLink))] {
            XCTAssertTrue(built.page(page).contains(">\(link)</a>"), "\(page) links to \(link) on screen")
            let printed = try PrintedPageWords(page: page, in: built).words.map(\.text).joined(separator: " ")
            XCTAssertFalse(printed.contains(link), "\(page) printed the link '\(link)': \(printed.prefix(400))")
        }
    }
}
