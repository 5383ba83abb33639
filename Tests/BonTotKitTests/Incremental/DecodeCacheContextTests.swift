@testable import BonTotKit
import Foundation
import XCTest

/// The decode cache is kept while what the decoding depends on is unchanged: a note or a Word
/// file left in `content/rubrics/`, which the site passes over (with a warning), keeps it, while
/// a former scale edited throws it away.
final class DecodeCacheContextTests: XCTestCase {
    func testAFileNotReadAsAScaleInTheFormerScalesFolderKeepsTheCache() throws {
        let site = try IncrementalSite.make("former-rubric", for: self)
        // Long enough for the copied files' stamps to be settled (`FileStamp.settling`) when the
        // build writes its cache, so that the cache trusts them.
        Thread.sleep(forTimeInterval: Double(BonTotKit.FileStamp.settling) + 1.2)
        let built = site.build()
        XCTAssertTrue(built.succeeded, built.problems)
        let all = try XCTUnwrap(PortalLoader.loadReadingCaches(root: site.root).loaded.decodeCache?.takenCount)
        XCTAssertGreaterThan(all, 0, "the content files come from the cache")

        try site.write("content/rubrics/ghi-chu.txt", "Thang điểm 2020 áp dụng đến hết năm 2022.\n")
        try site.write("content/rubrics/2020.docx", Data("PK\u{3}\u{4} bản Word của thang điểm".utf8))
        try site.write("content/rubrics/~$2020.yaml", Data("khoá của Office".utf8))
        let withNotes = PortalLoader.loadReadingCaches(root: site.root)
        let passedOver = withNotes.diagnostics.sorted.filter { $0.message.contains("không được đọc") }.map(\.location.file)
        XCTAssertEqual(passedOver, ["content/rubrics/2020.docx", "content/rubrics/ghi-chu.txt"], "\(withNotes.diagnostics.sorted)")
        XCTAssertEqual(withNotes.loaded.decodeCache?.takenCount, all, "files the site does not read as scales keep the cache")

        try site.replace("{ id: tot, name: Hoàn thành tốt nhiệm vụ, min: 80 }",
                         with: "{ id: tot, name: Hoàn thành tốt nhiệm vụ (thang cũ), min: 80 }", in: "content/rubrics/2020.yaml")
        XCTAssertEqual(PortalLoader.loadReadingCaches(root: site.root).loaded.decodeCache?.takenCount, 0,
                       "a former scale edited: every file is decoded again")
    }
    /// Only an .xls among the score sheets is read through LibreOffice: a site without one keeps
    /// its decoded files when LibreOffice is upgraded (its program file changed), and one with an
    /// .xls decodes again, as the workbook may convert otherwise.
    func testOnlyASiteWithAnXLSDecodesAgainAfterLibreOfficeIsUpgraded() throws {
        let libreOffice = try XCTUnwrap(LibreOfficeConverter.find(), "make test installs libreoffice-calc-nogui")
        let site = try IncrementalSite.make("former-rubric", for: self)
        _ = try countingLibreOffice(libreOffice.executable, in: site.sibling("bin"))
        Thread.sleep(forTimeInterval: Double(BonTotKit.FileStamp.settling) + 1.2)
        let built = site.build()
        XCTAssertTrue(built.succeeded, built.problems)
        let all = try XCTUnwrap(PortalLoader.loadReadingCaches(root: site.root).loaded.decodeCache?.takenCount)
        XCTAssertGreaterThan(all, 0, "the content files come from the cache")

        try upgradeCountingLibreOffice(in: site.sibling("bin"))
        XCTAssertEqual(PortalLoader.loadReadingCaches(root: site.root).loaded.decodeCache?.takenCount, all,
                       "no .xls: LibreOffice upgraded keeps the cache")

        try site.write("content/evaluations/2019.xls", try OfficeFixtures.data("legacy-office/scores-libreoffice.xls"))
        // Settled before the build, so the build trusts its stamp and caches it however long
        // LibreOffice takes on a busy machine (a stamp still settling would be cached or not by
        // the clock).
        Thread.sleep(forTimeInterval: Double(BonTotKit.FileStamp.settling) + 1.2)
        _ = site.build()
        XCTAssertEqual(PortalLoader.loadReadingCaches(root: site.root).loaded.decodeCache?.takenCount, all + 1,
                       "unchanged since, the site comes from the cache, the .xls too")
        try upgradeCountingLibreOffice(in: site.sibling("bin"), secondsAgo: 7200)
        XCTAssertEqual(PortalLoader.loadReadingCaches(root: site.root).loaded.decodeCache?.takenCount, 0,
                       "an .xls among the score sheets: LibreOffice upgraded, every file is decoded again")
    }
}
