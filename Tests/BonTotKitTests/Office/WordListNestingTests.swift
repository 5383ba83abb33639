@testable import BonTotKit
import BonTotOffice
import XCTest

/// A Word list with items on a second level ("1. Đánh giá…" with "- …" under it) stays nested
/// in the minutes page: the sub-items are indented by the width of the marker above them.
final class WordListNestingTests: XCTestCase {
    private func item(_ text: String, _ list: WordParagraph.ListKind, level: Int = 0) -> WordBlock {
        .paragraph(WordParagraph(runs: [WordRun(text: text)], list: list, listLevel: level))
    }

    /// Sub-items of a numbered item were indented by two spaces, less than "1. " is wide, so the
    /// page showed them as a second list beside the first, not under its item.
    func testSubItemsOfANumberedItemAreNestedUnderIt() {
        let document = WordDocument(blocks: [
            item("Đánh giá kết quả tháng 9", .numbered),
            item("Thu quỹ đạt 95%", .bullet, level: 1),
            item("Vệ sinh môi trường 4 lần", .bullet, level: 1),
            item("Nhiệm vụ tháng 10", .numbered),
            item("Ra quân dọn vệ sinh", .bullet, level: 1),
            item("Chủ nhật hằng tuần", .bullet, level: 2),
        ])
        let markdown = WordMarkdown.markdown(document)
        XCTAssertEqual(markdown, """
            1. Đánh giá kết quả tháng 9
               - Thu quỹ đạt 95%
               - Vệ sinh môi trường 4 lần
            1. Nhiệm vụ tháng 10
               - Ra quân dọn vệ sinh
                 - Chủ nhật hằng tuần

            """)
        let html = MarkdownRenderer(allowHTML: false).html(markdown, root: "", file: "x.md")
        XCTAssertEqual(html.components(separatedBy: "<ol>").count - 1, 1, html)
        XCTAssertEqual(html.components(separatedBy: "<ul>").count - 1, 3, html)
        XCTAssertTrue(html.contains("<li>Đánh giá kết quả tháng 9\n<ul>"), html)
    }

    /// A list whose first item is on the second level (a document that starts mid-outline) is
    /// not indented at all: four spaces would make it a code block.
    func testAListStartingOnASecondLevelIsNotIndented() {
        let markdown = WordMarkdown.markdown(WordDocument(blocks: [item("Ý kiến thứ nhất", .bullet, level: 1)]))
        XCTAssertEqual(markdown, "- Ý kiến thứ nhất\n")
    }

    /// The second item of such a list was nested under the first ("1. Tiếp tục…" with
    /// "   1. Vận động…" under it), as if one level deeper.
    func testTheNextItemOfAListStartingOnASecondLevelIsBesideTheFirst() {
        let markdown = WordMarkdown.markdown(WordDocument(blocks: [
            item("Tiếp tục thực hiện Kết luận 01", .numbered, level: 1),
            item("Vận động hội viên", .numbered, level: 1),
            item("Ngày chủ nhật xanh", .bullet, level: 2),
        ]))
        XCTAssertEqual(markdown, "1. Tiếp tục thực hiện Kết luận 01\n1. Vận động hội viên\n   - Ngày chủ nhật xanh\n")
    }

    /// A numbered list cut by a paragraph ("Ý kiến của đảng viên:") started again from 1 on the
    /// page, where the document shows 3: an item goes on from the number the document gives it.
    func testANumberedListCutByAParagraphGoesOnFromItsNumber() {
        var third = WordParagraph(runs: [WordRun(text: "Đề nghị sớm nạo vét kênh")], list: .numbered)
        third.listLabel = "3."
        var lettered = WordParagraph(runs: [WordRun(text: "Ý kiến khác")], list: .numbered)
        lettered.listLabel = "b)"
        let markdown = WordMarkdown.markdown(WordDocument(blocks: [
            .paragraph(WordParagraph(runs: [WordRun(text: "Ý kiến của đảng viên:")])), .paragraph(third), .paragraph(lettered),
        ]))
        XCTAssertEqual(markdown, "Ý kiến của đảng viên:\n\n3. Đề nghị sớm nạo vét kênh\n1. Ý kiến khác\n")
        let html = MarkdownRenderer(allowHTML: false).html(markdown, root: "", file: "x.md")
        XCTAssertTrue(html.contains("<ol start=\"3\">"), html)
    }
}
