import BonTotKit
import Foundation
import XCTest

/// A file saved as UTF-16 ("Unicode Text") without a byte-order mark has a zero byte beside every
/// ASCII letter: it is named UTF-16 (never TCVN3), and `bontot convert` makes UTF-8 of it, not a
/// file full of zero bytes.
final class UTF16WithoutBOMTests: XCTestCase {
    private let path = "content/branches/cong-an-xa.yaml"
    private let text = "name: Chi bộ Công an xã Hòa Thuận\nkind: cong-an\nsecretary: Võ Minh Tâm\nsummary: Đảm bảo an ninh trật tự địa bàn.\n"

    private func utf16(_ text: String, _ order: UTF16Text.ByteOrder, mark: Bool = false) -> [UInt8] {
        let units = (mark ? [0xFEFF] : []) + Array(text.utf16)
        return units.flatMap { order == .littleEndian ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }

    func testCheckNamesUTF16WithoutAMarkAndSuggestsConvert() throws {
        for order in [UTF16Text.ByteOrder.littleEndian, .bigEndian] {
            for sample in [text, "name: Chi bo Cong an xa\nkind: cong-an\n"] {
                let loaded = try ValidationSite.load("minimal", [path: .bytes(utf16(sample, order))])
                assertDiagnostics(loaded, [.error(path, 1, "tệp được lưu dạng UTF-16 (\"Unicode Text\"), không phải UTF-8; chạy 'bontot convert \(path)'")])
                XCTAssertFalse(loaded.diagnostics.sorted.contains { $0.message.contains("TCVN3") }, "\(order)")
            }
        }
    }

    func testTheByteOrderIsToldByTheZeroBytes() {
        XCTAssertEqual(UTF16Text.byteOrder(of: utf16(text, .littleEndian)), .littleEndian)
        XCTAssertEqual(UTF16Text.byteOrder(of: utf16(text, .bigEndian)), .bigEndian)
        XCTAssertEqual(UTF16Text.byteOrder(of: utf16(text, .bigEndian, mark: true)), .bigEndian)
        XCTAssertNil(UTF16Text.byteOrder(of: Array(text.utf8)), "UTF-8 has no zero bytes")
        XCTAssertNil(UTF16Text.byteOrder(of: Array("name: Chi b".utf8) + [0x00, 0x01, 0x02, 0x0A]), "a stray zero byte is no UTF-16")
    }

    func testConvertReadsUTF16WithoutAMarkAsUTF16() throws {
        let folder = try TemporaryFolder.make("bontot-utf16")
        for (order, mark) in [(UTF16Text.ByteOrder.littleEndian, false), (.bigEndian, false), (.littleEndian, true)] {
            let file = folder.appending(path: "chi-bo-\(order.displayName)-\(mark).yaml")
            let bytes = utf16(text, order, mark: mark)
            try Data(bytes).write(to: file)
            let outcome = try LegacyFileConversion.convert(file, path: file.lastPathComponent).get()
            XCTAssertEqual(outcome.encoding, .utf16(order))
            let converted = try Data(contentsOf: file)
            XCTAssertFalse(converted.contains(0), "no zero byte is left")
            XCTAssertEqual(String(decoding: converted, as: UTF8.self), text)
            XCTAssertEqual(try Data(contentsOf: outcome.original), Data(bytes), "the original is kept")
        }
        let forced = folder.appending(path: "ep-tcvn3.yaml")
        try Data(utf16(text, .littleEndian)).write(to: forced)
        guard case .failure(let refusal) = LegacyFileConversion.convert(forced, path: "ep-tcvn3.yaml", encoding: .tcvn3) else {
            return XCTFail("UTF-16 is never converted as TCVN3")
        }
        XCTAssertTrue(refusal.message.contains("không phải TCVN3 (ABC)"), refusal.message)
        XCTAssertEqual(try Data(contentsOf: forced), Data(utf16(text, .littleEndian)), "the file is left as it was")
    }

    func testTheSiteChecksCleanOnceConverted() throws {
        let root = try ValidationSite.make("minimal", [path: .bytes(utf16(text, .littleEndian))])
        let result = try BontotProcess.run(["convert", root.appending(path: path).path])
        XCTAssertEqual(result.status, 0, result.output + result.errors)
        XCTAssertTrue(result.output.contains("đã chuyển từ UTF-16LE sang UTF-8"), result.output)
        assertDiagnostics(SiteLoader.load(root: root), [])
    }
}
