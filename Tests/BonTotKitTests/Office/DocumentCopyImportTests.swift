@testable import BonTotKit
import Foundation
import XCTest

/// A folder holding the minutes and the copy a browser kept beside them ("Bien ban thang 10
/// (1).docx", which sorts first) imported the copy and refused the original as a duplicate: the
/// original is now imported, and the copy refused as a copy of it when it differs (it may hold
/// later edits). A copy identical to the original failed the whole import though nothing in it
/// was lost: it is now passed over with a warning, and the command succeeds.
final class DocumentCopyImportTests: DocumentsSiteTestCase {
    /// A folder beside the site holding `original` as "Bien ban thang 10.docx" and `copy` as
    /// "Bien ban thang 10 (1).docx" (office fixtures).
    private func folder(original: String, copy: String) throws -> URL {
        let folder = root.deletingLastPathComponent().appending(path: "tu-trinh-duyet")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try OfficeFixtures.data(original).write(to: folder.appending(path: "Bien ban thang 10.docx"))
        try OfficeFixtures.data(copy).write(to: folder.appending(path: "Bien ban thang 10 (1).docx"))
        return folder
    }

    func testTheOriginalIsImportedAndACopyThatDiffersRefusedAsACopy() throws {
        // The same meeting saved again by LibreOffice: other bytes.
        let folder = try folder(original: "bien-ban-python-docx.docx", copy: "bien-ban-libreoffice.docx")

        let report = MinutesImport.run(folder, source: "tu-trinh-duyet", siteRoot: root, branch: "ap-1", kind: nil, dryRun: false)
        XCTAssertEqual(report.outcomes.map(\.source), ["tu-trinh-duyet/Bien ban thang 10.docx"])
        XCTAssertEqual(report.outcomes.map(\.path), ["content/minutes/2024/ap-1-2024-10.md"])
        XCTAssertEqual(report.diagnostics.sorted.filter { $0.severity == .error }.map(\.description), [
            "tu-trinh-duyet/Bien ban thang 10 (1).docx: error: 'Bien ban thang 10 (1).docx' là bản sao của "
                + "'tu-trinh-duyet/Bien ban thang 10.docx' (cùng cuộc họp: chi bộ 'ap-1', ngày 2024-10-05, sinh hoạt thường kỳ), "
                + "vừa được nhập vào content/minutes/2024/ap-1-2024-10.md; chưa nhập bản sao này. Nếu đúng là một cuộc họp khác, "
                + "chạy lại với --allow-duplicate / 'Bien ban thang 10 (1).docx' is a copy of 'tu-trinh-duyet/Bien ban thang 10.docx' "
                + "(the same meeting: branch 'ap-1', 2024-10-05, thuong-ky), just imported into content/minutes/2024/ap-1-2024-10.md: "
                + "not imported (--allow-duplicate imports it anyway, into a new file)",
        ])
    }

    func testACopyIdenticalToTheOriginalIsOnlyAWarning() throws {
        let folder = try folder(original: "bien-ban-python-docx.docx", copy: "bien-ban-python-docx.docx")

        let report = MinutesImport.run(folder, source: "tu-trinh-duyet", siteRoot: root, branch: "ap-1", kind: nil, dryRun: false)
        XCTAssertEqual(report.outcomes.map(\.path), ["content/minutes/2024/ap-1-2024-10.md"])
        XCTAssertEqual(report.diagnostics.sorted.filter { $0.location.file.hasPrefix("tu-trinh-duyet") }.map(\.description), [
            "tu-trinh-duyet/Bien ban thang 10 (1).docx: warning: bỏ qua 'Bien ban thang 10 (1).docx': bản sao giống hệt "
                + "'tu-trinh-duyet/Bien ban thang 10.docx', vừa được nhập vào content/minutes/2024/ap-1-2024-10.md "
                + "/ skipped 'Bien ban thang 10 (1).docx': an identical copy of 'tu-trinh-duyet/Bien ban thang 10.docx', just "
                + "imported into content/minutes/2024/ap-1-2024-10.md",
        ])
        XCTAssertEqual(report.diagnostics.errorCount, 0, report.diagnostics.sorted.map(\.description).joined(separator: "\n"))
    }

