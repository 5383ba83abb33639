@testable import BonTotOffice
import Foundation
import XCTest

/// Bold and italic a .docx sets in its styles (`styles.xml`), resolved as Word shows them.
final class WordStylesTests: XCTestCase {
    private func styles() throws -> WordStyles {
        let xml = """
            <w:styles xmlns:w="w"><w:docDefaults><w:rPrDefault><w:rPr><w:i/></w:rPr></w:rPrDefault></w:docDefaults>
            <w:style w:type="paragraph" w:styleId="Muc"><w:rPr><w:b/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="MucNho"><w:basedOn w:val="Muc"/></w:style>
            <w:style w:type="paragraph" w:styleId="NoiDung"><w:basedOn w:val="Muc"/><w:rPr><w:b w:val="0"/><w:i w:val="0"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Vong"><w:basedOn w:val="Vong"/></w:style>
            <w:style w:type="character" w:styleId="Dam"><w:rPr><w:b/></w:rPr></w:style>
            </w:styles>
            """
        return WordStyles(try XMLTree.parse(Data(xml.utf8), part: "word/styles.xml").root)
    }

    private func run(_ properties: String) throws -> XMLPartNode {
        try XMLTree.parse(Data("<w:rPr xmlns:w=\"w\">\(properties)</w:rPr>".utf8), part: "run").root
    }

    /// Bold through a paragraph style, its basedOn chain or a character style; off where a
    /// nearer style or the run itself says `w:val="0"`; a paragraph style and a character style
    /// both bold toggle it off, as Word does; italic from the document's defaults where no
    /// style says; a style based on itself read without looping.
    func testBoldAndItalicThroughStyles() throws {
        let styles = try styles()
        func emphasis(_ style: String?, _ properties: String = "") throws -> [Bool] {
            let resolved = styles.emphasis(paragraphStyle: style, run: try run(properties))
            return [resolved.bold, resolved.italic]
        }
        XCTAssertEqual(try emphasis("Muc"), [true, true])
        XCTAssertEqual(try emphasis("MucNho"), [true, true])
        XCTAssertEqual(try emphasis("NoiDung"), [false, false])
        XCTAssertEqual(try emphasis("Muc", "<w:b w:val=\"0\"/>"), [false, true])
        XCTAssertEqual(try emphasis(nil, "<w:rStyle w:val=\"Dam\"/>"), [true, true])
        XCTAssertEqual(try emphasis("Muc", "<w:rStyle w:val=\"Dam\"/>"), [false, true])
        XCTAssertEqual(try emphasis("Muc", "<w:rStyle w:val=\"Dam\"/><w:b/>"), [true, true])
        XCTAssertEqual(try emphasis("Vong"), [false, true])
        XCTAssertEqual(try emphasis(nil, "<w:i w:val=\"false\"/>"), [false, false])
    }
}
