@testable import BonTotKit
import BonTotOffice
import Foundation
import XCTest

/// Minutes as a commune office clerk keeps them in Word (`make_clerk_documents.py`): Times New
/// Roman, the committee's name in the page header, sections typed as bold paragraphs numbered
/// by hand, footnotes citing a directive; and the same saved as .odt by LibreOffice.
final class ClerkMinutesTests: SiteCopyTestCase {
    /// Fails, at the caller's line, for each of `expected` that the minutes imported from `name` lack.
    private func assertImported(_ name: String, contains expected: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let text = try importedMinutes(name)
        for part in expected where !text.contains(part) {
            XCTFail("\(name): missing\n\(part)\nin:\n\(text)", file: file, line: line)
        }
    }

    /// "I. ĐÁNH GIÁ TÌNH HÌNH THÁNG 9" and "1. Ưu điểm", typed bold rather than in Word's heading
    /// styles, came out as bold paragraphs: the page had no sections. They are headings now, in
    /// .docx and .odt alike; a speaker's name in bold, ordinary numbered text and resolutions
    /// typed in bold stay what they were.
    func testSectionsTypedAsBoldNumberedParagraphsAreHeadings() throws {
        for name in ["bien-ban-van-phong.docx", "opendocument/bien-ban-van-phong.odt"] {
            let text = try importedMinutes(name)
            for expected in [
                "\n## I. ĐÁNH GIÁ TÌNH HÌNH THÁNG 9\n\n### 1. Ưu điểm\n", "\n### 2. Hạn chế\n",
                "\n## II. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 10\n\n1. Tiếp tục thực hiện", "\n## III. NGHỊ QUYẾT\n",
                "\n**1. Hoàn thành cải tạo điểm đen rác thải ngõ 15 trước ngày 30/10/2024**\n",
                "\n**2. Vận động 100% hộ gia đình ký cam kết**\n", "\n**Đồng chí Lê Văn Tám:** đề nghị",
                "\n**BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10**\n",
                "  - { text: Hoàn thành cải tạo điểm đen rác thải ngõ 15 trước ngày 30/10/2024, due: 2024-10-30 }\n",
                "attendance: { present: 26, expected: 28, excused: 2, unexcused: 0 }",
            ] {
                XCTAssertTrue(text.contains(expected), "\(name): missing\n\(expected)\nin:\n\(text)")
            }
            // The body alone, as a page renders it: the front matter's closing '---' would make a heading of its last line.
            let body = try XCTUnwrap(FrontMatter(splitting: text)).body
            let html = MarkdownRenderer(allowHTML: false).html(body, root: "", file: "x.md")
            XCTAssertTrue(html.contains("<h2>I. ĐÁNH GIÁ TÌNH HÌNH THÁNG 9</h2>\n<h3>1. Ưu điểm</h3>"), html)
        }
    }

    /// The footnotes citing Chỉ thị 05-CT/TW and Kết luận 01-KL/TW were dropped: the .docx lost
    /// them with their marks, the .odt too. Each mark is now "[1]" in the text, and the notes a
    /// numbered list under "Ghi chú" at the end, item n the note marked [n].
    func testFootnotesAreKeptUnderGhiChuWithTheirMarks() throws {
        for name in ["bien-ban-van-phong.docx", "opendocument/bien-ban-van-phong.odt"] {
            let text = try importedMinutes(name)
            for expected in [
                "Chi bộ triển khai học tập Chỉ thị số 05-CT/TW\\[1\\] đến 100% đảng viên.\n",
                "Tiếp tục thực hiện Kết luận số 01-KL/TW\\[2\\].\n",
                "\nNguyễn Văn Hùng\n\n## Ghi chú\n\n1. Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo "
                    + "tư tưởng, đạo đức, phong cách Hồ Chí Minh.\n1. Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.\n",
            ] {
                XCTAssertTrue(text.contains(expected), "\(name): missing\n\(expected)\nin:\n\(text)")
            }
            XCTAssertTrue(text.hasSuffix("của Bộ Chính trị.\n"), text)
            // The body alone, as a page renders it: the front matter's closing '---' would make a heading of its last line.
            let body = try XCTUnwrap(FrontMatter(splitting: text)).body
            let html = MarkdownRenderer(allowHTML: false).html(body, root: "", file: "x.md")
            XCTAssertTrue(html.contains("05-CT/TW[1] đến"), html)
            XCTAssertTrue(html.contains("<h2>Ghi chú</h2>\n<ol>\n<li>Chỉ thị số 05-CT/TW ngày 15/5/2016"), html)
        }
    }

