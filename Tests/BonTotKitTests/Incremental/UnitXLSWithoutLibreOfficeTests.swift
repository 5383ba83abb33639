@testable import BonTotKit
import Foundation
import XCTest

/// A build that finds no LibreOffice on the `PATH` (run from a launcher or a service whose `PATH`
/// lacks it) reports a unit's .xls as unread, but keeps the copies LibreOffice made of it: once
/// LibreOffice is found again, the unchanged workbook is not converted again.
final class UnitXLSWithoutLibreOfficeTests: XCTestCase {
    private let xls = "content/unit-evaluations/2024.xls"

    func testABuildWithoutLibreOfficeKeepsTheCopies() throws {
        let libreOffice = try XCTUnwrap(LibreOfficeConverter.find(), "make test installs libreoffice-calc-nogui")
        let site = try DistrictFixture.prepare(for: self, changes: ["content/unit-evaluations/2024.yaml": nil])
        try site.write(xls, try OfficeFixtures.data("legacy-office/unit-scores-2024.xls"))
        let starts = try countingLibreOffice(libreOffice.executable, in: site.sibling("bin"))
        let first = site.build()
        XCTAssertTrue(first.succeeded, first.problems)
        XCTAssertEqual(try starts(), 1)
        let page = DistrictFixture.page(site, "xep-hang-don-vi/2024/index.html")

        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        setenv("PATH", site.sibling("no-libreoffice").path, 1)
        let without = site.build()
        setenv("PATH", path, 1)
        XCTAssertFalse(without.succeeded)
        XCTAssertTrue(without.problems.contains("cài LibreOffice"), without.problems)
        XCTAssertEqual(try site.files(in: ".bontot-cache/converted").count, 1, "the copy is kept")

        let found = site.build()
        XCTAssertTrue(found.succeeded, found.problems)
        XCTAssertEqual(try starts(), 1, "LibreOffice found again: the unchanged workbook's copy is read")
        XCTAssertEqual(DistrictFixture.page(site, "xep-hang-don-vi/2024/index.html"), page)
    }
}
