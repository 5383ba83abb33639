@testable import BonTotKit
import Foundation
import XCTest

/// A folder holding the minutes and the copy a browser kept beside them ("Bien ban thang 10
/// (1).docx", which sorts first) imported the copy and refused the original as a duplicate: the
/// original is now imported, and the copy refused as a copy of it.
final class DocumentCopyImportTests: DocumentsSiteTestCase {
    func testTheOriginalIsImportedAndItsCopyRefusedAsACopy() throws {
        let folder = root.deletingLastPathComponent().appending(path: "tu-trinh-duyet")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let minutes = try OfficeFixtures.data("bien-ban-python-docx.docx")
        for name in ["Bien ban thang 10.docx", "Bien ban thang 10 (1).docx"] { try minutes.write(to: folder.appending(path: name)) }

        let report = MinutesImport.run(folder, source: "tu-trinh-duyet", siteRoot: root, branch: "ap-1", kind: nil, dryRun: false)
        XCTAssertEqual(report.outcomes.map(\.source), ["tu-trinh-duyet/Bien ban thang 10.docx"])
        XCTAssertEqual(report.outcomes.map(\.path), ["content/minutes/2024/ap-1-2024-10.md"])
        XCTAssertEqual(report.diagnostics.sorted.filter { $0.severity == .error }.map(\.description), [
            "tu-trinh-duyet/Bien ban thang 10 (1).docx:1: error: 'Bien ban thang 10 (1).docx' là bản sao của "
                + "'tu-trinh-duyet/Bien ban thang 10.docx' (cùng cuộc họp: chi bộ 'ap-1', ngày 2024-10-05, sinh hoạt thường kỳ), "
                + "vừa được nhập vào content/minutes/2024/ap-1-2024-10.md; chưa nhập bản sao này. Nếu đúng là một cuộc họp khác, "
                + "chạy lại với --allow-duplicate / 'Bien ban thang 10 (1).docx' is a copy of 'tu-trinh-duyet/Bien ban thang 10.docx' "
                + "(the same meeting: branch 'ap-1', 2024-10-05, thuong-ky), just imported into content/minutes/2024/ap-1-2024-10.md: "
                + "not imported (--allow-duplicate imports it anyway, into a new file)",
        ])
    }

    func testTheNamesOfCopies() {
        XCTAssertEqual(["Bien ban thang 10 (1).docx", "Bien ban thang 10 - Copy.docx", "Bien ban thang 10 - Copy (2).docx",
                        "Copy of Bien ban thang 10.docx", "Bien ban thang 10 - Bản sao.docx", "Bien ban thang 10 copy.docx"]
                           .map(DocumentCopyName.original(of:)),
                       Array(repeating: "Bien ban thang 10.docx", count: 6))
        XCTAssertNil(DocumentCopyName.original(of: "Bien ban thang 10.docx"))
        XCTAssertNil(DocumentCopyName.original(of: "(1).docx"))
    }
}
