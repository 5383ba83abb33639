@testable import BonTotKit
import Foundation
import XCTest

/// A district's unit scores kept as an Excel 97–2003 workbook (`unit-evaluations/2024.xls`): the
/// unit scores are read afresh at every build, but LibreOffice saves the workbook as .xlsx once
/// (`ConvertedWorkbooks`); a rebuild with it unchanged does not start LibreOffice again and gives
/// what a clean build gives, an edited workbook is converted again, and a workbook LibreOffice
/// cannot open keeps its error (`ConvertedWorkbooks.keepDamage`), given again without starting
/// LibreOffice, as a branch's damaged .xls keeps it in the decode cache; a conversion the machine
/// failed is tried again.
final class IncrementalUnitOldWorkbookTests: XCTestCase {
    private let xls = "content/unit-evaluations/2024.xls"
    private let ranking = "xep-hang-don-vi/2024/index.html"

    func testAnUnchangedUnitXLSIsConvertedOnceAndAgainWhenEdited() throws {
        let (site, starts) = try districtWithUnitXLS()

        let first = site.build()
        XCTAssertTrue(first.succeeded, first.problems)
        XCTAssertEqual(try starts(), 1, "the first build saves the .xls as .xlsx")
        let page = DistrictFixture.page(site, ranking)
        XCTAssertTrue(page.contains("Bình Minh"), "the communes are ranked from the workbook")

        let second = site.build()
        XCTAssertTrue(second.succeeded, second.problems)
        XCTAssertEqual(try starts(), 1, "the .xls is unchanged: its .xlsx copy is kept, LibreOffice is not started")
        XCTAssertEqual(DistrictFixture.page(site, ranking), page)
        XCTAssertEqual(try site.files(in: ".bontot-cache/converted").count, 1, "one copy, of the one workbook")

        let clean = site.build(clean: true, output: site.sibling("clean-output"))
        XCTAssertTrue(clean.succeeded, clean.problems)
        XCTAssertEqual(try starts(), 2, "a clean build converts the workbook itself")
        XCTAssertEqual(DistrictFixture.page(site, ranking, output: site.sibling("clean-output")), page)

        try site.write(xls, Data("not a workbook".utf8) + (try OfficeFixtures.data("legacy-office/unit-scores-2024.xls")))
        let damaged = site.build()
        XCTAssertFalse(damaged.succeeded, "LibreOffice cannot open the damaged workbook")
        XCTAssertTrue(damaged.problems.contains("2024.xls"), damaged.problems)
        XCTAssertEqual(try starts(), 3, "an edited .xls is converted again")
        XCTAssertEqual(try site.files(in: ".bontot-cache/converted").map { PathParts.lowercasedExtension(of: $0) }, ["damaged"],
                       "the copy of the workbook as it was is removed; the damaged one is noted")
        let again = site.build()
        XCTAssertEqual(again.problems, damaged.problems, "the damaged workbook keeps its error")
        XCTAssertEqual(try starts(), 3, "the damaged workbook is unchanged: LibreOffice is not started again")
    }

    /// A damaged unit .xls (bytes that are no workbook) is the workbook's fault: the second build
    /// gives the same error, at the same file and line, without starting LibreOffice, until the
    /// workbook changes; a clean build tries it afresh.
    func testADamagedUnitXLSKeepsItsErrorWithoutLibreOfficeStartingAgain() throws {
        var generator = SystemRandomNumberGenerator()
        let (site, starts) = try districtWithUnitXLS(Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }))
        let first = try assertADamagedXLSKeepsItsError(site, starts: starts)
        XCTAssertTrue(first.problems.contains("content/unit-evaluations/2024.xls"), first.problems)

        let clean = site.build(clean: true, output: site.sibling("clean-output"))
        XCTAssertEqual(clean.problems, first.problems)
        XCTAssertEqual(try starts(), 2, "a clean build tries the workbook afresh")

        try site.write(xls, try OfficeFixtures.data("legacy-office/unit-scores-2024.xls"))
        let mended = site.build()
        XCTAssertTrue(mended.succeeded, mended.problems)
        XCTAssertEqual(try starts(), 3, "the workbook saved again is converted")
        XCTAssertEqual(try site.files(in: ".bontot-cache/converted").count, 1, "the damaged workbook's note is removed")
    }

    /// LibreOffice failing through the machine (here at its first start only, as a timeout or a
    /// start refused would) is not the workbook's fault: nothing is kept, the next build converts it.
    func testAUnitXLSTheMachineFailedToConvertIsTriedAgain() throws {
        let (site, starts) = try districtWithUnitXLS(failingFirst: true)
        let failed = try assertTriedAgainAfterAMachineFailure(site, starts: starts)
        XCTAssertTrue(failed.problems.contains("LibreOffice không chuyển được tệp"), failed.problems)
    }

    /// The copy is LibreOffice's: after an upgrade (the same `soffice`, another program file),
    /// a build converts the unchanged workbook afresh, as a clean build would, and keeps only
    /// the new copy.
    func testAnUpgradedLibreOfficeConvertsTheUnchangedUnitXLSAgain() throws {
        let (site, starts) = try districtWithUnitXLS()
        try assertConvertedAgainAfterAnUpgrade(site, starts: starts, page: { DistrictFixture.page(site, ranking) })
        XCTAssertEqual(try site.files(in: ".bontot-cache/converted").count, 1, "the former LibreOffice's copy is removed")
    }

    /// `bontot check` writes nothing: it converts a unit's .xls to read it, but keeps no copy.
    func testCheckConvertsTheUnitXLSWithoutKeepingACopy() throws {
        let (site, starts) = try districtWithUnitXLS()

        let checked = try BontotProcess.run(["check", "--site", site.root.path])
        XCTAssertEqual(checked.status, 0, checked.errors)
        XCTAssertEqual(try starts(), 1, "check reads the workbook through LibreOffice")
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.url(".bontot-cache/converted").path),
                       "check keeps no copy of the converted workbook")
    }

    /// The district fixture with its unit scores of 2024 kept as the workbook `data` (the
    /// fixture's .xls when nil) instead of YAML, and LibreOffice counted (`countingLibreOffice`,
    /// failing at its first start when `failingFirst`).
    private func districtWithUnitXLS(_ data: Data? = nil, failingFirst: Bool = false) throws -> (IncrementalSite, () throws -> Int) {
        let libreOffice = try XCTUnwrap(LibreOfficeConverter.find(), "make test installs libreoffice-calc-nogui")
        let site = try DistrictFixture.prepare(for: self, changes: ["content/unit-evaluations/2024.yaml": nil])
        try site.write(xls, try data ?? OfficeFixtures.data("legacy-office/unit-scores-2024.xls"))
        return (site, try countingLibreOffice(libreOffice.executable, in: site.sibling("bin"), failingFirst: failingFirst))
    }
}
