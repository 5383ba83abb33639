@testable import BonTotKit
@testable import BonTotOffice
import Foundation
import XCTest

/// Minutes made from a commune office's Word template (`make_template_documents.py`), whose bold
/// comes from table styles.
final class WordTemplateTests: SiteCopyTestCase {
    private let fixture = "bien-ban-mau-xa.docx"

    private func document() throws -> WordDocument {
        try DOCXReader.read(try OfficeFixtures.data(fixture))
    }

    private func tables(_ document: WordDocument) -> [[[[WordParagraph]]]] {
        document.blocks.compactMap { block in
            if case .table(let rows) = block { return rows }
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
        XCTAssertEqual(try look("w:val=\"04A0\""), WordTableLook(firstRow: true, firstColumn: true))
        XCTAssertEqual(try look("w:val=\"04A0\" w:firstColumn=\"0\" w:lastRow=\"1\""), WordTableLook(firstRow: true, lastRow: true))
        XCTAssertEqual(WordTableLook(nil), WordTableLook())
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
}
