import BonTotKit
import Foundation
import XCTest

/// `bontot import minutes bien-ban.odt`: minutes saved by LibreOffice Writer in its own format
/// import to the same file as the same minutes saved as .docx (every minutes fixture, saved
/// again as .odt by LibreOffice: `Tests/Fixtures/office/make_libreoffice_copies.sh`), with the same
/// warnings; a folder imports its .odt files beside its .docx ones.
final class OpenDocumentMinutesTests: SiteCopyTestCase {
    private func site() throws -> URL {
        let root = try ValidationSite.make("minimal")
        keep(root)
        return root
    }

    private func dryRun(_ name: String) throws -> (text: String?, messages: [String]) {
        let report = MinutesImport.run(OfficeFixtures.folder.appending(path: name), source: "bien-ban", siteRoot: try site(),
                                       branch: "ap-1", kind: nil, dryRun: true)
        return (report.outcomes.first?.text, report.diagnostics.sorted.map(\.description))
    }

    func testEveryMinutesSavedAsODTImportsAsItsDOCX() throws {
        let folder = OfficeFixtures.folder.appending(path: "opendocument")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".odt") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 8)
        for name in names {
            let fromDOCX = try dryRun(String(name.dropLast(4)) + ".docx")
            let fromODT = try dryRun("opendocument/" + name)
            XCTAssertNotNil(fromODT.text, name)
            XCTAssertEqual(fromODT.text, fromDOCX.text, name)
            XCTAssertEqual(fromODT.messages, fromDOCX.messages, name)
        }
    }

    func testAFolderImportsItsODTBesideItsDOCX() throws {
        let root = try site()
        let inbox = root.appending(path: "hop-thu")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: OfficeFixtures.folder.appending(path: "opendocument/bien-ban-libreoffice.odt"),
                                         to: inbox.appending(path: "thang-10.odt"))
        let report = MinutesImport.run(inbox, source: "hop-thu", siteRoot: root, branch: "ap-1", kind: nil, dryRun: false)
        XCTAssertEqual(report.outcomes.compactMap(\.path), ["content/minutes/2024/ap-1-2024-10.md"],
                       report.diagnostics.sorted.map(\.description).joined(separator: "\n"))
    }

    /// What Writer's own format keeps apart from Word's (`make_odt_features.py`): a heading by
    /// its outline level, bold and italic from automatic styles, spaces written as `<text:s/>`,
    /// a numbered list with a bulleted sub-list, a table of figures with a header row, a paragraph in
    /// .VnTime, a footnote (its mark in the text, the note under "Ghi chú"); a comment and a
    /// deletion kept by tracked changes are not text of the minutes.
    func testWritersOwnMarkupReadsAsTheMinutesShowIt() throws {
        let imported = try dryRun("odt-features.odt")
        let text = try XCTUnwrap(imported.text, imported.messages.joined(separator: "\n"))
        for expected in [
            "date: 2024-10-05", "start: \"19:30\"", "chair: Nguyễn Văn Hùng", "recorder: Trần Thị Mai",
            "## BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10\n", "**Thời gian:** 19 giờ 30 phút, ngày 05 tháng 10 năm 2024\\[1\\]\n",
            "Chủ trì: đồng chí Nguyễn Văn Hùng,   Bí thư chi bộ.", "Thư ký: đồng chí *Trần Thị Mai*.",
            "Chi bộ khu dân cư số 1", "### Nghị quyết",
            "1. Hoàn thành cải tạo điểm đen rác thải ngõ 15 trước ngày 30/10/2024\n", "   - Giao tổ 3 thực hiện\n",
            "- Có mặt: 25; Vắng: 3\n\n## Ghi chú\n\n1. Lời chú thích chân trang.\n",
        ] {
            XCTAssertTrue(text.contains(expected), "missing:\n\(expected)\nin:\n\(text)")
        }
        for left in ["Câu đã xóa", "Lời bình", "20241"] {
            XCTAssertFalse(text.contains(left), "\(left) in:\n\(text)")
        }
    }
}