    /// The same sections numbered by Word itself (its AutoFormat makes "I. " typed at the start
    /// of a line a list, upper Roman over decimal) came out as lists each starting at 1: "1.
    /// **ĐÁNH GIÁ…**", "1. **PHƯƠNG HƯỚNG…**", the numerals lost. They are headings with their
    /// numbers now; a list cut by a paragraph goes on from its number (3., as Word shows it).
    func testSectionsNumberedByWordAreHeadingsWithTheirNumbers() throws {
        for name in ["bien-ban-tu-dong-danh-so.docx", "opendocument/bien-ban-tu-dong-danh-so.odt"] {
            try assertImported(name, contains: [
                "\n## I. ĐÁNH GIÁ TÌNH HÌNH THÁNG 9\n\n### 1. Ưu điểm\n\nChi bộ triển khai", "\n### 2. Hạn chế\n",
                "\n## II. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 10\n\n1. Tiếp tục thực hiện Kết luận số 01-KL/TW.\n"
                    + "2. Vận động hội viên tham gia ngày chủ nhật xanh.\n\nÝ kiến của đảng viên:\n\n3. Đề nghị sớm nạo vét kênh nội đồng.\n",
                "\n## III. NGHỊ QUYẾT\n\n1. **Hoàn thành cải tạo điểm đen rác thải ngõ 15 trước ngày 30/10/2024**\n"
                    + "2. **Vận động 100% hộ gia đình ký cam kết**\n",
                "  - { text: Hoàn thành cải tạo điểm đen rác thải ngõ 15 trước ngày 30/10/2024, due: 2024-10-30 }\n",
            ])
        }
    }

    /// Sections Word numbers in upper Roman numerals but typed in capitals without bold
    /// (`make_roman_documents.py`) are no headings, and came out as items of a Markdown list, the
    /// numerals lost: "1. ĐÁNH GIÁ…", "1. PHƯƠNG HƯỚNG…". They keep "I.", "II.", "III." as Word
    /// shows them, as sections typed by hand do; the items Word numbers 1., 2. below stay a list.
    func testSectionsNumberedByWordWithoutBoldKeepTheirNumerals() throws {
        let name = "bien-ban-la-ma-khong-dam.docx"
        try assertImported(name, contains: [
            "\nI. ĐÁNH GIÁ TÌNH HÌNH THÁNG 9\n\nChi bộ triển khai",
            "\nII. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 10\n\n1. Tiếp tục thực hiện Kết luận số 01-KL/TW.\n"
                + "2. Vận động hội viên tham gia ngày chủ nhật xanh.\n\nIII. NGHỊ QUYẾT\n",
        ])
        let text = try importedMinutes(name)
        XCTAssertFalse(text.contains("1. ĐÁNH GIÁ") || text.contains("1. NGHỊ QUYẾT"), text)
    }

