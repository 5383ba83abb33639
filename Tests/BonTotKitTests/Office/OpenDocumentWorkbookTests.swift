import BonTotKit
import Foundation
import XCTest

/// `evaluations/<period>.ods`: a score sheet saved by LibreOffice Calc in its own format reads
/// as the same workbook saved as .xlsx does (every workbook fixture, saved again as .ods by
/// LibreOffice: `Tests/Fixtures/office/make_libreoffice_copies.sh`), down to the cells its messages
/// name; a damaged one, or a text document named .ods, is one clear error.
final class OpenDocumentWorkbookTests: WorkbookTestCase {
    private let ods = "content/evaluations/2024.ods"

    /// Workbooks whose .ods twin differs on purpose: openpyxl saved their formulas without a
    /// value, and LibreOffice computed them when it saved the .ods.
    private let computedByLibreOffice: Set<String> = ["scores-messy-openpyxl"]

    private func messages(_ loaded: LoadedSite) -> [String] {
        loaded.diagnostics.sorted.map(\.description)
    }

    func testEveryWorkbookSavedAsODSReadsAsItsXLSX() throws {
        let folder = OfficeFixtures.folder.appending(path: "opendocument")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".ods") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 15)
        for name in names {
            let stem = String(name.dropLast(4))
            let fromXLSX = try load([xlsx: .bytes(try OfficeFixtures.bytes(stem + ".xlsx"))])
            let fromODS = try load([ods: .bytes(try OfficeFixtures.bytes("opendocument/" + name))])
            guard !computedByLibreOffice.contains(stem) else { continue }
            XCTAssertEqual(messages(fromODS), messages(fromXLSX).map { $0.replacingOccurrences(of: xlsx, with: ods) }, name)
            let periods = { (loaded: LoadedSite) in loaded.site?.evaluations.map { "\($0.period) \($0.entries.map(\.branchID))" } }
            XCTAssertEqual(periods(fromODS), periods(fromXLSX), name)
            if fromXLSX.diagnostics.errorCount == 0 {
                XCTAssertEqual(ranking(fromODS), ranking(fromXLSX), name)
            }
        }
    }

    func testTheClerksWorkbookSavedAsODSRanksAsTheCSV() throws {
        let fromCSV = try load([csv: .text(try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"),
                                                      encoding: .utf8))])
        let loaded = try load([ods: .bytes(try OfficeFixtures.bytes("opendocument/scores-libreoffice.ods"))])
        XCTAssertEqual(ranking(loaded), ranking(fromCSV))
        XCTAssertEqual(loaded.diagnostics.warningCount, fromCSV.diagnostics.warningCount, messages(loaded).joined(separator: "\n"))
    }

    /// A formula saved without its value is computed by LibreOffice when it saves an .ods: the
    /// sheet openpyxl left uncomputed ranks in Calc's format.
    func testFormulasAreReadWithTheValuesCalcComputed() throws {
        let site = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/site.yaml"), encoding: .utf8)
        let loaded = try load([ods: .bytes(try OfficeFixtures.bytes("opendocument/scores-messy-openpyxl.ods")),
                               "site.yaml": .text(site + "xlsx_sheet: Bảng điểm\n")])
        XCTAssertFalse(messages(loaded).contains { $0.contains("ô có công thức nhưng tệp không lưu giá trị") },
                       messages(loaded).joined(separator: "\n"))
    }

    func testADamagedODSOrATextDocumentNamedODSIsOneClearError() throws {
        let whole = try OfficeFixtures.bytes("opendocument/scores-libreoffice.ods")
        let damaged = try load([ods: .bytes(Array(whole.prefix(whole.count / 2)))])
        XCTAssertEqual(messages(damaged), [
            "\(ods): error: tệp không phải tài liệu Office hợp lệ (tệp zip hỏng hoặc bị cắt cụt); hãy mở và lưu lại bằng Excel/Word "
                + "/ not a valid Office file (a damaged or truncated zip)",
        ])
        let text = try load([ods: .bytes(try OfficeFixtures.bytes("opendocument/bien-ban-libreoffice.odt"))])
        XCTAssertEqual(messages(text), [
            "\(ods): error: tệp là tài liệu OpenDocument loại khác (text), không phải bảng tính hay văn bản cần đọc ở đây "
                + "/ an OpenDocument file of another kind (application/vnd.oasis.opendocument.text)",
        ])
    }
}
