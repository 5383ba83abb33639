import BonTotKit
import Foundation
import XCTest

/// Issue 12, item 7: a cluster a branch names without a name in `site.yaml` is a warning (the page
/// could only show its id), and the ranking index does not say "Kết quả" twice.
final class ClusterNameTests: XCTestCase {
    func testAnUnnamedClusterIsAWarningOnTheFirstBranchNamingIt() throws {
        let site = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/site.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "  cum-1: Cụm thi đua số 1\n", with: "  cum-2: Cụm thi đua số 2\n")
        let loaded = SiteLoader.load(root: try BuiltSite.prepare("portal", changes: ["site.yaml": site]))
        let warnings = loaded.diagnostics.sorted.filter { $0.message.contains("chưa có tên trong site.yaml") }
        XCTAssertEqual(warnings.count, 1, "\(loaded.diagnostics.sorted)")
        XCTAssertTrue(warnings.first?.message.contains("'cum-1'") == true)
        XCTAssertEqual(warnings.first?.field, "cluster")
        XCTAssertTrue(warnings.first?.location.file.hasPrefix("content/branches/") == true)
    }

    func testTheRankingIndexLeadDoesNotRepeatKetQua() throws {
        let evaluation = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/content/evaluations/2023.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "period: 2023\n", with: "period: 2023\ntitle: Kết quả chấm điểm thi đua năm 2023\n")
        let built = try BuiltSite.build(changes: [
            "content/evaluations/2023.yaml": evaluation, "content/evaluations/2024.csv": nil,
        ])
        let index = built.page("xep-hang/index.html")
        XCTAssertTrue(index.contains("<p class=\"lead\">Kết quả chấm điểm thi đua năm 2023.</p>"), index)
        XCTAssertFalse(index.contains("Kết quả mới nhất: Kết quả"))
    }
}
