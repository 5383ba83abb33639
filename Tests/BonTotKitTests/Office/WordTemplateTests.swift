@testable import BonTotKit
@testable import BonTotOffice
import Foundation
import XCTest

/// Minutes made from a commune office's Word template (`make_template_documents.py`), whose bold
/// comes from table styles and whose numbers come from paragraph styles and numbering styles.
final class WordTemplateTests: SiteCopyTestCase {
    private let fixture = "bien-ban-mau-xa.docx"

    private func document() throws -> WordDocument {
        try DOCXReader.read(try OfficeFixtures.data(fixture))
    }

    private func tables(_ document: WordDocument) -> [[[[WordParagraph]]]] {
        document.blocks.compactMap { block in
            if case .table(let table) = block { return table.rows }
            return nil
        }
    }

    /// Each cell's runs as `[bold, italic]`, row by row.
    private func emphasis(_ rows: [[[WordParagraph]]]) -> [[[Bool]]] {
        rows.map { row in
            row.map { cell in
                let runs = cell.flatMap(\.runs)
                return [runs.contains { $0.bold }, runs.contains { $0.italic }]
            }
        }
    }

    /// The bold of a table style was lost: the Party header (a style bold in all its cells,
    /// the date turning bold off itself and italic on), the header row and first column of the
    /// votes table (Word's "Light List Accent 1", bold only in its `w:tblStylePr`, turned on by
    /// `w:tblLook`) and the signatures' first row (the look given by `w:val="0020"` alone) all
    /// came out plain.
    func testBoldFromATableStyleIsKept() throws {
        let tables = tables(try document())
        XCTAssertEqual(tables.count, 3)
        XCTAssertEqual(emphasis(tables[0]), [[[true, false], [true, false]], [[true, false], [false, true]]])
        XCTAssertEqual(emphasis(tables[1]), [
            [[true, false], [true, false], [true, false]],
            [[true, false], [false, false], [false, false]],
            [[true, false], [false, false], [false, false]],
        ])
        XCTAssertEqual(emphasis(tables[2]), [[[true, false], [true, false]], [[false, false], [false, false]]])
    }

    /// The table's parts a `w:tblLook` turns on, by attribute or by its `w:val` bits, and the
    /// order Word lays a table style's parts over each other.
    func testTableLookAndParts() throws {
        func look(_ attributes: String) throws -> WordTableLook {
            WordTableLook(try XMLTree.parse(Data("<w:tblLook xmlns:w=\"w\" \(attributes)/>".utf8), part: "look").root)
        }
        XCTAssertEqual(try look("w:val=\"04A0\""), WordTableLook(firstRow: true, firstColumn: true, rowBands: true))
        XCTAssertEqual(try look("w:val=\"04A0\" w:firstColumn=\"0\" w:lastRow=\"1\""),
                       WordTableLook(firstRow: true, lastRow: true, rowBands: true))
        XCTAssertEqual(WordTableLook(nil), WordTableLook(rowBands: true, columnBands: true))
        let all = WordTableLook(firstRow: true, lastRow: true, firstColumn: true, lastColumn: true)
        XCTAssertEqual(all.parts(row: 0, of: 3, column: 0, of: 2), ["firstCol", "firstRow", "nwCell"])
        XCTAssertEqual(all.parts(row: 2, of: 3, column: 1, of: 2), ["lastCol", "lastRow", "seCell"])
        XCTAssertEqual(all.parts(row: 1, of: 3, column: 1, of: 3, headerRows: 2), ["firstRow"])
        let styles = WordStyles(try XMLTree.parse(Data("""
            <w:styles xmlns:w="w"><w:style w:type="table" w:default="1" w:styleId="Bang"><w:rPr><w:i/></w:rPr>
            <w:tblStylePr w:type="firstCol"><w:rPr><w:b/></w:rPr></w:tblStylePr>
            <w:tblStylePr w:type="firstRow"><w:rPr><w:b w:val="0"/></w:rPr></w:tblStylePr></w:style>
            <w:style w:type="table" w:styleId="BangCon"><w:basedOn w:val="Bang"/><w:rPr><w:i w:val="0"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Thuong"><w:rPr><w:b w:val="0"/></w:rPr></w:style></w:styles>
            """.utf8), part: "word/styles.xml").root)
        XCTAssertEqual(styles.tableEmphasis(style: nil, parts: ["firstCol"]), WordStyles.Emphasis(bold: true, italic: true))
        XCTAssertEqual(styles.tableEmphasis(style: nil, parts: ["firstCol", "firstRow"]), WordStyles.Emphasis(bold: false, italic: true))
        XCTAssertEqual(styles.tableEmphasis(style: "BangCon", parts: ["firstCol"]), WordStyles.Emphasis(bold: true, italic: false))
        let bold = WordStyles.Emphasis(bold: true)
        XCTAssertEqual(styles.emphasis(paragraphStyle: nil, run: nil, table: bold).bold, true)
        XCTAssertEqual(styles.emphasis(paragraphStyle: "Thuong", run: nil, table: bold).bold, false)
    }