    func testTheCommandSucceedsWithAnIdenticalCopyAndFailsWithOneThatDiffers() throws {
        let identical = try folder(original: "bien-ban-python-docx.docx", copy: "bien-ban-python-docx.docx")
        let passed = try BontotProcess.run(["import", "minutes", identical.path, "--branch", "ap-1", "--site", root.path])
        XCTAssertEqual(passed.status, 0, passed.errors)
        XCTAssertTrue(passed.errors.contains("(1).docx: warning: bỏ qua 'Bien ban thang 10 (1).docx': bản sao giống hệt"), passed.errors)
        XCTAssertTrue(passed.output.hasSuffix("1 biên bản; 0 lỗi, 2 cảnh báo\n"), passed.output)

        try FileManager.default.removeItem(at: root.appending(path: "content/minutes/2024/ap-1-2024-10.md"))
        let differing = try folder(original: "bien-ban-python-docx.docx", copy: "bien-ban-libreoffice.docx")
        let refused = try BontotProcess.run(["import", "minutes", differing.path, "--branch", "ap-1", "--site", root.path])
        XCTAssertEqual(refused.status, 1, refused.errors)
        XCTAssertTrue(refused.errors.contains("(1).docx: error: 'Bien ban thang 10 (1).docx' là bản sao của"), refused.errors)
    }

    func testTheNamesOfCopies() {
        XCTAssertEqual(["Bien ban thang 10 (1).docx", "Bien ban thang 10 - Copy.docx", "Bien ban thang 10 - Copy (2).docx",
                        "Copy of Bien ban thang 10.docx", "Bien ban thang 10 - Bản sao.docx", "Bien ban thang 10 copy.docx"]
                           .map(DocumentCopyName.original(of:)),
                       Array(repeating: "Bien ban thang 10.docx", count: 6))
        XCTAssertNil(DocumentCopyName.original(of: "Bien ban thang 10.docx"))
        XCTAssertNil(DocumentCopyName.original(of: "(1).docx"))
        XCTAssertNil(DocumentCopyName.original(of: "Bien ban thang 10 (2024).docx"), "a year is no copy's number")
        // Firefox's copy (no space), and copies of copies, are named by the first original.
        XCTAssertEqual(["Bien ban thang 10(1).docx", "Bien ban thang 10 (1) (1).docx", "Bien ban thang 10 - Copy - Copy.docx"]
                           .map(DocumentCopyName.original(of:)),
                       Array(repeating: "Bien ban thang 10.docx", count: 3))
    }

    /// Firefox names a second download "…(1).docx", no space, which sorts before the original;
    /// three downloads of a mailed file are "X (1)", "X (2)", "X (3)", the original not kept.
    /// Each copy identical to the document imported is passed over with a warning.
    func testFirefoxsCopiesAndCopiesWithoutTheirOriginalArePassedOver() throws {
        let cases = [["Bien ban thang 10.docx", "Bien ban thang 10(1).docx", "Bien ban thang 10 - Bản sao.docx"],
                     ["Bien ban thang 10 (1).docx", "Bien ban thang 10 (2).docx", "Bien ban thang 10 (3).docx"]]
        for (index, names) in cases.enumerated() {
            let folder = root.deletingLastPathComponent().appending(path: "tai-ve-\(index)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for name in names { try OfficeFixtures.data("bien-ban-python-docx.docx").write(to: folder.appending(path: name)) }
            let report = MinutesImport.run(folder, source: "tai-ve", siteRoot: root, branch: "ap-1", kind: nil, dryRun: true)
            XCTAssertEqual(report.outcomes.map(\.source), ["tai-ve/" + names[0]], "\(names)")
            XCTAssertEqual(report.diagnostics.errorCount, 0, report.diagnostics.sorted.map(\.description).joined(separator: "\n"))
            XCTAssertEqual(report.diagnostics.sorted.filter { $0.description.contains("bản sao giống hệt 'tai-ve/\(names[0])'") }
                               .map(\.location.file), names.dropFirst().map { "tai-ve/" + $0 }.sorted(), "\(names)")
        }
    }
}
