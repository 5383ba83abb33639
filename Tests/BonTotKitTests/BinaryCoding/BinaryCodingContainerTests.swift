import BonTotKit
import XCTest

/// Hand-written `Codable` patterns: the keyed container reads fields in the order they were
/// written, so `decodeIfPresent`, `contains` and `decodeNil` answer for the next field, and
/// anything read out of order or left unread is an error rather than a wrong value.
final class BinaryCodingContainerTests: XCTestCase {
    func testAbsentOptionalsAnywhereAmongTheFields() {
        for first in [nil, "một"] as [String?] {
            for middle in [nil, 2] as [Int?] {
                for last in [nil, [true]] as [[Bool]?] {
                    assertBinaryRoundTrip(Optionals(first: first, middle: middle, last: last))
                }
            }
        }
    }

    func testContainsBeforeDecoding() {
        assertBinaryRoundTrip(ContainsPattern(title: "Tiêu đề", count: 3))
        assertBinaryRoundTrip(ContainsPattern(title: nil, count: 3))
        assertBinaryRoundTrip(ContainsPattern(title: "x", count: nil))
        assertBinaryRoundTrip(ContainsPattern(title: nil, count: nil))
    }

    func testExplicitNilsWithDecodeNil() {
        assertBinaryRoundTrip(ExplicitNils(note: nil, score: 1))
        assertBinaryRoundTrip(ExplicitNils(note: "ghi chú", score: nil))
        assertBinaryRoundTrip(ExplicitNils(note: nil, score: nil))
    }

    /// A field written only when present (as `URL` writes its base) and read with `decodeIfPresent`,
    /// and an optional written with `encode` read with `decodeIfPresent`, or the other way round.
    func testMixedOptionalStyles() {
        assertBinaryRoundTrip(MixedStyles(a: nil, b: nil, c: nil))
        assertBinaryRoundTrip(MixedStyles(a: 1, b: "b", c: 2.5))
        assertBinaryRoundTrip(MixedStyles(a: nil, b: "b", c: nil))
    }

    func testOptionalDecodedWithDecodeOfOptionalType() throws {
        let bytes = try BinaryEncoder().encode(Optionals(first: "a", middle: nil, last: nil))
        XCTAssertEqual(try BinaryDecoder().decode(DecodeOfOptional.self, from: bytes).first, "a")
    }

    func testEnumAllKeysNamesTheCase() throws {
        let bytes = try BinaryEncoder().encode(Period.Span.quarter(3))
        let keys = try BinaryDecoder().decode(KeyLister.self, from: bytes).keys
        XCTAssertEqual(keys, ["quarter"])
    }

    func testNestedContainersThenMoreFields() {
        assertBinaryRoundTrip(Nested(name: "Chi bộ", point: (1, -2), list: ["a", "b"], after: 7))
        assertBinaryRoundTrip(Nested(name: "", point: (0, 0), list: [], after: -7))
    }

    func testUnkeyedContainerWithNilsAndMixedTypes() {
        assertBinaryRoundTrip(Mixed(values: [1, nil, 3], label: "nhãn", flag: true))
        assertBinaryRoundTrip(Mixed(values: [], label: "", flag: false))
    }

    /// Elements and single values carry a presence byte, so `decodeNil()` tells nil from a value
    /// whatever the value's first byte (0, an empty string).
    func testNilsInUnkeyedAndSingleValueContainers() {
        assertBinaryRoundTrip(Mixed(values: [0, nil, 0, nil], label: "", flag: false))
        for value in [nil, "", "chuỗi"] as [String?] {
            assertBinaryRoundTrip(Nullable(value: value))
            assertBinaryRoundTrip(Forwarding(value: value))
        }
        assertBinaryRoundTrip([Nullable(value: nil), Nullable(value: "")])
        assertBinaryRoundTrip(OptionalElements(values: [nil, 0, nil]))
        assertBinaryRoundTrip(OptionalElements(values: []))
    }

    func testSubclassesThroughSuperEncoderAndSharedContainer() throws {
        let viaSuper = try BinaryDecoder().decode(ChildViaSuper.self, from: try BinaryEncoder().encode(ChildViaSuper(base: "gốc", extra: 4)))
        XCTAssertEqual(viaSuper.base, "gốc")
        XCTAssertEqual(viaSuper.extra, 4)
        let shared = try BinaryDecoder().decode(ChildSharing.self, from: try BinaryEncoder().encode(ChildSharing(base: "chung", extra: 5)))
        XCTAssertEqual(shared.base, "chung")
        XCTAssertEqual(shared.extra, 5)
    }

