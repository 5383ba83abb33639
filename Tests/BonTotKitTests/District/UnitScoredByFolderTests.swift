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

/// A district's story naming a unit's branch by the unit's folder (`branch: xa-c/kenh-2`) where
/// `site.yaml` lists the unit as `xa-long-thanh`: the error gives the line to write.
final class StoryUnitByFolderTests: XCTestCase {
    func testAStoryNamingTheUnitByItsFolderIsToldTheLineToWrite() throws {
        let site = try DistrictFixture.prepare(for: self, changes: [
            "site.yaml": DistrictFixture.siteYAML(thirdUnit: "- { id: xa-long-thanh, path: ./xa-c/ }"),
            "content/stories/kenh-hai.md": """
                ---
                title: Chi bộ Kênh Hai làm đường
                date: 2024-09-01
                kind: tap-the
                branch: xa-c/kenh-2
                ---
                Nội dung bài viết về chi bộ.

                """,
        ])
        try site.replace("  xa-c:", with: "  xa-long-thanh:", in: "content/unit-evaluations/2024.yaml")
        let report = site.build()
        XCTAssertFalse(report.succeeded)
        let error = try XCTUnwrap(report.diagnostics.entries.first { $0.message.contains("unknown unit 'xa-c'") }, report.problems)
        XCTAssertEqual(error.location.file, "content/stories/kenh-hai.md")
        XCTAssertTrue(error.message.contains("; 'xa-c' là thư mục của đơn vị 'xa-long-thanh', hãy ghi branch: xa-long-thanh/kenh-2"), error.message)
        XCTAssertFalse(error.message.contains("'xa-a'"), "another commune is not suggested: \(error.message)")
    }
}
