import BonTotKit
import Foundation
import XCTest

/// A branch left out of a period's scores is not silent: a warning names it and the file, and
/// the ranking's summary says how many branches were scored of how many exist.
final class UnscoredBranchTests: XCTestCase {
    private func withoutDongTam() throws -> BuiltSite {
        let path = BuiltSite.fixtures.appending(path: "portal/content/evaluations/2024.csv")
        let csv = try String(contentsOf: path, encoding: .utf8)
            .components(separatedBy: "\r\n").filter { !$0.hasPrefix("dong-tam;") }.joined(separator: "\r\n")
        return try BuiltSite.build(changes: ["content/evaluations/2024.csv": csv])
    }

    func testTheLeftOutBranchIsNamedInAWarningOnTheFile() throws {
        let built = try withoutDongTam()
        XCTAssertTrue(built.report.succeeded)
        let warnings = built.report.diagnostics.sorted.filter { $0.severity == .warning && $0.message.contains("dong-tam") }
        XCTAssertEqual(warnings.count, 1, "\(built.report.diagnostics.sorted)")
        XCTAssertEqual(warnings.first?.location.file, "content/evaluations/2024.csv")
        XCTAssertTrue(warnings.first?.message.contains("04/05 chi bộ") == true, warnings.first?.message ?? "")
    }

    func testTheSummarySaysHowManyWereScoredOfHowManyExist() throws {
        let page = try withoutDongTam().page("xep-hang/2024/index.html")
        XCTAssertTrue(page.contains("Đã chấm điểm 04/05 chi bộ; chưa có điểm: Chi bộ ấp Đồng Tâm."), page)
        XCTAssertFalse(page.contains("4/4 chi bộ"), "counts are zero-padded on both sides")
    }

    func testAFullyScoredPeriodHasNoSuchSentenceAndPadsItsCounts() throws {
        let built = try BuiltSite.build()
        let page = built.page("xep-hang/2024/index.html")
        XCTAssertFalse(page.contains("Đã chấm điểm"))
        XCTAssertTrue(page.range(of: #"\b0\d/05 chi bộ"#, options: .regularExpression) != nil, "“04/05 chi bộ …” style counts")
        XCTAssertFalse(built.report.diagnostics.sorted.contains { $0.message.contains("chưa có điểm") })
    }
}
