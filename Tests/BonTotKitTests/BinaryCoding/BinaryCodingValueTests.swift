import BonTotKit
import XCTest

/// Primitives at their limits, text, nested collections and enums with associated values.
final class BinaryCodingValueTests: XCTestCase {
    func testIntegersAtTheirLimits() {
        for value in [0, 1, -1, 63, -64, 64, -65, 127, 128, 300, Int.max, Int.min, Int.max - 1, Int.min + 1] {
            assertBinaryRoundTrip(value)
        }
        assertBinaryRoundTrip([Int8.min, Int8.max, 0, -1])
        assertBinaryRoundTrip([Int16.min, Int16.max])
        assertBinaryRoundTrip([Int32.min, Int32.max])
        assertBinaryRoundTrip([Int64.min, Int64.max])
        assertBinaryRoundTrip([UInt.min, UInt.max])
        assertBinaryRoundTrip([UInt8.min, UInt8.max])
        assertBinaryRoundTrip([UInt16.min, UInt16.max])
        assertBinaryRoundTrip([UInt32.min, UInt32.max])
        assertBinaryRoundTrip([UInt64.min, UInt64.max, 1 << 63])
        assertBinaryRoundTrip(EveryPrimitive.extreme)
        assertBinaryRoundTrip(EveryPrimitive.zero)
    }

    func testSmallIntegersTakeOneByte() throws {
        XCTAssertEqual(try BinaryEncoder().encode(-64).count, 2, "version byte and one varint byte")
        XCTAssertEqual(try BinaryEncoder().encode(63).count, 2)
        XCTAssertEqual(try BinaryEncoder().encode(Int.min).count, 11)
    }

    func testDoublesAndFloats() throws {
        let doubles: [Double] = [0, -0.0, 1, -1, .pi, 1e-300, -1e300, .infinity, -.infinity,
                                 .leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude, 0.1 + 0.2]
        let decoded = try BinaryDecoder().decode([Double].self, from: try BinaryEncoder().encode(doubles))
        XCTAssertEqual(decoded.map(\.bitPattern), doubles.map(\.bitPattern), "bit for bit, -0.0 included")
        let floats: [Float] = [0, -0.0, .pi, .infinity, .leastNonzeroMagnitude, .greatestFiniteMagnitude]
        let decodedFloats = try BinaryDecoder().decode([Float].self, from: try BinaryEncoder().encode(floats))
        XCTAssertEqual(decodedFloats.map(\.bitPattern), floats.map(\.bitPattern))
        XCTAssertTrue(try BinaryDecoder().decode(Double.self, from: try BinaryEncoder().encode(Double.nan)).isNaN)
    }

    func testVietnameseAndOtherText() throws {
        let texts = ["", "a", "Đảng bộ phường Điện Biên", "Nghị quyết số 09-NQ/ĐU ngày 05/9/2024 — “Học tập và làm theo”",
                     "Nguye\u{302}\u{303}n", "NGUYỄN THỊ HẰNG", "tab\tnew line\nNUL\u{0}end", "🇻🇳 Việt Nam 👍🏽",
                     String(repeating: "Chi bộ khu dân cư số 3 ", count: 5_000)]
        for text in texts {
            let decoded = try BinaryDecoder().decode(String.self, from: try BinaryEncoder().encode(text))
            XCTAssertTrue(decoded.utf8.elementsEqual(text.utf8), "the UTF-8 bytes are kept, decomposed marks too")
        }
        assertBinaryRoundTrip(texts)
    }

    func testNestedArraysAndDictionaries() {
        assertBinaryRoundTrip([[Int]]())
        assertBinaryRoundTrip([[1, 2, 3], [], [Int.min]])
        assertBinaryRoundTrip([[[String]]]([[["a"], []], [], [["b", "c"]]]))
        assertBinaryRoundTrip(["một": [1: ["hai"], -3: []], "": [:]])
        assertBinaryRoundTrip([2024: ["xuat-sac": 5, "tot": 30], 2023: [:]])
        assertBinaryRoundTrip([Double: String]()) // a non-String, non-Int key: coded natively too
        assertBinaryRoundTrip([1.5: "a", -0.5: "b"])
        assertBinaryRoundTrip(Set(["a", "b", "ư"]))
        assertBinaryRoundTrip([YearMonth(year: 2024, month: 9): [BinaryCodingSamples.day]])
    }

    func testOptionalsInsideCollections() {
        assertBinaryRoundTrip([1, nil, 3] as [Int?])
        assertBinaryRoundTrip([nil, .some(nil), .some(.some(2))] as [Int??])
        assertBinaryRoundTrip(["a": nil, "b": 2] as [String: Int?])
        assertBinaryRoundTrip(Int?.none)
        assertBinaryRoundTrip(Int?.some(5))
        assertBinaryRoundTrip([[nil], [BinaryCodingSamples.bareMinutes]] as [[Minutes?]])
    }

