import BonTotKit
import Foundation
import XCTest

/// `bontot build --pdf` of a district prints every unit's bulletins into the unit's folder, by
/// the rules of the site's own (`BulletinPrinting`): linked from the unit's bulletin pages, kept
/// by a build without `--pdf` while the bulletin is unchanged, and a bulletin that failed to
/// print published without its link.
final class DistrictPDFTests: XCTestCase {
    private let units = ["xa-a", "xa-b", "xa-c"]
    private let september = YearMonth(year: 2024, month: 9)

    /// A stand-in for WeasyPrint that writes a small file named after the PDF.
    private func fakeEngine(in site: IncrementalSite, failing: Bool = false) throws -> String {
        let engine = site.sibling(failing ? "failing/weasyprint" : "weasyprint")
        try FileManager.default.createDirectory(at: engine.deletingLastPathComponent(), withIntermediateDirectories: true)
        let script = failing ? "#!/bin/sh\necho 'lỗi phông chữ' >&2\nexit 3\n"
                             : "#!/bin/sh\nprintf '%%PDF-1.4 gia %s' \"$(basename \"$4\")\" > \"$4\"\n"
        try script.write(to: engine, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: engine.path)
        return engine.path
    }

    private func build(_ site: IncrementalSite, output: URL? = nil, engine: String?, clean: Bool = false) -> BuildReport {
        SiteBuilder.build(BuildOptions(siteRoot: site.root, output: output, pdf: engine != nil, pdfEngine: engine, clean: clean))
    }

    private func pdfs(_ output: URL) -> [String] {
        OutputTree(output).paths.filter { $0.hasSuffix(".pdf") }
    }

