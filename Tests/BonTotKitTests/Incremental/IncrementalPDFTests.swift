import BonTotKit
import Foundation
import XCTest

/// Bulletin PDFs (`--pdf`) and incremental builds: the output holds the PDFs a clean build of
/// the same site with the same options holds, no more.
///
/// A PDF whose bulletin did not change is kept by a build without `--pdf`; PDFs are printed
/// into the new output before it is published, and no page links a PDF the output lacks.
final class IncrementalPDFTests: XCTestCase {
    private func build(_ site: IncrementalSite, output: URL? = nil, clean: Bool = false, engine: String?) -> BuildReport {
        SiteBuilder.build(BuildOptions(siteRoot: site.root, output: output, pdf: engine != nil, pdfEngine: engine, clean: clean))
    }

    func testABulletinThatIsGoneTakesItsPDFAway() throws {
        let site = try IncrementalSite.make(for: self)
        let engine = try site.fakePDFEngine()
        let first = build(site, engine: engine)
        XCTAssertTrue(first.succeeded, first.problems)
        XCTAssertEqual(OutputTree(site.output).files["ban-tin/2024-08/ban-tin-2024-08.pdf"].map { String(decoding: $0, as: UTF8.self) },
                       "%PDF-1.4 gia ban-tin-2024-08.pdf")
        // August keeps no minutes and no story: it has no bulletin any more.
        try site.remove("content/minutes/2024/ap-bac-2024-08.md")
        try site.remove("content/stories/hien-dat.md")

        XCTAssertTrue(build(site, engine: engine).succeeded)
        let copy = try site.copyOfInputs(named: "copy")
        XCTAssertTrue(build(copy, output: site.sibling("clean"), clean: true, engine: engine).succeeded)
        XCTAssertNil(OutputTree(site.sibling("clean")).files["ban-tin/2024-08/index.html"], "the fixture's August bulletin is gone")
        assertSameTree(OutputTree(site.output), OutputTree(site.sibling("clean")), "the incremental output")
    }

    func testABuildWithoutPDFKeepsThePDFsOfUnchangedBulletinsAndLinksOnlyThose() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(build(site, engine: try site.fakePDFEngine()).succeeded)
        let printed = OutputTree(site.output)
        XCTAssertEqual(printed.paths.filter { $0.hasSuffix(".pdf") }.count, 4)

        let plain = build(site, engine: nil)
        XCTAssertTrue(plain.succeeded, plain.problems)
        assertSameTree(OutputTree(site.output), printed, "a plain build after one with --pdf")

        // September's bulletin changes (it lists the month's resolutions): its PDF no longer
        // matches it, so it goes, with its links.
        try site.replace("Nạo vét kênh nội đồng,", with: "Nạo vét kênh nội đồng và mương thoát nước,",
                         in: "content/minutes/2024/ap-bac-2024-09.md")
        XCTAssertTrue(build(site, engine: nil).succeeded)
        let after = OutputTree(site.output)
        XCTAssertEqual(after.paths.filter { $0.hasSuffix(".pdf") },
                       ["ban-tin/2023-12/ban-tin-2023-12.pdf", "ban-tin/2024-08/ban-tin-2024-08.pdf", "ban-tin/2024-12/ban-tin-2024-12.pdf"])
        XCTAssertFalse((after.text("ban-tin/2024-09/index.html") ?? "").contains(".pdf"), "no link to a PDF that is gone")
        XCTAssertTrue((after.text("ban-tin/2024-08/index.html") ?? "").contains("ban-tin-2024-08.pdf"))
        let index = (after.text("ban-tin/index.html") ?? "")
        XCTAssertFalse(index.contains("ban-tin-2024-09.pdf"))
        XCTAssertTrue(index.contains("ban-tin-2024-08.pdf"))
    }

    /// A bulletin shows no minutes' text: an edit of a meeting's text alone leaves the month's
    /// bulletin, and so its printed PDF and the links to it, as they were.
    func testAnEditOfAMeetingsTextAloneKeepsItsMonthsPDF() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(build(site, engine: try site.fakePDFEngine()).succeeded)
        let printed = OutputTree(site.output)

        let minutes = "content/minutes/2024/ap-bac-2024-09.md"
        try site.write(minutes, try site.read(minutes) + "\nChi bộ thống nhất bổ sung một nội dung.\n")
        let report = build(site, engine: nil)
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertEqual(report.rendered, 1, "only the meeting's own page")
        let after = OutputTree(site.output)
        XCTAssertEqual(after.files["ban-tin/2024-09/ban-tin-2024-09.pdf"], printed.files["ban-tin/2024-09/ban-tin-2024-09.pdf"])
        XCTAssertEqual(after.text("ban-tin/2024-09/index.html"), printed.text("ban-tin/2024-09/index.html"))
        XCTAssertTrue((after.text("ban-tin/2024-09/index.html") ?? "").contains("ban-tin-2024-09.pdf"))
    }

    func testABulletinThatFailsToPrintIsPublishedWithoutALinkToItsPDF() throws {
        let site = try IncrementalSite.make(for: self)
        let engine = site.sibling("weasyprint")
        try "#!/bin/sh\ncase \"$4\" in *2024-09*) echo 'hỏng phông' >&2; exit 3;; esac\nprintf '%%PDF-1.4 gia' > \"$4\"\n"
            .write(to: engine, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: engine.path)

        let report = build(site, engine: engine.path)
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertTrue(report.diagnostics.sorted.contains { $0.location.file == "output/ban-tin/2024-09/index.html" && $0.message.contains("hỏng phông") },
                      report.problems)
        let tree = OutputTree(site.output)
        XCTAssertNil(tree.files["ban-tin/2024-09/ban-tin-2024-09.pdf"])
        XCTAssertFalse((tree.text("ban-tin/2024-09/index.html") ?? "").contains(".pdf"))
        XCTAssertFalse((tree.text("ban-tin/index.html") ?? "").contains("ban-tin-2024-09.pdf"))
        for page in tree.paths where page.hasSuffix(".html") {
            for link in LinkExtractor.links(in: tree.text(page) ?? "") where link.hasSuffix(".pdf") {
                let target = LinkExtractor.target(link, from: page)
                XCTAssertNotNil(target.flatMap { tree.files[$0] }, "\(page) links the missing \(link)")
            }
        }
        XCTAssertEqual(tree.paths.filter { $0.hasSuffix(".pdf") }.count, 3)
    }

    func testAnEngineThatIsNotInstalledIsAnErrorAndNothingIsWritten() throws {
        let site = try IncrementalSite.make(for: self)
        let report = build(site, engine: "khong-co-cong-cu-nay")
        XCTAssertFalse(report.succeeded)
        XCTAssertTrue(report.diagnostics.sorted.contains { $0.severity == .error && $0.message.contains("khong-co-cong-cu-nay") }, report.problems)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.path))
    }
}
