import BonTotKit
import Foundation
import XCTest

/// An Excel or Word 97–2003 file given a new extension (an .xls saved over as `2024.xlsx`, a .doc
/// renamed `.docx`) is not "a damaged zip": the error says what the file really is and to give it
/// its old extension, which bontot converts (`LegacyWorkbookTests`, `LegacyWordImportTests`), or to
/// save it in the new format; a workbook encrypted with a password to open (kept by Excel in the
/// same old container, `make_password_workbook.py`) is told to have its password removed.
final class OldFormatUnderNewNameTests: WorkbookTestCase {
    /// What `import minutes --dry-run` says of the fixture `fixture` saved as `bien-ban.<fileExtension>`,
    /// which it must not import.
    private func importMessages(_ fixture: String, as fileExtension: String) throws -> [String] {
        let root = try ValidationSite.make("minimal")
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.deletingLastPathComponent().appending(path: "bien-ban-\(UUID().uuidString).\(fileExtension)")
        defer { try? FileManager.default.removeItem(at: file) }
        try OfficeFixtures.data(fixture).write(to: file)
        let report = MinutesImport.run(file, source: "bien-ban.\(fileExtension)", siteRoot: root, branch: "ap-1", kind: nil, dryRun: true)
        XCTAssertNil(report.outcomes.first?.text, fixture)
        return report.diagnostics.sorted.map(\.description)
    }

    func testAnExcel97WorkbookNamedXLSXIsToldToBeRenamedXLS() throws {
        for name in ["content/evaluations/2024.xlsx", "content/evaluations/2024.ods"] {
            let loaded = try load([name: .bytes(try OfficeFixtures.bytes("legacy-office/scores-libreoffice.xls"))])
            XCTAssertEqual(loaded.diagnostics.sorted.map(\.description), [
                "\(name): error: tệp thực ra là bảng tính Excel 97–2003 (.xls) mang đuôi khác; hãy đổi đuôi tên tệp thành .xls "
                    + "(bontot tự chuyển khi máy có LibreOffice) hoặc mở bằng Excel và lưu lại dạng \"Excel Workbook (.xlsx)\" "
                    + "/ an Excel 97-2003 workbook under another extension: rename it .xls, or save it as .xlsx",
            ], name)
        }
    }

    func testAWorkbookWithAPasswordToOpenIsToldToHaveItRemoved() throws {
        let loaded = try load([xlsx: .bytes(try OfficeFixtures.bytes("scores-password.xlsx"))])
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.description), [
            "\(xlsx): error: tệp được đặt mật khẩu để mở (đã mã hoá), bontot không đọc được; hãy mở bằng Excel/Word, xoá mật khẩu "
                + "(Tệp → Thông tin → Bảo vệ → Mã hoá bằng mật khẩu) rồi lưu lại / the file is encrypted with a password to open: "
                + "remove the password in Excel/Word and save it again",
        ])
    }

    /// An Excel 97–2003 workbook encrypted in its own format (`make_password_legacy.py`), under
    /// its own extension or a new one: told to have its password removed, not "damaged" (what
    /// LibreOffice, given no password, says) nor to be renamed .xls.
    func testAnOldWorkbookWithAPasswordToOpenIsToldToHaveItRemoved() throws {
        for name in ["content/evaluations/2024.xls", xlsx] {
            let loaded = try load([name: .bytes(try OfficeFixtures.bytes("legacy-office/scores-password.xls"))])
            XCTAssertEqual(loaded.diagnostics.sorted.map(\.description), [
                "\(name): error: tệp được đặt mật khẩu để mở (đã mã hoá), bontot không đọc được; hãy mở bằng Excel/Word, xoá mật khẩu "
                    + "(Tệp → Thông tin → Bảo vệ → Mã hoá bằng mật khẩu) rồi lưu lại / the file is encrypted with a password to open: "
                    + "remove the password in Excel/Word and save it again",
            ], name)
        }
    }

    /// A Word 97–2003 document encrypted with a password, imported: LibreOffice is not asked.
    func testAnOldDocumentWithAPasswordToOpenIsToldToHaveItRemoved() throws {
        XCTAssertEqual(try importMessages("legacy-office/bien-ban-password.doc", as: "doc"), [
            "bien-ban.doc: error: tệp được đặt mật khẩu để mở (đã mã hoá), bontot không đọc được; hãy mở bằng Excel/Word, xoá mật khẩu "
                + "(Tệp → Thông tin → Bảo vệ → Mã hoá bằng mật khẩu) rồi lưu lại / the file is encrypted with a password to open: "
                + "remove the password in Excel/Word and save it again",
        ])
    }

    func testAWord97DocumentNamedDOCXIsToldToBeRenamedDOC() throws {
        XCTAssertEqual(try importMessages("legacy-office/bien-ban-libreoffice.doc", as: "docx"), [
            "bien-ban.docx: error: tệp thực ra là tài liệu Word 97–2003 (.doc) mang đuôi khác; hãy đổi đuôi tên tệp thành .doc "
                + "(bontot tự chuyển khi máy có LibreOffice) hoặc mở bằng Word và lưu lại dạng \"Word Document (.docx)\" "
                + "/ a Word 97-2003 document under another extension: rename it .doc, or save it as .docx",
        ])
    }
}
