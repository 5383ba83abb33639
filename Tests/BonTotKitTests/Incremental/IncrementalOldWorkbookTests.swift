@testable import BonTotKit
import Foundation
import XCTest

/// An Excel 97–2003 score sheet (`evaluations/<period>.xls`) is saved as .xlsx by LibreOffice
/// once: a rebuild with the file unchanged takes its scores from the decode cache and does not
/// start LibreOffice again, while a workbook edited, or a new `xlsx_sheet:` in `site.yaml`, is
/// read again; a conversion that failed is tried again by the next build. LibreOffice is reached
/// through a script on the `PATH` that counts its starts.
final class IncrementalOldWorkbookTests: XCTestCase {
    private let xls = "content/evaluations/2024.xls"

    func testAnUnchangedXLSIsConvertedOnceAndReadAgainWhenEditedOrAnotherSheetIsNamed() throws {
        let (site, starts) = try siteWithXLS()

        let first = site.build()
        XCTAssertTrue(first.succeeded, first.problems)
        XCTAssertEqual(try starts(), 1, "the first build saves the .xls as .xlsx")
        let ranking = try site.read("output/xep-hang/2024/index.html")

        let second = site.build()
        XCTAssertTrue(second.succeeded, second.problems)
        XCTAssertEqual(try starts(), 1, "the .xls is unchanged: its scores come from the cache, LibreOffice is not started")
        XCTAssertEqual(try site.read("output/xep-hang/2024/index.html"), ranking)

        try site.write(xls, try OfficeFixtures.data("legacy-office/scores-vntime.xls"))
        let edited = site.build()
        XCTAssertTrue(edited.succeeded, edited.problems)
        XCTAssertEqual(try starts(), 2, "an edited .xls is converted again")

        try site.write("site.yaml", try site.read("site.yaml") + "xlsx_sheet: Bảng điểm\n")
        let otherSheet = site.build()
        XCTAssertFalse(otherSheet.succeeded, "no sheet 'Bảng điểm' in the workbook")
        XCTAssertTrue(otherSheet.problems.contains("Bảng điểm"), otherSheet.problems)
        XCTAssertEqual(try starts(), 3, "the sheet named in site.yaml changed: the workbook is read again")
    }

    /// LibreOffice failing (here on its first start only, as a timeout or a start refused would)
    /// is the machine's problem, not the workbook's: the error is not kept in the decode cache,
    /// and the next build converts the unchanged workbook.
    func testAConversionThatFailedIsTriedAgainByTheNextBuild() throws {
        let (site, starts) = try siteWithXLS(failingFirst: true)
        let failed = try assertTriedAgainAfterAMachineFailure(site, starts: starts)
        XCTAssertTrue(failed.problems.contains("LibreOffice không chuyển được tệp"), failed.problems)
        XCTAssertTrue(try site.read("output/xep-hang/2024/index.html").contains("ấp 1"), "the 2024 ranking shows the workbook's branches")
    }

    /// A damaged .xls, which LibreOffice runs to its end but cannot open, is the workbook's
    /// fault: its error is kept in the decode cache, and the next build, the workbook unchanged,
    /// reports it again without starting LibreOffice.
    func testADamagedXLSIsNotConvertedAgainByTheNextBuild() throws {
        let (site, starts) = try siteWithXLS(bytes: 600)
        try assertADamagedXLSKeepsItsError(site, starts: starts)
    }

    /// What LibreOffice made of the workbook is kept in the decode cache with LibreOffice's
    /// identity: after an upgrade (the same `soffice`, another program file), a build converts
    /// the unchanged .xls afresh, as a clean build would.
    func testAnUpgradedLibreOfficeConvertsTheUnchangedXLSAgain() throws {
        let (site, starts) = try siteWithXLS()
        try assertConvertedAgainAfterAnUpgrade(site, starts: starts, page: { try site.read("output/xep-hang/2024/index.html") })
    }

    /// The minimal site with its 2024 scores as an .xls (its first `bytes` only, a damaged copy,
    /// when given) and LibreOffice counted (`countingLibreOffice`, failing at its first start when
    /// `failingFirst`); the site's files old enough, when the first build starts, for their stamps
    /// to be settled (`FileStamp.settling`) when it writes its cache, so that the cache trusts them.
    private func siteWithXLS(bytes: Int? = nil, failingFirst: Bool = false) throws -> (IncrementalSite, () throws -> Int) {
        let libreOffice = try XCTUnwrap(LibreOfficeConverter.find(), "make test installs libreoffice-calc-nogui")
        let site = try IncrementalSite.make("minimal", for: self)
        try site.remove("content/evaluations/2024.csv")
        let workbook = try OfficeFixtures.data("legacy-office/scores-libreoffice.xls")
        try site.write(xls, bytes.map { workbook.prefix($0) } ?? workbook)
        let starts = try countingLibreOffice(libreOffice.executable, in: site.sibling("bin"), failingFirst: failingFirst)
        Thread.sleep(forTimeInterval: Double(BonTotKit.FileStamp.settling) + 1.2)
        return (site, starts)
    }
}
