@testable import BonTotKit
import Foundation
import XCTest

/// A commune's folder copied from a Mac (or unzipped from an archive made on one) is named with
/// decomposed Vietnamese letters, while the district's `site.yaml` is typed on a Windows keyboard,
/// precomposed: both show "Xã Long Thạnh", but the district was told "thư mục của đơn vị 'xa-c'
/// không tồn tại", with the folder right there. The folder is now found as the disk spells it,
/// either way round, and the district builds as with the folder's plain name.
final class UnitFolderSpellingTests: XCTestCase {
    private static let name = "Xã Long Thạnh"

    private func assertBuildsAsThePlainFolder(folder: String, written: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let (plain, plainReport) = try DistrictFixture.build(for: self)
        XCTAssertTrue(plainReport.succeeded, plainReport.problems, file: file, line: line)
        let site = try DistrictFixture.prepare(for: self)
        try site.move("xa-c", to: folder)
        try site.replace("path: ./xa-c/", with: "path: \"./\(written)/\"", in: "site.yaml")
        let report = site.build()
        XCTAssertTrue(report.succeeded, report.problems, file: file, line: line)
        XCTAssertEqual(DistrictFixture.page(site, "don-vi/xa-c/index.html", file: file, line: line),
                       DistrictFixture.page(plain, "don-vi/xa-c/index.html", file: file, line: line), file: file, line: line)
        XCTAssertEqual(DistrictFixture.page(site, "don-vi/index.html", file: file, line: line),
                       DistrictFixture.page(plain, "don-vi/index.html", file: file, line: line), file: file, line: line)
    }

    func testAFolderNamedOnAMacIsFoundFromAPathTypedOnWindows() throws {
        try assertBuildsAsThePlainFolder(folder: Self.name.decomposedStringWithCanonicalMapping,
                                         written: Self.name.precomposedStringWithCanonicalMapping)
    }

    func testAFolderNamedOnWindowsIsFoundFromAPathCopiedFromAMac() throws {
        try assertBuildsAsThePlainFolder(folder: Self.name.precomposedStringWithCanonicalMapping,
                                         written: Self.name.decomposedStringWithCanonicalMapping)
    }

    /// The command an advice prints, `--site "Xã Long Thạnh"` (precomposed, as typed or printed),
    /// opened no folder a Mac named decomposed: "không tồn tại". `--site` and `--units-from` now
    /// find it as the disk spells it.
    func testSiteAndUnitsFromTypedOnWindowsFindFoldersNamedOnAMac() throws {
        let site = try DistrictFixture.prepare(for: self)
        let gathered = try DistrictFixture.gatherUnits(of: site)
        let onDisk = site.sibling(Self.name.decomposedStringWithCanonicalMapping)
        try FileManager.default.moveItem(at: site.root, to: onDisk)
        let gatheredOnDisk = site.sibling("Kết quả các xã".decomposedStringWithCanonicalMapping)
        try FileManager.default.moveItem(at: gathered, to: gatheredOnDisk)
        let typed = site.sibling(Self.name.precomposedStringWithCanonicalMapping).path
        let typedGathered = site.sibling("Kết quả các xã".precomposedStringWithCanonicalMapping).path
        XCTAssertNotEqual(Array(typed.utf8), Array(onDisk.path.utf8), "the two spellings are two names on disk")

        let check = try BontotProcess.run(["check", "--site", typed])
        XCTAssertEqual(check.status, 0, check.errors)
        let output = site.sibling("assembled")
        // The site named as the disk spells it: only --units-from is typed the other way here.
        let build = try BontotProcess.run(["build", "--site", onDisk.path, "--units-from", typedGathered, "--output", output.path])
        XCTAssertEqual(build.status, 0, build.errors)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appending(path: "don-vi/xa-c/index.html").path),
                      "the district is assembled from the units' outputs")
    }
}
