import BonTotKit
import Foundation
import XCTest

/// The run's summary counts every problem: the rules' warnings are shown beside the errors
/// instead of being hidden by them, and a problem found after loading (`--month` with nothing to
/// print) is counted too.
final class SummaryCountTests: XCTestCase {
    func testTheRulesWarningsAreShownBesideTheErrorsAndCounted() throws {
        let root = try BuiltSite.prepare("portal", changes: [
            // Stated "hoan-thanh" where the total reaches a higher level: a rule's warning.
            "content/evaluations/2023.yaml": try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/content/evaluations/2023.yaml"), encoding: .utf8)
                .replacingOccurrences(of: "dang-vien: 19, bonus: 2 }", with: "dang-vien: 19, bonus: 2, level: hoan-thanh }"),
            // And a content error elsewhere.
            "content/minutes/2024/hong.md": "---\nbranch: ap-bac\ndate: 2024-09-31\nkind: thuong-ky\n---\n",
        ])
        let loaded = SiteLoader.load(root: root)
        let sorted = loaded.diagnostics.sorted
        XCTAssertTrue(sorted.contains { $0.severity == .error && $0.location.file == "content/minutes/2024/hong.md" })
        XCTAssertTrue(sorted.contains { $0.severity == .warning && $0.message.contains("khác mức tính theo điểm") },
                      sorted.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(loaded.summary.hasSuffix("; 1 lỗi, 1 cảnh báo"), loaded.summary)
    }

    func testAMonthWithNothingToPrintIsCountedAsAnError() throws {
        let root = try BuiltSite.prepare("portal", changes: [:])
        let report = SiteBuilder.build(BuildOptions(siteRoot: root, month: YearMonth(year: 2021, month: 3)))
        XCTAssertFalse(report.succeeded)
        XCTAssertEqual(report.diagnostics.errorCount, 1)
        let errors = report.diagnostics.sorted.filter { $0.severity == .error }
        XCTAssertEqual(errors.map(\.location), [.option("--month")], "the one error is the month's, not another problem of the site")
        XCTAssertTrue(errors.first?.message.hasPrefix("tháng 2021-03 chưa có nội dung cho bản tin") == true, "\(errors)")
        XCTAssertTrue(report.summary.hasSuffix("; 1 lỗi, 0 cảnh báo"), report.summary)
    }
}
