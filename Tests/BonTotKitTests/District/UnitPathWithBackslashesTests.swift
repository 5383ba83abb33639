import BonTotKit
import Foundation
import XCTest

/// A district's `site.yaml` typed on Windows, its units' paths copied from Explorer with
/// backslashes (`.\xa-c\`), built on the office's Linux server: the same folders are found.
final class UnitPathWithBackslashesTests: XCTestCase {
    func testAUnitPathWithBackslashesFindsItsFolder() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: [
            "site.yaml": DistrictFixture.siteYAML(thirdUnit: #"- { id: xa-c, path: .\xa-c\ }"#),
        ])
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertEqual(report.diagnostics.entries.filter { $0.message.contains("không tồn tại") }, [])
        XCTAssertTrue(DistrictFixture.page(site, "don-vi/xa-c/chi-bo/kenh-2/index.html").contains("Kênh"),
                      "the unit's pages are built from its folder")
    }
}