    /// Minutes whose bold was set in Word's styles, not on the text (`make_styled_documents.py`):
    /// the title, the sections "I. ĐÁNH GIÁ…" and "1. Ưu điểm" (bold only through the style it
    /// is based on) and a speaker's name in a bold character style came out as plain text, the
    /// page without sections. They are bold, and headings, as Word shows them; a style based on
    /// a bold one that turns bold off, and a run that turns it off itself, stay plain.
    func testBoldAndItalicSetInStylesAreSeen() throws {
        try assertImported("bien-ban-kieu-dinh-dang.docx", contains: [
            "\n**BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11**\n",
            "\n## I. ĐÁNH GIÁ TÌNH HÌNH THÁNG 10\n\n### 1. Ưu điểm\n",
            "\nChi bộ học tập *Chỉ thị số 05-CT/TW* đến 100% đảng viên.\n",
            "\n**Đồng chí Lê Văn Tám:** đề nghị sửa chữa nhà văn hóa ấp.\n",
            "\nViệc thu gom rác tại ngõ 15 còn chậm.\n", "\n**Kết luận:** chi bộ thống nhất các ý kiến trên.\n",
            "\n## II. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 11\n", "\n## III. NGHỊ QUYẾT\n",
        ])
    }

    /// In a two-column table of figures ("Vắng mặt | 2 đồng chí (có lý do)"), the mark of the
    /// footnote saying who was away was lost, though the note was listed under "Ghi chú": it
    /// is kept after the figure, and the attendance is read without it.
    func testANoteMarkInATableOfFiguresIsKept() throws {
        try assertImported("bien-ban-kieu-dinh-dang.docx", contains: [
            "\n- Tổng số đảng viên: 28\n- Có mặt: 26\n- Vắng mặt: 2 đồng chí (có lý do)\\[1\\]\n",
            "\n## Ghi chú\n\n1. Đồng chí Lê Văn Tám và đồng chí Phạm Thị Hoa đi công tác, có báo cáo chi bộ.\n",
            "attendance: { present: 26, expected: 28, excused: 2, unexcused: 0 }",
        ])
    }

    /// Word lists that share one definition (abstractNumId), as a copy and paste leaves them,
    /// each started at 1: Word counts them together (1., 2., then 3. for the next list), and a
    /// list that sets its start (`w:startOverride`) starts afresh, the one after it going on
    /// from its numbers.
    func testListsSharingADefinitionCountTogether() throws {
        try assertImported("bien-ban-kieu-dinh-dang.docx", contains: [
            "\n1. Hoàn thành thu đảng phí quý IV.\n2. Tổ chức kết nạp quần chúng Nguyễn Văn An.\n\nÝ kiến thảo luận:\n\n"
                + "3. Đề nghị sửa chữa nhà văn hóa ấp.\n",
            "\n## III. NGHỊ QUYẾT\n\n1. Hoàn thành thu đảng phí quý IV trước ngày 31/12/2024\n2. Kết nạp quần chúng Nguyễn Văn An\n",
            "\n## IV. PHÂN CÔNG\n\n3. Đồng chí Nguyễn Văn Hùng phụ trách công tác kết nạp.\n",
            "  - { text: Hoàn thành thu đảng phí quý IV trước ngày 31/12/2024, due: 2024-12-31 }\n",
        ])
    }

    private func paragraph(_ runs: [WordRun], list: WordParagraph.ListKind? = nil) -> WordBlock {
        .paragraph(WordParagraph(runs: runs, list: list))
    }

    private func levels(_ blocks: [WordBlock]) -> [Int?] {
        TypedSectionHeadings.marking(WordDocument(blocks: blocks)).blocks.map { block in
            if case .paragraph(let paragraph) = block { return paragraph.headingLevel }
            return nil
        }
    }

