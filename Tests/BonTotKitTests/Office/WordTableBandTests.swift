@testable import BonTotKit
@testable import BonTotOffice
import Foundation
import XCTest

/// Bold and italic a table style gives its banded rows and columns (`w:tblStylePr
/// w:type="band1Horz"`…, `make_sub_item_documents.py`), as Word shows them; a cell's or row's
/// `w:cnfStyle`, a record of what a program once found, is not followed.
final class WordTableBandTests: XCTestCase {
    private func tables(_ name: String) throws -> [[[[WordParagraph]]]] {
        try WordDocuments.open(try OfficeFixtures.data(name)).blocks.compactMap { block in
            if case .table(let table) = block { return table.rows }
            return nil
        }
    }

    /// Each cell's runs as "B" (bold), "I" (italic), "BI" or "", row by row.
    private func emphasis(_ rows: [[[WordParagraph]]]) -> [[String]] {
        rows.map { row in
            row.map { cell in
                let runs = cell.flatMap(\.runs)
                return (runs.contains { $0.bold } ? "B" : "") + (runs.contains { $0.italic } ? "I" : "")
            }
        }
    }

    /// The banded rows came out plain: a speaker's name (bold in its band) was not told from
    /// their words (italic in the next), nor every other row of the dues. The bands start under
    /// the header row; a stale `w:cnfStyle` saying "first row" on the dues' third row and last
    /// cell does not make them italic as the header; the .odt LibreOffice saved reads the same.
    func testBandedRowsOfATableStyle() throws {
        for name in ["bien-ban-bang-xen-ke.docx", "opendocument/bien-ban-bang-xen-ke.odt"] {
            let tables = try tables(name)
            XCTAssertEqual(tables.count, 4, name)
            XCTAssertEqual(emphasis(tables[1]), [[""], ["B"], ["I"], ["B"], ["I"]], name)
            XCTAssertEqual(emphasis(tables[2]), [["I", "I"], ["B", "B"], ["", ""], ["B", "B"], ["", ""]], name)
        }
    }

    /// Banded columns, and bands of two rows (`w:tblStyleRowBandSize`) counted from the first
    /// row of a table without a header row, which LibreOffice does not show as Word does.
    func testBandedColumnsAndBandsOfTwoRows() throws {
        let tables = try tables("bien-ban-bang-xen-ke-cot.docx")
        XCTAssertEqual(tables.count, 4)
        XCTAssertEqual(emphasis(tables[1]), [["B", "I", "B"], ["B", "I", "B"]])
        XCTAssertEqual(emphasis(tables[2]), [["B"], ["B"], [""], [""], ["B"]])
    }

    /// Which bands a cell is in: none where the look turns them off (`w:noHBand`, or the bits
    /// 0x0200 and 0x0400 of `w:val`), none in a header row, last row, first or last column the
    /// look formats apart, and counted from the row and column after those.
    func testBandsALookTurnsOn() throws {
        func look(_ attributes: String) throws -> WordTableLook {
            WordTableLook(try XMLTree.parse(Data("<w:tblLook xmlns:w=\"w\" \(attributes)/>".utf8), part: "look").root)
        }
        XCTAssertEqual(try look("w:val=\"0420\""), WordTableLook(firstRow: true, rowBands: true))
        XCTAssertEqual(try look("w:val=\"0620\""), WordTableLook(firstRow: true))
        XCTAssertEqual(try look("w:val=\"0620\" w:noHBand=\"0\""), WordTableLook(firstRow: true, rowBands: true))
        XCTAssertEqual(try look("w:firstRow=\"1\""), WordTableLook(firstRow: true, rowBands: true, columnBands: true))
        let all = WordTableLook(firstRow: true, lastRow: true, firstColumn: true, lastColumn: true, rowBands: true, columnBands: true)
        XCTAssertEqual(all.parts(row: 0, of: 5, column: 0, of: 4), ["firstCol", "firstRow", "nwCell"])
        XCTAssertEqual(all.parts(row: 1, of: 5, column: 1, of: 4), ["band1Horz", "band1Vert"])
        XCTAssertEqual(all.parts(row: 2, of: 5, column: 2, of: 4), ["band2Horz", "band2Vert"])
        XCTAssertEqual(all.parts(row: 3, of: 5, column: 3, of: 4), ["band1Horz", "lastCol"])
        XCTAssertEqual(all.parts(row: 4, of: 5, column: 1, of: 4), ["band1Vert", "lastRow"])
        XCTAssertEqual(all.parts(row: 2, of: 5, column: 1, of: 4, headerRows: 2), ["band1Horz", "band1Vert"])
        let bands = WordTableLook(rowBands: true, columnBands: true)
        XCTAssertEqual(bands.parts(row: 0, of: 5, column: 0, of: 2), ["band1Horz", "band1Vert"])
        XCTAssertEqual((0..<5).map { bands.parts(row: $0, of: 5, column: 0, of: 1, rowBandSize: 2)[0] },
                       ["band1Horz", "band1Horz", "band2Horz", "band2Horz", "band1Horz"])
        // A band part overridden by a part applied after it: the header row's "not italic".
        let styles = WordStyles(try XMLTree.parse(Data("""
            <w:styles xmlns:w="w"><w:style w:type="table" w:styleId="Bang"><w:tblPr><w:tblStyleRowBandSize w:val="3"/></w:tblPr>
            <w:tblStylePr w:type="band1Horz"><w:rPr><w:i/></w:rPr></w:tblStylePr>
            <w:tblStylePr w:type="firstCol"><w:rPr><w:i w:val="0"/></w:rPr></w:tblStylePr></w:style>
            <w:style w:type="table" w:styleId="BangCon"><w:basedOn w:val="Bang"/></w:style></w:styles>
            """.utf8), part: "word/styles.xml").root)
        XCTAssertEqual(styles.tableEmphasis(style: "Bang", parts: ["band1Horz"]), WordStyles.Emphasis(italic: true))
        XCTAssertEqual(styles.tableEmphasis(style: "Bang", parts: ["band1Horz", "firstCol"]), WordStyles.Emphasis(italic: false))
        XCTAssertEqual(styles.inherited("BangCon") { $0.rowBandSize }, 3)
    }
}