    func testLongUnkeyedContainerWidensItsCount() {
        assertBinaryRoundTrip(Mixed(values: Array(0 ..< 1_000), label: "dài", flag: true))
        assertBinaryRoundTrip(ManyFields(count: 200))
    }

    // MARK: Errors instead of wrong values

    func testFieldsReadOutOfOrderThrow() throws {
        let bytes = try BinaryEncoder().encode(Pair(first: 1, second: 2))
        XCTAssertThrowsError(try BinaryDecoder().decode(SwappedPair.self, from: bytes)) { error in
            guard case DecodingError.keyNotFound(let key, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(key.stringValue, "second")
        }
    }

    func testFieldsLeftUnreadThrow() throws {
        let bytes = try BinaryEncoder().encode(Pair(first: 1, second: 2))
        XCTAssertThrowsError(try BinaryDecoder().decode(FirstOnly.self, from: bytes))
    }

    /// A cache written by an older model: an added optional field reads as nil, an added required
    /// field or a changed type is an error.
    func testChangedModelsDecodeOrThrow() throws {
        let bytes = try BinaryEncoder().encode(Pair(first: 1, second: 2))
        let widened = try BinaryDecoder().decode(PairWithOptional.self, from: bytes)
        XCTAssertEqual(widened.first, 1)
        XCTAssertNil(widened.middle)
        XCTAssertEqual(widened.second, 2)
        XCTAssertThrowsError(try BinaryDecoder().decode(PairWithRequired.self, from: bytes))
        XCTAssertThrowsError(try BinaryDecoder().decode(Minutes.self, from: try BinaryEncoder().encode(BinaryCodingSamples.fullStory)))
    }

    func testAllKeysOfSeveralFieldsCannotSilentlyDropFields() throws {
        let bytes = try BinaryEncoder().encode(Pair(first: 1, second: 2))
        XCTAssertThrowsError(try BinaryDecoder().decode(AllKeysReader.self, from: bytes))
    }

    func testNilFieldForNonOptionalThrows() throws {
        let bytes = try BinaryEncoder().encode(ExplicitNils(note: nil, score: nil))
        XCTAssertThrowsError(try BinaryDecoder().decode(RequiredNote.self, from: bytes)) { error in
            guard case DecodingError.valueNotFound = error else { return XCTFail("\(error)") }
        }
    }

    func testWritingToAFinishedContainerThrows() {
        XCTAssertThrowsError(try BinaryEncoder().encode(LateWriter()))
    }

    func testSingleValueContainerHoldsOneValue() {
        XCTAssertThrowsError(try BinaryEncoder().encode(TwiceSingle()))
    }
}

// MARK: Hand-written and synthesized types

/// Optionals before, between and after other fields; synthesized.
private struct Optionals: Codable, Equatable {
    var first: String?
    var required = 1
    var middle: Int?
    var other = "x"
    var last: [Bool]?
}

/// Reads the first optional of `Optionals` with `decode(String?.self, forKey:)`.
private struct DecodeOfOptional: Decodable {
    var first: String?

    enum CodingKeys: String, CodingKey { case first, required, middle, other, last }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        first = try container.decode(String?.self, forKey: .first)
        _ = try container.decode(Int.self, forKey: .required)
        _ = try container.decodeIfPresent(Int.self, forKey: .middle)
        _ = try container.decode(String.self, forKey: .other)
        _ = try container.decodeIfPresent([Bool].self, forKey: .last)
    }
}

/// Uses `contains` to choose between a field and a default.
private struct ContainsPattern: Codable, Equatable {
    var title: String?
    var count: Int?

    enum CodingKeys: String, CodingKey { case title, count }

    init(title: String?, count: Int?) {
        self.title = title
        self.count = count
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = container.contains(.title) ? try container.decode(String.self, forKey: .title) : nil
        count = container.contains(.count) ? try container.decode(Int.self, forKey: .count) : nil
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(count, forKey: .count)
    }
}

/// Writes nils with `encodeNil` and reads them with `decodeNil`.
private struct ExplicitNils: Codable, Equatable {
    var note: String?
    var score: Double?

