import BonTotKit
import XCTest

/// The bytes of small codings, written out: a change to the format shows here, and must come with
/// a new `BinaryFormat.version` so old cache files are refused rather than misread.
final class BinaryCodingFormatTests: XCTestCase {
    func testPrimitives() throws {
        let encoder = BinaryEncoder()
        XCTAssertEqual(try encoder.encode(true), [1, 1])
        XCTAssertEqual(try encoder.encode(-2), [1, 3], "zigzag: -2 is 3")
        XCTAssertEqual(try encoder.encode(300), [1, 0xD8, 0x04], "zigzag 600 as a varint")
        XCTAssertEqual(try encoder.encode(UInt(300)), [1, 0xAC, 0x02])
        XCTAssertEqual(try encoder.encode(Int8(-1)), [1, 0xFF])
        XCTAssertEqual(try encoder.encode(1.0), [1, 0, 0, 0, 0, 0, 0, 0xF0, 0x3F])
        XCTAssertEqual(try encoder.encode("Đà"), [1, 4, 0xC4, 0x90, 0xC3, 0xA0])
        XCTAssertEqual(try encoder.encode([Int?.none, 5]), [1, 2, 0, 1, 10])
        XCTAssertEqual(try encoder.encode(["b": 2, "a": 1]), [1, 2, 1, 0x61, 2, 1, 0x62, 4])
    }

    func testKeyedFieldsNumberTheirKeys() throws {
        let bytes = try BinaryEncoder().encode([Sample(a: -1, b: nil, c: [true]), Sample(a: 1, b: "x", c: [])])
        XCTAssertEqual(bytes, [
            1, // version
            2, // two samples
            2, 0, 1, 0x61, 1, 2, 1, 0x63, 1, 1, // a = -1 (key 0 named "a"); b absent; c = [true] (key 1 named "c")
            3, 0, 2, 4, 1, 0x62, 1, 0x78, 2, 0, // a = 1; b = "x" (key 2 named "b"); c = []
        ])
    }

    func testNilFieldsAndEnums() throws {
        XCTAssertEqual(try BinaryEncoder().encode(WithNil(value: nil)), [1, 1, 1, 5, 0x76, 0x61, 0x6C, 0x75, 0x65])
        XCTAssertEqual(try BinaryEncoder().encode(Period.Span.quarter(3)),
                       [1, 1, 0, 7, 0x71, 0x75, 0x61, 0x72, 0x74, 0x65, 0x72, 1, 2, 2, 0x5F, 0x30, 6])
        XCTAssertEqual(try BinaryEncoder().encode(MeetingKind.capUy), [1, 1, 6, 0x63, 0x61, 0x70, 0x2D, 0x75, 0x79],
                       "a raw-value enum: a presence byte, then its raw value")
    }
}

private struct Sample: Codable {
    var a: Int
    var b: String?
    var c: [Bool]
}

/// Writes its nil with `encodeNil`: a field whose header has the nil bit.
private struct WithNil: Encodable {
    var value: Int?

    enum CodingKeys: String, CodingKey { case value }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value, forKey: .value)
    }
}