    func testEveryUnitsBulletinIsPrintedByTheEngineIntoItsFolderAndLinkedFromItsPage() throws {
        XCTAssertNotNil(PDFEngine.find(), "no PDF engine (WeasyPrint or Chromium): `make test` installs WeasyPrint")
        let pdftotext = try XCTUnwrap(BulletinPDFTests.tool("pdftotext"), "poppler-utils is installed with the PDF engine by make test-deps")
        let site = try DistrictFixture.prepare(for: self)
        let report = SiteBuilder.build(BuildOptions(siteRoot: site.root, pdf: true))
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertEqual(report.diagnostics.warningCount, 0, report.problems)
        for (unit, committee) in zip(units, ["ĐẢNG BỘ XÃ BÌNH MINH", "ĐẢNG BỘ XÃ ẤP BẮC", "ĐẢNG BỘ XÃ LONG THẠNH"]) {
            let router = Router().unit(unit)
            let pdf = site.output.appending(path: router.file(.bulletinPDF(september)))
            XCTAssertEqual(Array((FileManager.default.contents(atPath: pdf.path) ?? Data()).prefix(5)), Array("%PDF-".utf8), unit)
            let words = try BulletinPDFTests.run(pdftotext, [pdf.path, "-"]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            XCTAssertTrue(words.contains(committee), "\(unit)'s own bulletin is printed: \(words.prefix(200))")
            let page = DistrictFixture.page(site, router.file(.bulletin(september)))
            XCTAssertTrue(page.contains("<a href=\"\(router.link(from: .bulletin(september), to: .bulletinPDF(september)))\" type=\"application/pdf\">"),
                          "\(unit)'s bulletin links its PDF")
        }
    }

    func testAPlainBuildKeepsTheUnchangedPDFsAndAnotherBuildWithPDFPrintsWhatIsMissing() throws {
        let site = try DistrictFixture.prepare(for: self)
        let engine = try fakeEngine(in: site)
        XCTAssertTrue(build(site, engine: nil).succeeded)
        XCTAssertEqual(pdfs(site.output), [])
        let printing = build(site, engine: engine)
        XCTAssertTrue(printing.succeeded, printing.problems)
        let printed = pdfs(site.output)
        for unit in units {
            XCTAssertTrue(printed.contains(Router().unit(unit).file(.bulletinPDF(september))), "an unchanged unit is printed too: \(printed)")
        }

        let minutes = "xa-b/content/minutes/2024/ap-bac-1-2024-09.md"
        // An attendance the bulletin counts: a sentence added to the body would leave the
        // bulletin, which shows no minutes' bodies, and its PDF as they are.
        try site.write(minutes, try site.read(minutes).replacingOccurrences(
            of: "present: 20, expected: 22, excused: 2, unexcused: 0", with: "present: 19, expected: 22, excused: 2, unexcused: 1"))
        let plain = build(site, engine: nil)
        XCTAssertTrue(plain.succeeded, plain.problems)
        let changed = Router().unit("xa-b")
        XCTAssertEqual(Set(printed).subtracting(pdfs(site.output)),
                       [changed.file(.bulletinPDF(september)), Router().file(.bulletinPDF(september))],
                       "only the PDFs of the bulletins that changed go: the unit's, and the district's, which counts its units' attendance")
        XCTAssertFalse(DistrictFixture.page(site, changed.file(.bulletin(september))).contains(".pdf"), "no link to a PDF that is gone")

        XCTAssertTrue(build(site, engine: engine).succeeded)
        let copy = try site.copyOfInputs(named: "copy")
        XCTAssertTrue(build(copy, output: site.sibling("clean"), engine: engine, clean: true).succeeded)
        assertSameTree(OutputTree(site.output), OutputTree(site.sibling("clean")), "the incremental output with PDFs")
    }

    /// A unit's office that replaces a picture under the same name (the image of the unit's
    /// September story) gets that unit's September bulletin printed again, with the new picture;
    /// the other units' bulletins and the district's own (which names the story, without its
    /// picture) are kept as they were printed.
    func testAPictureReplacedInAUnitPrintsAgainOnlyThatUnitsBulletin() throws {
        let site = try DistrictFixture.prepare(for: self)
        let engine = try fakeEngine(in: site)
        let story = "xa-a/content/stories/nao-vet-kenh.md"
        try site.write(story, try site.read(story).replacingOccurrences(of: "date: 2024-09-20\n", with: "date: 2024-09-20\nimage: media/kenh.svg\n"))
        try site.write("xa-a/content/media/kenh.svg", BulletinReprintTests.picture("#1f4e9c"))
        let first = build(site, engine: engine)
        XCTAssertTrue(first.succeeded, first.problems)
        let bulletins = units.map { Router().unit($0).file(.bulletinPDF(september)) } + [Router().file(.bulletinPDF(september))]
        let printed = try Dictionary(uniqueKeysWithValues: bulletins.map { ($0, try XCTUnwrap(BulletinReprintTests.inode(site.output, $0), "no PDF \($0)")) })
        XCTAssertTrue(DistrictFixture.page(site, Router().unit("xa-a").file(.bulletin(september))).contains("kenh.svg"),
                      "the unit's bulletin shows the story's picture")

        try site.write("xa-a/content/media/kenh.svg", BulletinReprintTests.picture("#f2c94c"))
        let second = build(site, engine: engine)
        XCTAssertTrue(second.succeeded, second.problems)
        let reprinted = Router().unit("xa-a").file(.bulletinPDF(september))
        XCTAssertNotEqual(BulletinReprintTests.inode(site.output, reprinted), printed[reprinted], "xa-a's September PDF was kept with the old picture")
        for pdf in bulletins where pdf != reprinted {
            XCTAssertEqual(BulletinReprintTests.inode(site.output, pdf), printed[pdf], "\(pdf), without that picture, was printed again")
        }
    }

    func testABulletinThatFailsToPrintIsPublishedWithoutItsLink() throws {
        let site = try DistrictFixture.prepare(for: self)
        let report = build(site, engine: try fakeEngine(in: site, failing: true))
        XCTAssertTrue(report.succeeded, report.problems)
        let router = Router().unit("xa-a")
        let failure = try XCTUnwrap(report.diagnostics.sorted.first { $0.location.file == "output/" + router.file(.bulletin(september)) },
                                    report.problems)
        XCTAssertEqual(failure.severity, .warning)
        XCTAssertTrue(failure.message.contains("mã thoát 3"), failure.message)
        XCTAssertEqual(pdfs(site.output), [])
        XCTAssertFalse(DistrictFixture.page(site, router.file(.bulletin(september))).contains(".pdf"))
        XCTAssertFalse(DistrictFixture.page(site, router.file(.bulletinIndex)).contains(".pdf"))
    }

    func testAUnitBuiltAloneWithPDFCarriesItsPDFsIntoTheAssembledDistrict() throws {
        let site = try DistrictFixture.prepare(for: self)
        let engine = try fakeEngine(in: site)
        let gathered = try DistrictFixture.gatherUnits(of: site, pdfEngine: engine)
        XCTAssertTrue(pdfs(gathered).contains(Router().unit("xa-c").file(.bulletinPDF(september))), "\(pdfs(gathered))")
        let assembled = site.sibling("assembled")
        XCTAssertTrue(SiteBuilder.build(BuildOptions(siteRoot: site.root, output: assembled, pdf: true, pdfEngine: engine,
                                                     unitsFrom: gathered)).succeeded)
        XCTAssertTrue(build(site, engine: engine).succeeded)
        XCTAssertEqual(pdfs(assembled), pdfs(site.output))
    }
}
