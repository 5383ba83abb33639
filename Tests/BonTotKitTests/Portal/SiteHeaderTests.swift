import BonTotKit
import Foundation
import XCTest

/// The header of every page, made once per way back to the root and current section and
/// rendered once per distinct header: each page's menu marks its own section, and its links
/// start from that page's folder.
final class SiteHeaderTests: XCTestCase {
    private static let built = Result { try BuiltSite.build() }

    /// The page's menu, between `<nav class="site-nav"` and `</nav>`.
    private func menu(_ path: String) throws -> String {
        let text = try Self.built.get().page(path)
        guard let start = text.range(of: "<nav class=\"site-nav\""),
              let end = text.range(of: "</nav>", range: start.upperBound..<text.endIndex) else {
            XCTFail("\(path) has no menu")
            return ""
        }
        return String(text[start.lowerBound..<end.upperBound])
    }

    /// The label of the menu entry marked current (the page itself, or the section the page is
    /// in: `ScreenReaderMarkupTests` tells them apart), if any.
    private func current(_ menu: String) -> [String] {
        menu.matches(of: #/aria-current="(?:page|true)">([^<]*)</#).map { String($0.output.1) }
    }

    func testEachPageMarksItsOwnSection() throws {
        let expected = [
            "index.html": "Trang chủ",
            "chi-bo/index.html": "Chi bộ",
            "xep-hang/index.html": "Xếp hạng thi đua",
            "sinh-hoat/index.html": "Sinh hoạt chi bộ",
            "sinh-hoat/2024/09/index.html": "Sinh hoạt chi bộ",
            "sinh-hoat/ap-bac-2024-09/index.html": "Sinh hoạt chi bộ",
            "guong-dien-hinh/index.html": "Gương điển hình",
            "ban-tin/index.html": "Bản tin",
            "luu-tru/index.html": "Lưu trữ",
        ]
        for (path, section) in expected {
            XCTAssertEqual(current(try menu(path)), [section], path)
        }
    }

    func testTheMenuLinksStartFromThePagesFolder() throws {
        XCTAssertTrue(try menu("index.html").contains("<a href=\"chi-bo/index.html\">Chi bộ</a>"))
        XCTAssertTrue(try menu("chi-bo/index.html").contains("<a href=\"../chi-bo/index.html\" aria-current=\"page\">Chi bộ</a>"))
        XCTAssertTrue(try menu("sinh-hoat/index.html").contains("<a href=\"../chi-bo/index.html\">Chi bộ</a>"))
        XCTAssertTrue(try menu("sinh-hoat/ap-bac-2024-09/index.html").contains("<a href=\"../../chi-bo/index.html\">Chi bộ</a>"))
        XCTAssertTrue(try menu("sinh-hoat/2024/09/index.html").contains("<a href=\"../../../chi-bo/index.html\">Chi bộ</a>"))
        XCTAssertEqual(try menu("sinh-hoat/2024/09/index.html"),
                       try menu("sinh-hoat/2024/08/index.html"), "the same folder depth and section: the same menu")
    }
}
