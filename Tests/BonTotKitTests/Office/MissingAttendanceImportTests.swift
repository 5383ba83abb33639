@testable import BonTotKit
import Foundation
import XCTest

/// Minutes without an attendance line imported as a bare `# attendance:` comment, where `bontot
/// new minutes` writes `# attendance: { present: …, expected: … }`: the clerk had to look up the
/// form. And the warning "chưa tìm thấy 'attendance' trong biên bản (Tổng số đảng viên: 28; có
/// mặt: 25; vắng: 03 (có lý do: 02))" gave figures a clerk took for their own document's. The
/// comment is now the form, and the figures are marked as an example of the wording looked for.
final class MissingAttendanceImportTests: DocumentsSiteTestCase {
    private let path = "content/minutes/2024/ap-1-2024-10.md"

    func testTheCommentIsTheFormToCompleteAndTheWarningGivesAnExample() throws {
        let report = MinutesImport.run(OfficeFixtures.folder.appending(path: "bien-ban-vntime.docx"), source: "bien-ban-vntime.docx",
                                       siteRoot: root, branch: "ap-1", kind: nil, dryRun: false)
        XCTAssertEqual(report.outcomes.map(\.path), [path])
        let lines = try String(contentsOf: root.appending(path: path), encoding: .utf8).components(separatedBy: "\n")
        XCTAssertEqual(lines[9], "# attendance: { present: …, expected: … }    # có mặt, phải dự (không tính người miễn sinh hoạt)")
        XCTAssertEqual(report.diagnostics.sorted.filter { $0.field == "attendance" }.map(\.description), [
            "\(path):10: warning: chưa tìm thấy 'attendance' trong biên bản (ví dụ: Tổng số đảng viên: 28; có mặt: 25; vắng: 03 "
                + "(có lý do: 02)); hãy điền rồi bỏ dấu '#' đầu dòng / 'attendance' not found in the document: fill it in",
        ])
    }

    /// Removing '#' and putting the two figures in place of "…" makes a line the check accepts.
    func testRemovingTheHashAndFillingTwoFiguresIsAll() throws {
        _ = MinutesImport.run(OfficeFixtures.folder.appending(path: "bien-ban-vntime.docx"), source: "bien-ban-vntime.docx",
                              siteRoot: root, branch: "ap-1", kind: nil, dryRun: false)
        let file = root.appending(path: path)
        let text = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "# attendance: { present: …, expected: … }", with: "attendance: { present: 25, expected: 28 }")
        try text.write(to: file, atomically: true, encoding: .utf8)

        let check = SiteLoader.load(root: root, cache: nil)
        XCTAssertEqual(check.diagnostics.errorCount, 0, check.diagnostics.sorted.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(check.site?.minutes.first { $0.slug == "ap-1-2024-10" }?.attendance?.present, 25)
        XCTAssertEqual(check.site?.minutes.first { $0.slug == "ap-1-2024-10" }?.attendance?.expected, 28)
    }

    /// A figure the document gave (those present, without the members expected) is in the form.
    func testAFigureTheDocumentGaveIsInTheForm() {
        let facts = MinutesFacts(lines: ["BIÊN BẢN SINH HOẠT CHI BỘ", "Thời gian: 19 giờ 30, ngày 05/10/2024", "Có mặt: 25 đồng chí."],
                                 resolutionItems: [])
        XCTAssertEqual(facts.present, 25)
        let writer = MinutesFrontMatterWriter(facts: facts, branch: "ap-1", kind: .thuongKy,
                                              date: CalendarDate(year: 2024, month: 10, day: 5)!)
        XCTAssertTrue(writer.lines.contains("# attendance: { present: 25, expected: … }    # có mặt, phải dự (không tính người miễn sinh hoạt)"),
                      writer.text)
    }
}
