import BonTotKit
import Foundation
import XCTest

/// A build without `--pdf` keeps the PDF of every bulletin whose page did not change. It lost
/// those of bulletins the edit left as they were when the edit touched what the whole site draws
/// on: a score of 2024 edited, the December 2023 bulletin (the 2023 ranking, the same page to the
/// byte) was published without its PDF and its link, as if it had changed. A PDF is now kept by
/// the bytes of its page, not by the inputs the page might draw on.
final class BulletinPDFAfterScoreEditTests: XCTestCase {
    private func build(_ site: IncrementalSite, engine: String?) -> BuildReport {
        SiteBuilder.build(BuildOptions(siteRoot: site.root, pdf: engine != nil, pdfEngine: engine))
    }

    func testAnotherYearsScoreEditedKeepsThePDFsOfTheBulletinsItLeavesAlone() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(build(site, engine: try site.fakePDFEngine()).succeeded)
        let printed = OutputTree(site.output)
        XCTAssertEqual(printed.paths.filter { $0.hasSuffix(".pdf") }.count, 4)

        try site.replace("dong-tam;13;12;24;17;16;0;0;0;;", with: "dong-tam;13;12;25;17;16;0;0;0;;",
                         in: "content/evaluations/2024.csv")
        let report = build(site, engine: nil)
        XCTAssertTrue(report.succeeded, report.problems)
        let after = OutputTree(site.output)
        XCTAssertNotEqual(after.text("ban-tin/2024-12/index.html"), printed.text("ban-tin/2024-12/index.html"),
                          "December 2024 closes the edited year: its bulletin changes")
        XCTAssertEqual(after.paths.filter { $0.hasSuffix(".pdf") },
                       ["ban-tin/2023-12/ban-tin-2023-12.pdf", "ban-tin/2024-08/ban-tin-2024-08.pdf", "ban-tin/2024-09/ban-tin-2024-09.pdf"],
                       "only the changed bulletin's PDF goes")
        for month in ["2023-12", "2024-08", "2024-09"] {
            XCTAssertEqual(after.text("ban-tin/\(month)/index.html"), printed.text("ban-tin/\(month)/index.html"),
                           "\(month): the same page, linking its PDF")
        }
        XCTAssertFalse((after.text("ban-tin/2024-12/index.html") ?? "").contains(".pdf"), "no link to the PDF that is gone")
        let index = after.text("ban-tin/index.html") ?? ""
        XCTAssertTrue(index.contains("ban-tin-2023-12.pdf"))
        XCTAssertFalse(index.contains("ban-tin-2024-12.pdf"))
    }

    /// A clean build takes no PDF over, whatever the output folder holds: after a build with
    /// `--pdf`, `build --clean` without it rendered every bulletin linking its PDF and then again
    /// without, and said "Đã dựng 35/30 trang", more pages than the site has.
    func testACleanBuildAfterPrintingRendersEachPageOnce() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(build(site, engine: try site.fakePDFEngine()).succeeded)
        let report = SiteBuilder.build(BuildOptions(siteRoot: site.root, clean: true))
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertEqual(report.rendered, report.pages, "each page rendered once")
        XCTAssertEqual(OutputTree(site.output).paths.filter { $0.hasSuffix(".pdf") }, [], "a clean build without --pdf has no PDF")
    }

    /// A bulletin whose PDF goes is rendered twice, linking it and then without: the build said
    /// "Đã dựng 23/30 trang" where 21 pages were made. Each page is counted once: as many as
    /// the same edit makes on a copy of the site that never had a PDF.
    func testABulletinRenderedAgainWithoutItsPDFIsCountedOnce() throws {
        let site = try IncrementalSite.make(for: self)
        let neverPrinted = try site.copyOfInputs(named: "never-printed")
        XCTAssertTrue(build(site, engine: try site.fakePDFEngine()).succeeded)
        XCTAssertTrue(build(neverPrinted, engine: nil).succeeded)
        for copy in [site, neverPrinted] {
            try copy.replace("dong-tam;13;12;24;17;16;0;0;0;;", with: "dong-tam;13;12;25;17;16;0;0;0;;", in: "content/evaluations/2024.csv")
        }
        let report = build(site, engine: nil)
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertFalse(OutputTree(site.output).paths.contains("ban-tin/2024-12/ban-tin-2024-12.pdf"), "December 2024's PDF goes")
        let reference = build(neverPrinted, engine: nil)
        XCTAssertEqual("Đã dựng \(report.rendered)/\(report.pages) trang", "Đã dựng \(reference.rendered)/\(reference.pages) trang",
                       "the pages made, each once")
    }
}
