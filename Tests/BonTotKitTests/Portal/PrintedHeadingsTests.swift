import BonTotKit
import Foundation
import XCTest

/// Headings on the printed page stay with the text they head. A body's headings come under
/// their section's (`HeadingLevels`): an editorial's `##`, under its `#`, is an `<h4>`, which
/// the print stylesheets did not keep with what follows it (they kept h1–h3 only).
final class PrintedHeadingsTests: XCTestCase {
    /// An editorial whose `## Kinh nghiệm từ cơ sở` falls at the foot of the bulletin's first
    /// sheet (two lengths, found with the old stylesheet in Chromium's print) printed the
    /// heading alone there and its paragraph on the next sheet.
    func testAnEditorialsDeeperHeadingIsPrintedWithItsText() throws {
        let paragraph = "các chi bộ tiếp tục duy trì nền nếp sinh hoạt, nâng cao chất lượng sinh hoạt chi bộ, "
            + "thực hiện tốt các nghị quyết đã đề ra trong năm."
        for (paragraphs, lines) in [(8, 1), (9, 0)] {
            let editorial = "---\ntitle: Chung sức vượt lũ\nnumber: 9\n---\n# Nhiệm vụ\n\n"
                + (1...paragraphs).map { "Đoạn \($0): \(paragraph)\n\n" }.joined()
                + (0..<lines).map { "Ý \($0 + 1).\n\n" }.joined()
                + "## Kinh nghiệm từ cơ sở\n\nKết luận: dân biết, dân bàn, dân làm.\n"
            let built = try BuiltSite.build(changes: ["content/bulletins/2024-09.md": editorial])
            XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
            XCTAssertTrue(built.page("ban-tin/2024-09/index.html").contains("<h4>Kinh nghiệm từ cơ sở</h4>"))
            let printed = try PrintedPageWords(page: "ban-tin/2024-09/index.html", in: built)
            let heading = try XCTUnwrap(printed.words.firstIndex { $0.text == "Kinh" }, "the heading is printed")
            let text = try XCTUnwrap(printed.words.firstIndex { $0.text == "luận:" }, "its paragraph is printed")
            XCTAssertEqual(printed.words[heading].sheet, printed.words[text].sheet,
                           "\(paragraphs) paragraphs: the heading is printed alone at the foot of sheet \(printed.words[heading].sheet)")
        }
    }
}
