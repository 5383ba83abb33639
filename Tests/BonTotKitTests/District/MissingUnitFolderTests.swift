import BonTotKit
import Foundation
import XCTest

/// A commune's folder renamed (`xa-c` now `xa-c-moi`) while `site.yaml` still lists the old
/// name: the error names the folder beside it that holds an unlisted site, as the path to write.
final class MissingUnitFolderTests: XCTestCase {
    func testARenamedUnitFolderIsSuggestedAsThePathToWrite() throws {
        let site = try DistrictFixture.prepare(for: self)
        try site.move("xa-c", to: "xa-c-moi")
        let report = site.build()
        XCTAssertFalse(report.succeeded)
        let error = try XCTUnwrap(report.diagnostics.entries.first { $0.message.contains("không tồn tại") }, report.problems)
        XCTAssertEqual(error.location.file, "site.yaml")
        XCTAssertEqual(error.location.line, 8)
        XCTAssertTrue(error.message.contains("'./xa-c/'"), error.message)
        XCTAssertTrue(error.message.contains("(có phải './xa-c-moi'? / did you mean './xa-c-moi'?)"), error.message)
    }

    func testTheRenamedFolderIsSuggestedBesideAnOldCopy() throws {
        let site = try DistrictFixture.prepare(for: self)
        try site.move("xa-c", to: "xa-c-moi")
        try site.write("xa-b-cu/site.yaml", try site.read("xa-b/site.yaml"))
        let report = site.build()
        let error = try XCTUnwrap(report.diagnostics.entries.first { $0.message.contains("không tồn tại") }, report.problems)
        XCTAssertTrue(error.message.contains("(có phải './xa-c-moi'?"), "an old copy of xa-b lies beside: \(error.message)")
    }

    func testAFolderAlreadyListedIsNotSuggested() throws {
        let site = try DistrictFixture.prepare(for: self, changes: [
            "site.yaml": DistrictFixture.siteYAML(thirdUnit: "- { id: xa-c, path: xa-d }"),
        ])
        try site.remove("xa-c")
        let report = site.build()
        let error = try XCTUnwrap(report.diagnostics.entries.first { $0.message.contains("không tồn tại") }, report.problems)
        XCTAssertFalse(error.message.contains("có phải"), "xa-a and xa-b are listed already: \(error.message)")
    }
}