    enum CodingKeys: String, CodingKey { case note, score }

    init(note: String?, score: Double?) {
        self.note = note
        self.score = score
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        note = try container.decodeNil(forKey: .note) ? nil : try container.decode(String.self, forKey: .note)
        score = try container.decodeNil(forKey: .score) ? nil : try container.decode(Double.self, forKey: .score)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if let note { try container.encode(note, forKey: .note) } else { try container.encodeNil(forKey: .note) }
        if let score { try container.encode(score, forKey: .score) } else { try container.encodeNil(forKey: .score) }
    }
}

/// Reads the `note` of `ExplicitNils` as required.
private struct RequiredNote: Decodable {
    var note: String

    enum CodingKeys: String, CodingKey { case note }

    init(from decoder: any Decoder) throws {
        note = try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .note)
    }
}

/// Three ways of writing an optional, each read another way.
private struct MixedStyles: Codable, Equatable {
    var a: Int?
    var b: String?
    var c: Double?

    enum CodingKeys: String, CodingKey { case a, b, c }

    init(a: Int?, b: String?, c: Double?) {
        self.a = a
        self.b = b
        self.c = c
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        a = try container.decodeIfPresent(Int.self, forKey: .a)
        b = try container.decode(String?.self, forKey: .b)
        c = try container.decodeIfPresent(Double.self, forKey: .c)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if let a { try container.encode(a, forKey: .a) }
        try container.encode(b, forKey: .b)
        try container.encode(c, forKey: .c)
    }
}

/// Lists `allKeys` of its container, then reads the one field.
private struct KeyLister: Decodable {
    var keys: [String]

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { return nil }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        keys = container.allKeys.map(\.stringValue)
        let nested = try container.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey(stringValue: "quarter"))
        _ = try nested.decode(Int.self, forKey: AnyKey(stringValue: "_0"))
    }
}

/// Decodes whatever keys `allKeys` lists, as a dictionary-like type would.
private struct AllKeysReader: Decodable {
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: KeyLister.AnyKey.self)
        for key in container.allKeys { _ = try container.decode(Int.self, forKey: key) }
    }
}

/// A nested keyed and a nested unkeyed container, then a field of the parent.
private struct Nested: Codable, Equatable {
    var name: String
    var point: (x: Int, y: Int)
    var list: [String]
    var after: Int

    enum CodingKeys: String, CodingKey { case name, point, list, after }
    enum PointKeys: String, CodingKey { case x, y }

    init(name: String, point: (Int, Int), list: [String], after: Int) {
        self.name = name
        self.point = point
        self.list = list
        self.after = after
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        let point = try container.nestedContainer(keyedBy: PointKeys.self, forKey: .point)
        self.point = (try point.decode(Int.self, forKey: .x), try point.decode(Int.self, forKey: .y))
        var list = try container.nestedUnkeyedContainer(forKey: .list)
        self.list = []
        while !list.isAtEnd { self.list.append(try list.decode(String.self)) }
        after = try container.decode(Int.self, forKey: .after)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        var point = container.nestedContainer(keyedBy: PointKeys.self, forKey: .point)
        try point.encode(self.point.x, forKey: .x)
        try point.encode(self.point.y, forKey: .y)
        var list = container.nestedUnkeyedContainer(forKey: .list)
        for item in self.list { try list.encode(item) }
        try container.encode(after, forKey: .after)
    }

    static func == (lhs: Nested, rhs: Nested) -> Bool {
        lhs.name == rhs.name && lhs.point == rhs.point && lhs.list == rhs.list && lhs.after == rhs.after
    }
}

/// An unkeyed top-level container of optionals written with `encodeNil`, then a string and a bool.
private struct Mixed: Codable, Equatable {
    var values: [Int?]
    var label: String
    var flag: Bool

    init(values: [Int?], label: String, flag: Bool) {
        self.values = values
        self.label = label
        self.flag = flag
    }

    init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        let count = try container.decode(Int.self)
        values = []
        for _ in 0 ..< count {
            values.append(try container.decodeNil() ? nil : try container.decode(Int.self))
        }
        label = try container.decode(String.self)
        flag = try container.decode(Bool.self)
        guard container.isAtEnd, container.count == count + 3 else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unexpected count")
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(values.count)
        for value in values {
            if let value { try container.encode(value) } else { try container.encodeNil() }
        }
        try container.encode(label)
        try container.encode(flag)
    }
}

