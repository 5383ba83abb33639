import Foundation
import XCTest

/// Every percentage bontot writes on a page keeps its sign on the figure's line (a no-break
/// space, SPEC §4): the ranking index's excerpts, the bulletin's ranking sentences and figures,
/// a branch's attendance chart and table by year, and the reasons a branch misses "Chi bộ 4 tốt"
/// still broke "(18,8" from "%)", being written by the formatter's plain-text form.
final class PercentSignTests: XCTestCase {
    /// The one sentence a template writes itself, which no view model composes.
    private let templateSentence = "trên 85 % đảng viên dự họp, không ai vắng mặt"

    func testNoPercentageOnAnyPageBreaksBeforeItsSign() throws {
        let built = try BuiltSite.build()
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let pages = try XCTUnwrap(FileManager.default.enumerator(atPath: built.output.path))
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".html") }.sorted()
        XCTAssertGreaterThan(pages.count, 20)
        var broken: [String] = []
        for path in pages {
            let text = built.page(path).replacingOccurrences(of: templateSentence, with: "")
            // Text between tags only: a page's description for search engines is plain text.
            for match in text.matches(of: />[^<]*[0-9] %[^<]*</) {
                broken.append("\(path): \(match.output)")
            }
        }
        XCTAssertEqual(broken, [])
    }
}