    /// Items numbered through styles came out unnumbered or wrong: the sub-sections in a style
    /// the list definition links a level to (`w:pStyle`) took level 0 (so "II.", "III.", the
    /// next section "IV."), the tasks of a list whose definition links to a numbering style
    /// (`w:numStyleLink`) came out as bullets, and the resolutions' sub-items in a style based
    /// on one that carries the list, at level 1, were numbered "2.", "3." with the resolutions.
    func testListsNumberedThroughStyles() throws {
        let items = try document().blocks.compactMap { block -> String? in
            guard case .paragraph(let paragraph) = block, paragraph.list != nil else { return nil }
            return "\(paragraph.listLevel) \(paragraph.listLabel ?? "-") \(paragraph.text)"
        }
        XCTAssertEqual(items, [
            "0 I. ĐÁNH GIÁ TÌNH HÌNH THÁNG 11", "1 1. Ưu điểm", "1 2. Hạn chế", "0 II. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 12",
            "0 1. Tổng kết công tác xây dựng Đảng năm 2024.", "1 a) Đánh giá, xếp loại đảng viên cuối năm.",
            "1 b) Chuẩn bị báo cáo kiểm điểm tập thể chi ủy.", "0 2. Vận động nhân dân đón Tết an toàn.",
            "0 III. NGHỊ QUYẾT",
            "0 1. Hoàn thành đánh giá, xếp loại đảng viên trước ngày 20/12/2024", "1 a) Chi ủy chuẩn bị phiếu đánh giá",
            "1 b) Đảng viên nộp bản kiểm điểm", "0 2. Tổ chức ngày hội Đại đoàn kết toàn dân tộc",
        ])
    }

    /// A level that names the paragraph style it numbers (`w:lvl/w:pStyle`) gives a paragraph
    /// numbered by that style (its `w:numPr` with no `w:ilvl`) its level; a definition that links
    /// to a numbering style (`w:numStyleLink`) has the levels of the list that style names, and
    /// counts with it.
    func testLevelsLinkedToStylesAndNumberingStyles() throws {
        let styles = WordStyles(try XMLTree.parse(Data("""
            <w:styles xmlns:w="w"><w:style w:type="numbering" w:styleId="DanhSach"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>
            """.utf8), part: "word/styles.xml").root)
        let numbering = WordNumbering(try XMLTree.parse(Data("""
            <w:numbering xmlns:w="w">
            <w:abstractNum w:abstractNumId="1"><w:styleLink w:val="DanhSach"/><w:lvl w:ilvl="0"><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
            <w:lvl w:ilvl="1"><w:pStyle w:val="MucNho"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>
            <w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="DanhSach"/></w:abstractNum>
            <w:abstractNum w:abstractNumId="3"><w:numStyleLink w:val="Khong"/></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>
            <w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num></w:numbering>
            """.utf8), part: "word/numbering.xml").root, styles: styles)
        XCTAssertEqual(numbering.level(linkedTo: "MucNho", in: "1"), 1)
        XCTAssertEqual(numbering.level(linkedTo: "MucNho", in: "2"), 1)
        XCTAssertNil(numbering.level(linkedTo: "Normal", in: "1"))
        XCTAssertEqual(numbering.levels["2"]?[1]?.style, .lowerLetter)
        XCTAssertEqual(numbering.counter("2"), numbering.counter("1"))
        XCTAssertEqual(numbering.levels["3"], [:])
    }

    /// A template's guidance to the clerk, hidden in Word (`w:vanish`: " (ghi rõ tháng)" after the
    /// title, a paragraph "Hướng dẫn: …"), came into the minutes as text.
    func testTextWordHidesIsLeftOut() throws {
        let texts = try document().blocks.compactMap { block -> String? in
            if case .paragraph(let paragraph) = block { return paragraph.text }
            return nil
        }
        XCTAssertTrue(texts.contains("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 12"), "\(texts)")
        XCTAssertFalse(texts.contains { $0.contains("ghi rõ tháng") || $0.contains("Hướng dẫn") }, "\(texts)")
        let styles = WordStyles(try XMLTree.parse(Data("""
            <w:styles xmlns:w="w"><w:style w:type="character" w:styleId="An"><w:rPr><w:vanish/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="HuongDan"><w:rPr><w:vanish/></w:rPr></w:style></w:styles>
            """.utf8), part: "word/styles.xml").root)
        func run(_ properties: String) throws -> XMLPartNode {
            try XMLTree.parse(Data("<w:rPr xmlns:w=\"w\">\(properties)</w:rPr>".utf8), part: "run").root
        }
        XCTAssertTrue(styles.isHidden(paragraphStyle: nil, run: try run("<w:rStyle w:val=\"An\"/>")))
        XCTAssertTrue(styles.isHidden(paragraphStyle: "HuongDan", run: nil))
        XCTAssertFalse(styles.isHidden(paragraphStyle: "HuongDan", run: try run("<w:vanish w:val=\"0\"/>")))
        XCTAssertFalse(styles.isHidden(paragraphStyle: nil, run: nil))
    }

