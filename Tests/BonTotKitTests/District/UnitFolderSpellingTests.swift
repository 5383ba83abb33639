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
}
