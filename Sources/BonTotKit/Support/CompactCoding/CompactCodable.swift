/// A value written and read field by field in code of its own, with no `Codable` machinery: for
/// the records a rebuild reads by the tens of thousands (the decode cache's minutes), where the
/// generic `BinaryDecoder` spends most of its time in containers and witness tables.
///
/// `write(to:)` and `init(compact:)` must list the same fields in the same order; the
/// round-trip tests (`CompactCodingTests`) compare every field of a fully filled value.
protocol CompactCodable {
    /// Writes every field, in order.
    func write(to writer: inout ByteWriter)

    /// Reads the fields `write(to:)` wrote; throws on damaged or cut-short bytes.
    init(compact reader: inout ByteReader) throws
}

/// The format's primitives code themselves as `BinaryPrimitive` says.
extension BinaryPrimitive where Self: CompactCodable {
    init(compact reader: inout ByteReader) throws { self = try Self.read(from: &reader) }
}

extension Bool: CompactCodable {}
extension String: CompactCodable {}
extension Int: CompactCodable {}
extension UInt64: CompactCodable {}
extension Double: CompactCodable {}

extension Optional: CompactCodable where Wrapped: CompactCodable {
    func write(to writer: inout ByteWriter) {
        if let value = self {
            writer.writeByte(1)
            value.write(to: &writer)
        } else {
            writer.writeByte(0)
        }
    }

    init(compact reader: inout ByteReader) throws {
        switch try reader.readByte() {
        case 0: self = nil
        case 1: self = try Wrapped(compact: &reader)
        case let other: throw ByteReader.Failure("an optional is marked \(other)")
        }
    }
}

extension Array: CompactCodable where Element: CompactCodable {
    func write(to writer: inout ByteWriter) {
        writer.writeCount(count)
        for element in self { element.write(to: &writer) }
    }

    init(compact reader: inout ByteReader) throws {
        let count = try reader.readCount()
        self = []
        reserveCapacity(Swift.min(count, reader.remaining))
        for _ in 0..<count { append(try Element(compact: &reader)) }
    }
}

/// An enum written by its raw text.
protocol CompactRawValue: CompactCodable, RawRepresentable where RawValue == String {}

extension CompactRawValue {
    func write(to writer: inout ByteWriter) { writer.writeString(rawValue) }

    init(compact reader: inout ByteReader) throws {
        let raw = try reader.readString()
        guard let value = Self(rawValue: raw) else { throw ByteReader.Failure("unknown value '\(raw)'") }
        self = value
    }
}

/// A `Codable` value of the few kinds a rebuild reads rarely (stories, branches, diagnostics),
/// written as the generic binary coding inside a compact record.
struct CompactBox<Value: Codable>: CompactCodable {
    var value: Value

    init(_ value: Value) {
        self.value = value
    }

    func write(to writer: inout ByteWriter) {
        let bytes = (try? BinaryEncoder().encode(value)) ?? []
        writer.writeCount(bytes.count)
        writer.writeBytes(bytes)
    }

    init(compact reader: inout ByteReader) throws {
        let range = try reader.readRange()
        value = try reader.withBytes(in: range) { try BinaryDecoder().decode(Value.self, from: $0) }
    }
}

extension Dictionary: CompactCodable where Key == String, Value: CompactCodable {
    func write(to writer: inout ByteWriter) {
        writer.writeCount(count)
        for (key, value) in self {
            key.write(to: &writer)
            value.write(to: &writer)
        }
    }

    init(compact reader: inout ByteReader) throws {
        let count = try reader.readCount()
        self.init(minimumCapacity: count)
        for _ in 0..<count {
            let key = try String(compact: &reader)
            self[key] = try Value(compact: &reader)
        }
    }
}

extension CompactCodable {
    /// The compact coding of the value behind a format byte, for a file of its own; room for
    /// `capacity` bytes is made at once, so a large file does not grow its buffer step by step.
    func compactBytes(format: UInt8, capacity: Int = 0) -> [UInt8] {
        var writer = ByteWriter()
        writer.reserve(capacity)
        writer.writeByte(format)
        write(to: &writer)
        return writer.bytes
    }

    /// The value coded in `bytes` by `compactBytes(format:)`; nil when the bytes are of another
    /// format, damaged, or followed by more.
    init?(compactBytes bytes: UnsafeRawBufferPointer, format: UInt8) {
        var reader = ByteReader(bytes.bindMemory(to: UInt8.self))
        guard let value = try? { () throws -> Self? in
            guard try reader.readByte() == format else { return nil }
            return try Self(compact: &reader)
        }(), reader.remaining == 0 else { return nil }
        self = value
    }
}
