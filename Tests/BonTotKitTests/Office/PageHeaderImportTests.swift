@testable import BonTotKit
import BonTotOffice
import Foundation
import XCTest

/// The document head typed in the first page's header (SPEC §8): offices put "CHI BỘ ẤP 2 … Hòa
/// Thuận, ngày 05 tháng 9 năm 2024" there, which the import never read, and minutes whose body
/// gives only the hour were refused for want of a date.
final class PageHeaderImportTests: DocumentsSiteTestCase {
    private func run(_ name: String, branch: String = "ap-2") -> MinutesImport.Report {
        MinutesImport.run(OfficeFixtures.folder.appending(path: name), source: name, siteRoot: root, branch: branch,
                          kind: nil, dryRun: true)
    }

    /// The first-page header's date is the meeting's when the body gives none (it was "no meeting
    /// date found: not imported"), and the chi bộ it names is the one `--branch` is checked against.
    func testTheFirstPageHeaderGivesTheDateAndTheChiBo() throws {
        let name = "bien-ban-dau-trang.docx"
        let report = run(name)
        XCTAssertEqual(report.outcomes.map(\.path), ["content/minutes/2024/ap-2-2024-08.md"],
                       report.diagnostics.sorted.map(\.description).joined(separator: "\n"))
        let text = try XCTUnwrap(report.outcomes.first?.text)
        XCTAssertTrue(text.contains("\ndate: 2024-08-05\n"), text)
        XCTAssertTrue(text.contains("start: \"19:30\""), text)
        XCTAssertEqual(run(name, branch: "ap-1").diagnostics.sorted.filter { $0.field == "branch" }.map(\.description).count, 1,
                       "the header's CHI BỘ ẤP 2 is not ap-1")
        // The page header is the head only: it is not written in the body.
        XCTAssertFalse(text.contains("ĐẢNG CỘNG SẢN VIỆT NAM"), text)
    }

    /// A LibreOffice .odt's first-page header (`style:header-first`) gives the date as a .docx's does.
    func testAnOpenDocumentsFirstPageHeader() throws {
        let report = run("bien-ban-dau-trang.odt")
        let text = try XCTUnwrap(report.outcomes.first?.text, report.diagnostics.sorted.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(text.contains("\ndate: 2024-08-05\n"), text)
        let document = try WordDocuments.open(try OfficeFixtures.data("bien-ban-dau-trang.odt"))
        XCTAssertEqual(MinutesImport.lines(of: document.pageHeader).first, "ĐẢNG BỘ XÃ HÒA THUẬN", "the first page's header first")
    }

    /// A first-page header left behind when "Different first page" was unticked (no `w:titlePg`)
    /// is on no page: the default header, which Word prints on the first page, gives the date
    /// (it was the hidden header's 05/8, another month's meeting).
    func testAFirstPageHeaderNoLongerShownIsNotRead() throws {
        let report = run("bien-ban-dau-trang-cu.docx")
        let text = try XCTUnwrap(report.outcomes.first?.text, report.diagnostics.sorted.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(text.contains("\ndate: 2024-09-05\n"), text)
    }

    /// Of a LibreOffice .odt, the header of the master page its first paragraph starts: "First
    /// Page" when it does (05/8); "Standard" when the "First Page" LibreOffice kept from a Word
    /// document's hidden first-page header starts no page (05/9; it read the hidden 05/8).
    func testALibreOfficeOpenDocumentsFirstPageIsTheOneItsTextStarts() throws {
        for (name, date) in [("bien-ban-dau-trang-libreoffice.odt", "2024-08-05"), ("bien-ban-dau-trang-cu.odt", "2024-09-05")] {
            let report = run(name)
            let text = try XCTUnwrap(report.outcomes.first?.text, report.diagnostics.sorted.map(\.description).joined(separator: "\n"))
            XCTAssertTrue(text.contains("\ndate: \(date)\n"), "\(name): \(text)")
        }
    }

    /// The body's own day wins over the header's.
    func testTheBodysDateWins() throws {
        let report = run("bien-ban-dau-trang-ngay-rieng.docx")
        XCTAssertTrue(try XCTUnwrap(report.outcomes.first?.text).contains("\ndate: 2024-08-06\n"))
    }

    /// The first-page header comes before the default one; a document with none has no page header.
    func testTheHeadersAreReadFirstPageFirst() throws {
        let document = try WordDocuments.open(try OfficeFixtures.data("bien-ban-dau-trang.docx"))
        let lines = MinutesImport.lines(of: document.pageHeader)
        XCTAssertEqual(lines.first, "ĐẢNG BỘ XÃ HÒA THUẬN")
        XCTAssertEqual(lines.last, "Biên bản sinh hoạt chi bộ ấp 2 tháng 8/2024")
        XCTAssertEqual(try WordDocuments.open(try OfficeFixtures.data("bien-ban-python-docx.docx")).pageHeader, [])
    }
}