    /// The same minutes saved as .odt by LibreOffice: the hidden guidance (`text:display="none"`
    /// in a text style) came in as text too.
    func testTextAnOpenDocumentHidesIsLeftOut() throws {
        let document = try WordDocuments.open(try OfficeFixtures.data("opendocument/bien-ban-mau-xa.odt"))
        let texts = document.blocks.compactMap { block -> String? in
            if case .paragraph(let paragraph) = block { return paragraph.text }
            return nil
        }
        XCTAssertTrue(texts.contains("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 12"), "\(texts)")
        XCTAssertFalse(texts.contains { $0.contains("ghi rõ tháng") || $0.contains("Hướng dẫn") }, "\(texts)")
        XCTAssertTrue(texts.contains("Thời gian: 19 giờ 30 phút, ngày 05 tháng 12 năm 2024."), "\(texts)")
    }

    /// The sub-items of a resolution ("a) Chi ủy chuẩn bị phiếu đánh giá" under "1. Hoàn thành
    /// đánh giá…") were listed as resolutions of their own: they are part of the one above.
    func testItemsNestedUnderAResolutionAreNotResolutions() throws {
        XCTAssertEqual(MinutesImport.resolutionItems(of: TypedSectionHeadings.marking(try document())), [
            ResolutionItem(text: "Hoàn thành đánh giá, xếp loại đảng viên trước ngày 20/12/2024",
                           subItems: ["Chi ủy chuẩn bị phiếu đánh giá", "Đảng viên nộp bản kiểm điểm"]),
            "Tổ chức ngày hội Đại đoàn kết toàn dân tộc",
        ])
        func item(_ text: String, _ level: Int) -> WordBlock {
            .paragraph(WordParagraph(runs: [WordRun(text: text)], list: .numbered, listLevel: level))
        }
        let document = WordDocument(blocks: [
            .paragraph(WordParagraph(runs: [WordRun(text: "NGHỊ QUYẾT", bold: true)], headingLevel: 1)),
            item("Ra quân dọn vệ sinh", 1), item("Tổ 1 phụ trách ngõ 15", 2), item("Vận động hiến máu", 1),
        ])
        XCTAssertEqual(MinutesImport.resolutionItems(of: document), [
            ResolutionItem(text: "Ra quân dọn vệ sinh", subItems: ["Tổ 1 phụ trách ngõ 15"]), "Vận động hiến máu",
        ])
    }

    /// The imported minutes: the header and signatures bold, the sections and sub-sections
    /// headings with their numbers, the tasks and resolutions numbered lists with their
    /// sub-items nested.
    func testImportedAsWordShowsIt() throws {
        let text = try importedMinutes(fixture)
        for expected in [
            "\n**ĐẢNG BỘ XÃ HÒA THUẬN**\n\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n\n**CHI BỘ ẤP 1**\n\n*Hòa Thuận, ngày 05 tháng 12 năm 2024*\n",
            "\n## I. ĐÁNH GIÁ TÌNH HÌNH THÁNG 11\n\n### 1. Ưu điểm\n", "\n### 2. Hạn chế\n",
            "\n## II. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 12\n\n1. Tổng kết công tác xây dựng Đảng năm 2024.\n"
                + "   1. Đánh giá, xếp loại đảng viên cuối năm.\n   1. Chuẩn bị báo cáo kiểm điểm tập thể chi ủy.\n"
                + "2. Vận động nhân dân đón Tết an toàn.\n",
            "\n## III. NGHỊ QUYẾT\n\n1. Hoàn thành đánh giá, xếp loại đảng viên trước ngày 20/12/2024\n",
            "\n2. Tổ chức ngày hội Đại đoàn kết toàn dân tộc\n",
            "\n**THƯ KÝ**\n\n**CHỦ TRÌ**\n\nTrần Thị Mai\n",
            "\n**BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 12**\n\nThời gian:",
        ] {
            XCTAssertTrue(text.contains(expected), "missing\n\(expected)\nin:\n\(text)")
        }
    }
}
