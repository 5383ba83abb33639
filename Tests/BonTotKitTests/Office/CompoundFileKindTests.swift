@testable import BonTotOffice
import Foundation
import XCTest

/// A compound file's kind comes from the streams its root storage holds, not from any name in
/// the file: an .xls with a Word document embedded is told to be renamed .xls, not .doc. A
/// directory that cannot be read (a loop, a sector past the end) falls back to searching the
/// file, never a crash or a hang. The files are made here, byte by byte: header, one FAT sector,
/// one directory sector.
final class CompoundFileKindTests: XCTestCase {
    private struct Entry {
        var name: String
        var type: UInt8
        var left: UInt32 = 0xFFFF_FFFF, right: UInt32 = 0xFFFF_FFFF, child: UInt32 = 0xFFFF_FFFF
    }

    private func compoundFile(_ entries: [Entry], directoryNext: UInt32 = 0xFFFF_FFFE) -> Data {
        var bytes = [UInt8](repeating: 0, count: 512 * 3)
        func put32(_ value: UInt32, _ at: Int) { for i in 0..<4 { bytes[at + i] = UInt8(value >> (8 * UInt32(i)) & 0xFF) } }
        func put16(_ value: UInt16, _ at: Int) { bytes[at] = UInt8(value & 0xFF); bytes[at + 1] = UInt8(value >> 8) }
        bytes.replaceSubrange(0..<8, with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        put16(0x3E, 0x18); put16(3, 0x1A); put16(0xFFFE, 0x1C); put16(9, 0x1E); put16(6, 0x20)
        put32(1, 0x2C); put32(1, 0x30); put32(4096, 0x38); put32(0xFFFF_FFFE, 0x3C); put32(0xFFFF_FFFE, 0x44)
        for i in 0..<109 { put32(i == 0 ? 0 : 0xFFFF_FFFF, 0x4C + 4 * i) }
        // Sector 0, the FAT: itself a FAT sector, sector 1 the directory's only sector.
        for i in 0..<128 { put32(0xFFFF_FFFF, 512 + 4 * i) }
        put32(0xFFFF_FFFD, 512); put32(directoryNext, 516)
        // Sector 1, the directory.
        for (index, entry) in entries.enumerated() {
            let start = 1024 + 128 * index
            let units = Array(entry.name.utf16)
            for (i, unit) in units.enumerated() { put16(unit, start + 2 * i) }
            put16(UInt16(units.count * 2 + 2), start + 0x40)
            bytes[start + 0x42] = entry.type
            put32(entry.left, start + 0x44); put32(entry.right, start + 0x48); put32(entry.child, start + 0x4C)
        }
        return Data(bytes)
    }

    /// Root → "Workbook" (stream), "ObjectPool" (storage) → "WordDocument" (stream).
    private func workbookWithAWordDocument(workbookRight: UInt32 = 2) -> [Entry] {
        [Entry(name: "Root Entry", type: 5, child: 1), Entry(name: "Workbook", type: 2, right: workbookRight),
         Entry(name: "ObjectPool", type: 1, child: 3), Entry(name: "WordDocument", type: 2)]
    }

    func testAWorkbookWithAnEmbeddedWordDocumentIsAWorkbook() {
        XCTAssertEqual(CompoundFile.kind(of: compoundFile(workbookWithAWordDocument())), .excel97)
    }

    func testAWordDocumentInTheRootIsAWordDocument() {
        let entries = [Entry(name: "Root Entry", type: 5, child: 1), Entry(name: "WordDocument", type: 2, left: 2),
                       Entry(name: "1Table", type: 2)]
        XCTAssertEqual(CompoundFile.kind(of: compoundFile(entries)), .word97)
    }

    /// A loop in the siblings or in the directory's chain, or a directory past the end of the
    /// file: the whole file is searched, and the stream named first tells the kind: the
    /// workbook's own "Workbook" before its embedded "WordDocument".
    func testADamagedDirectoryFallsBackToSearchingTheFile() {
        XCTAssertEqual(CompoundFile.kind(of: compoundFile(workbookWithAWordDocument(workbookRight: 1))), .excel97)
        XCTAssertEqual(CompoundFile.kind(of: compoundFile(workbookWithAWordDocument(), directoryNext: 1)), .excel97)
        XCTAssertEqual(CompoundFile.kind(of: compoundFile(workbookWithAWordDocument(), directoryNext: 7)), .excel97)
        let damagedDocument = [Entry(name: "Root Entry", type: 5, child: 1), Entry(name: "WordDocument", type: 2, right: 1),
                               Entry(name: "Workbook", type: 2)]
        XCTAssertEqual(CompoundFile.kind(of: compoundFile(damagedDocument)), .word97)
        XCTAssertEqual(CompoundFile.kind(of: compoundFile(workbookWithAWordDocument()).prefix(1100)), .other)
    }

    /// The Office files in the fixtures keep their kinds, told by their directories.
    func testTheFixturesKeepTheirKinds() throws {
        let cases: [(String, CompoundFile)] = [
            ("legacy-office/bien-ban-libreoffice.doc", .word97), ("legacy-office/bien-ban-vntime.doc", .word97),
            ("legacy-office/scores-libreoffice.xls", .excel97), ("legacy-office/scores-vntime.xls", .excel97),
            ("legacy-office/unit-scores-2024.xls", .excel97), ("scores-password.xlsx", .encrypted),
            ("legacy-office/scores-password.xls", .encrypted), ("legacy-office/bien-ban-password.doc", .encrypted),
        ]
        for (path, kind) in cases {
            XCTAssertNotNil(CompoundDirectory.rootStreamNames(try OfficeFixtures.bytes(path)), path)
            XCTAssertEqual(CompoundFile.kind(of: try OfficeFixtures.data(path)), kind, path)
        }
    }
}
