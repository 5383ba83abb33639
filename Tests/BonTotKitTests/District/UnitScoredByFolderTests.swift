import BonTotKit
import Foundation
import XCTest

/// A district's score table naming a unit by its folder (`xa-c`) where `site.yaml` lists it
/// under another id (`xa-long-thanh`, path `./xa-c/`): the error suggests that unit, not the
/// look-alike id of another commune (`xa-a`).
final class UnitScoredByFolderTests: XCTestCase {
    func testAUnitWrittenByItsFolderIsSuggestedByItsID() throws {
        let (_, report) = try DistrictFixture.build(for: self, changes: [
            "site.yaml": DistrictFixture.siteYAML(thirdUnit: "- { id: xa-long-thanh, path: ./xa-c/ }"),
        ])
        XCTAssertFalse(report.succeeded)
        let error = try XCTUnwrap(report.diagnostics.entries.first { $0.message.contains("unknown unit 'xa-c'") }, report.problems)
        XCTAssertEqual(error.location.file, "content/unit-evaluations/2024.yaml")
        XCTAssertEqual(error.location.line, 9)
        XCTAssertTrue(error.message.contains("(có phải 'xa-long-thanh' (Đảng bộ xã Long Thạnh), đơn vị ở thư mục xa-c/?"), error.message)
        XCTAssertFalse(error.message.contains("'xa-a'"), "another commune is not suggested: \(error.message)")
    }
}