    /// What is not a section heading stays text: a Roman numeral not in bold or not followed by
    /// capitals, an invalid numeral, a bold sentence, a bold "1." with no Roman section above it,
    /// a paragraph only partly bold, a list item, a paragraph too long for a heading; a bold
    /// "4. Ý kiến khác" standing alone in a section is one.
    func testNoHeadingsFromOrdinaryNumberedText() {
        let bold = { (text: String) in WordRun(text: text, bold: true) }
        XCTAssertEqual(levels([
            paragraph([bold("1. Công tác tuyên truyền")]),
            paragraph([WordRun(text: "I. ĐÁNH GIÁ TÌNH HÌNH")]),
            paragraph([bold("I. Đánh giá chung")]),
            paragraph([bold("IIII. ĐÁNH GIÁ")]),
            paragraph([bold("I. "), WordRun(text: "ĐÁNH GIÁ")]),
            paragraph([bold("II. PHƯƠNG HƯỚNG")], list: .numbered),
            paragraph([bold("III. " + String(repeating: "A", count: 200))]),
            paragraph([bold("IV. KẾT LUẬN"), WordRun(text: "", note: 1)]),
            paragraph([bold("1. Chi bộ đã hoàn thành các chỉ tiêu.")]),
            paragraph([bold("2. "), WordRun(text: "Đồng chí Tám phát biểu")]),
            paragraph([bold("3. ý kiến khác")]),
            paragraph([WordRun(text: "Nội dung.")]),
            paragraph([bold("4. Ý kiến khác")]),
            paragraph([WordRun(text: "Nội dung.")]),
        ]), [nil, nil, nil, nil, nil, nil, nil, 1, nil, nil, nil, nil, 2, nil])
    }

    /// Sections numbered with a slash, as many offices type them ("II/ PHƯƠNG HƯỚNG", "3/ Kiến
    /// nghị"), are headings too, and "III/ NGHỊ QUYẾT" leads the resolutions; "V/V TRIỂN KHAI"
    /// (về việc, a document's subject) is not a section.
    func testSectionsNumberedWithASlash() {
        let bold = { (text: String) in self.paragraph([WordRun(text: text, bold: true)]) }
        let text = { (text: String) in self.paragraph([WordRun(text: text)]) }
        let blocks = [bold("V/V TRIỂN KHAI NGHỊ QUYẾT"), bold("II/ PHƯƠNG HƯỚNG"), bold("3/ Kiến nghị"), text("Nội dung."),
                      bold("III/ NGHỊ QUYẾT"), text("- Nạo vét kênh nội đồng trước ngày 30/10/2024"), text("- Vận động hộ gia đình")]
        XCTAssertEqual(levels(blocks), [nil, 1, 2, nil, 1, nil, nil])
        XCTAssertEqual(MinutesImport.resolutionItems(of: TypedSectionHeadings.marking(WordDocument(blocks: blocks))),
                       ["Nạo vét kênh nội đồng trước ngày 30/10/2024", "Vận động hộ gia đình"])
    }

    /// A chair's conclusion typed as a sentence ("Kết luận: chi bộ thống nhất…") before the
    /// section "III. NGHỊ QUYẾT" was taken for the resolutions' heading, and having no items
    /// under it left the resolutions to fill in: they are looked for under the next heading.
    func testAConclusionInASentenceDoesNotHideTheResolutions() {
        let text = { (text: String) in self.paragraph([WordRun(text: text)]) }
        let blocks = [text("Kết luận: chi bộ thống nhất các ý kiến trên."), self.paragraph([WordRun(text: "III. NGHỊ QUYẾT", bold: true)]),
                      text("- Nạo vét kênh nội đồng trước ngày 30/10/2024")]
        XCTAssertEqual(MinutesImport.resolutionItems(of: TypedSectionHeadings.marking(WordDocument(blocks: blocks))),
                       ["Nạo vét kênh nội đồng trước ngày 30/10/2024"])
    }

    /// A heading in Word's heading style numbered by Word ("Heading 1" over upper Roman) showed
    /// its words without its number.
    func testAHeadingNumberedByWordShowsItsNumber() {
        var heading = WordParagraph(runs: [WordRun(text: "PHƯƠNG HƯỚNG NHIỆM VỤ")], headingLevel: 1)
        heading.listLabel = "II."
        let markdown = WordMarkdown.markdown(TypedSectionHeadings.marking(WordDocument(blocks: [.paragraph(heading)])))
        XCTAssertEqual(markdown, "## II. PHƯƠNG HƯỚNG NHIỆM VỤ\n")
    }
}