/// A nullable value in a single value container, read with `decodeNil`.
private struct Nullable: Codable, Equatable {
    var value: String?

    init(value: String?) {
        self.value = value
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        value = container.decodeNil() ? nil : try container.decode(String.self)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value { try container.encode(value) } else { try container.encodeNil() }
    }
}

/// Hands its coder straight to `Optional`'s own `Codable` conformance.
private struct Forwarding: Codable, Equatable {
    var value: String?

    init(value: String?) {
        self.value = value
    }

    init(from decoder: any Decoder) throws {
        value = try String?(from: decoder)
    }

    func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
    }
}

/// Writes optionals with `encode` into an unkeyed container, reads them with `decodeNil`.
private struct OptionalElements: Codable, Equatable {
    var values: [Int?]

    init(values: [Int?]) {
        self.values = values
    }

    init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        values = []
        while !container.isAtEnd {
            values.append(try container.decodeNil() ? nil : try container.decode(Int.self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for value in values { try container.encode(value) }
    }
}

/// A keyed container with more fields than one count byte holds.
private struct ManyFields: Codable, Equatable {
    var values: [String: Int]

    init(count: Int) {
        values = Dictionary(uniqueKeysWithValues: (0 ..< count).map { ("trường \($0)", $0) })
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: KeyLister.AnyKey.self)
        values = [:]
        for index in 0 ..< 200 {
            values["trường \(index)"] = try container.decode(Int.self, forKey: KeyLister.AnyKey(stringValue: "trường \(index)"))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: KeyLister.AnyKey.self)
        for index in 0 ..< values.count {
            try container.encode(values["trường \(index)"], forKey: KeyLister.AnyKey(stringValue: "trường \(index)"))
        }
    }
}

/// The superclass of the subclasses below, which code it in two ways.
private class CodedBase: Codable {
    var base: String
    init(base: String) { self.base = base }
}

/// A subclass coding its superclass under `super`.
private final class ChildViaSuper: CodedBase {
    var extra: Int

    enum CodingKeys: String, CodingKey { case extra }

    init(base: String, extra: Int) {
        self.extra = extra
        super.init(base: base)
    }

    required init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        extra = try container.decode(Int.self, forKey: .extra)
        try super.init(from: container.superDecoder())
    }

    override func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(extra, forKey: .extra)
        try super.encode(to: container.superEncoder())
    }
}

/// A subclass sharing its encoder's container with its superclass.
private final class ChildSharing: CodedBase {
    var extra: Int

    enum CodingKeys: String, CodingKey { case extra }

    init(base: String, extra: Int) {
        self.extra = extra
        super.init(base: base)
    }

    /// The superclass reads its field first, as it wrote it first.
    required init(from decoder: any Decoder) throws {
        let base = try CodedBase(from: decoder).base
        extra = try decoder.container(keyedBy: CodingKeys.self).decode(Int.self, forKey: .extra)
        super.init(base: base)
    }

    override func encode(to encoder: any Encoder) throws {
        try super.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(extra, forKey: .extra)
    }
}

private struct Pair: Codable {
    var first: Int
    var second: Int
}

/// `Pair` read second field first.
private struct SwappedPair: Decodable {
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Pair.CodingKeys.self)
        _ = try container.decode(Int.self, forKey: .second)
        _ = try container.decode(Int.self, forKey: .first)
    }
}

/// `Pair` without its second field.
private struct FirstOnly: Decodable {
    var first: Int
}

/// `Pair` with an optional field added between its two.
private struct PairWithOptional: Decodable {
    var first: Int
    var middle: String?
    var second: Int
}

/// `Pair` with a required field added.
private struct PairWithRequired: Decodable {
    var first: Int
    var second: Int
    var third: Int
}

/// Writes to a nested container after its parent moved on.
private struct LateWriter: Encodable {
    enum CodingKeys: String, CodingKey { case a, b, c }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        var nested = container.nestedContainer(keyedBy: CodingKeys.self, forKey: .a)
        try container.encode(1, forKey: .b)
        try nested.encode(2, forKey: .c)
    }
}

/// Writes two values into one single value container.
private struct TwiceSingle: Encodable {
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(1)
        try container.encode(2)
    }
}

extension Pair {
    enum CodingKeys: String, CodingKey { case first, second }
}
