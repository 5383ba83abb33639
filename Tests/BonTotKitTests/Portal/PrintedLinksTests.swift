import Foundation
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

    /// A link to another site in a branch's introduction printed as its words alone, its
    /// address lost: the reader of the paper could not find the site. The address is now
    /// printed after the link's words; a link to a file of the portal's media prints none (a
    /// path among the portal's files is of no use on paper).
    func testALinkToAnotherSitePrintsItsAddress() throws {
        let intro = "Chi bộ được thành lập năm 1995, lãnh đạo nhà trường đạt chuẩn quốc gia."
        let branch = "content/branches/truong-thcs.md"
        let text = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/" + branch), encoding: .utf8)
        XCTAssertTrue(text.contains(intro))
        let built = try BuiltSite.build(changes: [
            branch: text.replacingOccurrences(of: intro, with: intro
                + "\n\nXem thêm [Cổng thông tin điện tử quận](https://tantien.gov.vn/to-chuc) và [ảnh toàn cảnh](media/ap-bac.svg)."),
        ])
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let words = try PrintedPageWords(page: "chi-bo/truong-thcs/index.html", in: built).words.map(\.text)
        let link = try XCTUnwrap(words.firstIndex(of: "quận"), "the link's words are printed: \(words)")
        XCTAssertEqual(Array(words[link...].prefix(3)), ["quận", "(https://tantien.gov.vn/to-chuc)", "và"])
        XCTAssertTrue(words.contains("cảnh."), "\(words)")
        XCTAssertFalse(words.contains { $0.contains("ap-bac") }, "no address after a link to the portal's media: \(words)")
    }
}
