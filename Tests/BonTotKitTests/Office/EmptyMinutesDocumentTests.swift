@testable import BonTotKit
import Foundation
import XCTest

/// `bontot import minutes` of a document of 0 bytes (a copy that failed) says it is empty and to
/// save the original again, for a .docx as for an old Word .doc, which LibreOffice is not
/// started for, and which is told empty on a machine without LibreOffice too.
final class EmptyMinutesDocumentTests: DocumentsSiteTestCase {
    private let empty = "tệp trống (0 byte), có lẽ chưa được lưu xong hoặc bị sao chép lỗi; hãy mở bản gốc bằng Excel/Word và lưu lại "
        + "/ the file is empty (0 bytes), probably not saved completely or copied wrongly: open the original in Excel/Word and save it again"

    func testAnEmptyDocxOrDocSaysItIsEmpty() throws {
        let libreOffice = try XCTUnwrap(LibreOfficeConverter.find(), "make test installs libreoffice-writer-nogui")
        let folder = root.deletingLastPathComponent().appending(path: "tu-word")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data().write(to: folder.appending(path: "thang-10.docx"))
        try Data().write(to: folder.appending(path: "thang-11.doc"))
        let starts = try countingLibreOffice(libreOffice.executable, in: root.deletingLastPathComponent().appending(path: "bin"))

        let report = MinutesImport.run(folder, source: "tu-word", siteRoot: root, branch: "ap-1", kind: nil, dryRun: false)
        XCTAssertEqual(report.outcomes.count, 0)
        XCTAssertEqual(report.diagnostics.sorted.map(\.description),
                       ["tu-word/thang-10.docx: error: \(empty)", "tu-word/thang-11.doc: error: \(empty)"])
        XCTAssertEqual(try starts(), 0, "LibreOffice is not started for an empty .doc")
    }

    /// Without LibreOffice an empty .doc is still told empty, not "install LibreOffice", and an
    /// empty PDF is still told to be saved as .docx.
    func testAnEmptyDocWithoutLibreOfficeSaysItIsEmpty() throws {
        let folder = root.deletingLastPathComponent().appending(path: "tu-word")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data().write(to: folder.appending(path: "thang-11.doc"))
        try Data().write(to: folder.appending(path: "thang-12.pdf"))

        let report = MinutesImport.run(folder, source: "tu-word", siteRoot: root, branch: "ap-1", kind: nil, dryRun: true,
                                       libreOfficeSearchPath: "")
        XCTAssertEqual(report.outcomes.count, 0)
        let said = report.diagnostics.sorted.map(\.description)
        XCTAssertEqual(said.first, "tu-word/thang-11.doc: error: \(empty)")
        XCTAssertEqual(said.count, 2, "\(said)")
        XCTAssertFalse(said.last?.contains("tệp trống") ?? true, "a PDF is not read, empty or not: \(said)")
    }
}
