@testable import BonTotKit
import Foundation
import XCTest

/// An Excel 97–2003 score sheet whose title names another year than its file is warned about at
/// every build (`OtherYearScoreSheet`), and still saved as .xlsx by LibreOffice once: a rebuild,
/// nothing changed, does not start LibreOffice again (seconds per workbook, at every save in
/// `bontot serve`). The decode cache's context names the site's score files: once 2024's are
/// added, the warning names them, as a clean build's would.
final class OtherYearXLSConvertedOnceTests: XCTestCase {
    func testAnUnchangedXLSNamingAnotherYearIsWarnedAgainWithoutLibreOffice() throws {
        let libreOffice = try XCTUnwrap(LibreOfficeConverter.find(), "make test installs libreoffice-calc-nogui")
        let site = try IncrementalSite.make("minimal", for: self)
        let scoresOf2024 = try site.read("content/evaluations/2024.csv")
        try site.remove("content/evaluations/2024.csv")
        // Its title says 'năm 2024' (in .VnTime); the file says 2025.
        try site.write("content/evaluations/2025.xls", try OfficeFixtures.data("legacy-office/scores-vntime.xls"))
        let starts = try countingLibreOffice(libreOffice.executable, in: site.sibling("bin"))
        Thread.sleep(forTimeInterval: Double(BonTotKit.FileStamp.settling) + 1.2)

        let first = site.build()
        XCTAssertTrue(first.succeeded, first.problems)
        XCTAssertTrue(first.problems.contains("ghi năm 2024"), first.problems)
        XCTAssertEqual(try starts(), 1)

        let second = site.build()
        XCTAssertTrue(second.succeeded, second.problems)
        XCTAssertEqual(second.problems, first.problems, "the same warning, build after build")
        XCTAssertEqual(try starts(), 1, "the .xls is unchanged: LibreOffice is not started again")

        try site.write("content/evaluations/2024.csv", scoresOf2024)
        let added = site.build()
        XCTAssertTrue(added.problems.contains("điểm năm 2024 đã có ở tệp '2024.csv'"), added.problems)
        XCTAssertFalse(added.problems.contains("hãy đặt tên tệp là '2024.xls'"), added.problems)
    }
}