    func testDictionariesCodeTheSameWhateverTheirOrder() throws {
        var first: [String: Int] = [:]
        var second: [String: Int] = [:]
        for index in 0 ..< 100 { first["khóa \(index)"] = index }
        for index in (0 ..< 100).reversed() { second["khóa \(index)"] = index }
        XCTAssertEqual(try BinaryEncoder().encode(first), try BinaryEncoder().encode(second))
    }

    func testEnumsWithAssociatedValues() {
        let shapes: [Shape] = [.point, .circle(radius: 2.5), .rectangle(3, -4), .labelled("Nhãn", tags: nil),
                               .labelled("", tags: ["một", "hai"]), .nested(nil), .nested(.nested(.circle(radius: 0))),
                               .many([.point, .labelled("x", tags: [])])]
        for shape in shapes { assertBinaryRoundTrip(shape) }
        assertBinaryRoundTrip(shapes)
        assertBinaryRoundTrip(["hình": shapes])
    }

    func testCustomKeyNames() {
        assertBinaryRoundTrip(Renamed(name: "Tên", count: 3, note: nil))
        assertBinaryRoundTrip(Renamed(name: "", count: -3, note: "ghi chú"))
    }

    func testTopLevelPrimitivesAndEmptyValues() {
        assertBinaryRoundTrip(true)
        assertBinaryRoundTrip(false)
        assertBinaryRoundTrip("")
        assertBinaryRoundTrip([String]())
        assertBinaryRoundTrip([String: String]())
        assertBinaryRoundTrip(Empty())
        assertBinaryRoundTrip([Empty(), Empty()])
    }

    func testDeepButLegalNesting() throws {
        var chain = Chain(next: nil)
        for _ in 0 ..< 100 { chain = Chain(next: chain) }
        assertBinaryRoundTrip(chain)
        for _ in 0 ..< 500 { chain = Chain(next: chain) }
        XCTAssertThrowsError(try BinaryDecoder().decode(Chain.self, from: try BinaryEncoder().encode(chain)),
                             "values nested deeper than the limit are refused, not decoded until the stack overflows")
    }
}

/// A field of every primitive type, plain and optional.
private struct EveryPrimitive: Codable, Equatable {
    var bool: Bool, string: String, double: Double, float: Float
    var int: Int, int8: Int8, int16: Int16, int32: Int32, int64: Int64
    var uint: UInt, uint8: UInt8, uint16: UInt16, uint32: UInt32, uint64: UInt64
    var optionalBool: Bool?, optionalString: String?, optionalDouble: Double?, optionalFloat: Float?
    var optionalInt: Int?, optionalInt8: Int8?, optionalInt16: Int16?, optionalInt32: Int32?, optionalInt64: Int64?
    var optionalUInt: UInt?, optionalUInt8: UInt8?, optionalUInt16: UInt16?, optionalUInt32: UInt32?, optionalUInt64: UInt64?

    static let extreme = EveryPrimitive(
        bool: true, string: "Điện Biên", double: -.greatestFiniteMagnitude, float: .leastNonzeroMagnitude,
        int: .min, int8: .min, int16: .min, int32: .min, int64: .min,
        uint: .max, uint8: .max, uint16: .max, uint32: .max, uint64: .max,
        optionalBool: false, optionalString: "", optionalDouble: 0, optionalFloat: -1,
        optionalInt: .max, optionalInt8: .max, optionalInt16: .max, optionalInt32: .max, optionalInt64: .max,
        optionalUInt: 0, optionalUInt8: 0, optionalUInt16: 0, optionalUInt32: 0, optionalUInt64: 0)

    static let zero = EveryPrimitive(
        bool: false, string: "", double: 0, float: 0, int: 0, int8: 0, int16: 0, int32: 0, int64: 0,
        uint: 0, uint8: 0, uint16: 0, uint32: 0, uint64: 0)
}

/// An enum with cases with and without associated values, labelled and not, optional and recursive.
private indirect enum Shape: Codable, Equatable {
    case point
    case circle(radius: Double)
    case rectangle(Double, Double)
    case labelled(String, tags: [String]?)
    case nested(Shape?)
    case many([Shape])
}

/// Keys whose names differ from the properties'.
private struct Renamed: Codable, Equatable {
    var name: String
    var count: Int
    var note: String?

    enum CodingKeys: String, CodingKey {
        case name = "tên"
        case count = "số lượng"
        case note
    }
}

/// No fields at all.
private struct Empty: Codable, Equatable {}

/// A recursive value, as deep as one likes.
private final class Chain: Codable, Equatable {
    let next: Chain?

    init(next: Chain?) {
        self.next = next
    }

    static func == (lhs: Chain, rhs: Chain) -> Bool {
        lhs.next == rhs.next
    }
}
