import BonTotKit
import Foundation
import XCTest

/// A unit listed by an absolute path (`path: /srv/xa-b`, a commune's site on a shared drive) is
/// that folder, not one under the district's: it builds into the district's portal, and its
/// problems are named by that path.
final class AbsoluteUnitPathTests: XCTestCase {
    func testAUnitListedByAnAbsolutePathIsBuiltIntoTheDistrict() throws {
        let site = try DistrictFixture.prepare(for: self)
        let absolute = site.root.appending(path: "xa-b").standardizedFileURL.path
        try site.replace("path: xa-b }", with: "path: \(absolute) }", in: "site.yaml")
        let report = site.build()
        XCTAssertTrue(report.succeeded, report.diagnostics.sorted.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(DistrictFixture.page(site, "don-vi/index.html").contains("don-vi/xa-b/index.html"))
        XCTAssertFalse(DistrictFixture.page(site, "don-vi/xa-b/index.html").isEmpty)

        try site.replace("branch: ap-bac-2", with: "branch: ap-bac-9", in: "xa-b/content/minutes/2024/ap-bac-2-2024-09.md")
        let failed = site.build()
        assertDiagnostics(failed.diagnostics, [.error("\(absolute)/content/minutes/2024/ap-bac-2-2024-09.md", 2, "unknown branch 'ap-bac-9'")])
    }
}
