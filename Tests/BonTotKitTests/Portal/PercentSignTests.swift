import Foundation
import XCTest

/// Every percentage bontot writes on a page keeps its sign on the figure's line (a no-break
/// space, SPEC §4): the ranking index's excerpts, the bulletin's ranking sentences and figures,
/// a branch's attendance chart and table by year, and the reasons a branch misses "Chi bộ 4 tốt"
/// still broke "(18,8" from "%)", being written by the formatter's plain-text form; and the
/// branch template's own "trên 85 % đảng viên dự họp".
final class PercentSignTests: XCTestCase {
    func testNoPercentageOnAnyPageBreaksBeforeItsSign() throws {
        let built = try BuiltSite.build()
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let pages = try XCTUnwrap(FileManager.default.enumerator(atPath: built.output.path))
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".html") }.sorted()
        XCTAssertGreaterThan(pages.count, 20)
        var broken: [String] = []
        for path in pages {
            let text = built.page(path)
            // Text between tags only: a page's description for search engines is plain text.
            for match in text.matches(of: />[^<]*[0-9] %[^<]*</) {
                broken.append("\(path): \(match.output)")
            }
        }
        XCTAssertEqual(broken, [])
    }
}
