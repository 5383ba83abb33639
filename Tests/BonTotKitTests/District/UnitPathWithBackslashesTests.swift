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

/// What a backslash cannot mean on the server: a folder whose name holds one is found as typed;
/// a path of a Windows computer (a drive, a network share) is told as such, with what to write.
final class UnitPathOfWindowsTests: XCTestCase {
    func testAFolderWhoseNameHasABackslashIsFoundAsTyped() throws {
        let site = try DistrictFixture.prepare(for: self, changes: [
            "site.yaml": DistrictFixture.siteYAML(thirdUnit: #"- { id: xa-c, path: 'xa\c' }"#),
        ])
        try site.move("xa-c", to: #"xa\c"#)
        let report = site.build()
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertTrue(DistrictFixture.page(site, "don-vi/xa-c/chi-bo/kenh-2/index.html").contains("Kênh"))
    }

    func testAPathOnAWindowsDriveIsToldAsSuch() throws {
        let (_, report) = try DistrictFixture.build(for: self, changes: [
            "site.yaml": DistrictFixture.siteYAML(thirdUnit: #"- { id: xa-c, path: 'C:\Users\Lan\Desktop\xa-c' }"#),
        ])
        let error = try XCTUnwrap(report.diagnostics.entries.first { $0.message.contains("không tồn tại") }, report.problems)
        XCTAssertEqual(error.location.line, 8)
        XCTAssertTrue(error.message.contains(#"không tồn tại: 'C:\Users\Lan\Desktop\xa-c'; đây là đường dẫn trên ổ C: của một máy Windows"#),
                      "the path as typed, and why it is not found: \(error.message)")
        XCTAssertTrue(error.message.contains("ví dụ 'path: xa-c'"), error.message)
        XCTAssertTrue(error.message.contains("(có phải 'xa-c'?"), "the folder copied here already: \(error.message)")
    }

    func testAWindowsNetworkShareIsToldAsSuch() throws {
        let (_, report) = try DistrictFixture.build(for: self, changes: [
            "site.yaml": DistrictFixture.siteYAML(thirdUnit: #"- { id: xa-c, path: '\\may-chu\du-lieu\xa-c' }"#),
        ])
        let error = try XCTUnwrap(report.diagnostics.entries.first { $0.message.contains("không tồn tại") }, report.problems)
        XCTAssertTrue(error.message.contains(#"'\\may-chu\du-lieu\xa-c'; đây là thư mục chia sẻ trên mạng của Windows"#), error.message)
    }
}
