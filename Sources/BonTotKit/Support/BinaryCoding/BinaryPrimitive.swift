/// A standard type with a fixed binary form: `Bool`, the integers, `Double`, `Float` and `String`.
protocol BinaryPrimitive: NativeEncodable, NativeDecodable {
    /// Appends the value's binary form.
    func write(to writer: inout ByteWriter)

    /// Reads a value in its binary form.
    static func read(from reader: inout ByteReader) throws -> Self
}

extension BinaryPrimitive {
    /// The primitive form.
    func encodeNatively(to state: EncodingState) throws {
        write(to: &state.writer)
    }

    /// The primitive form.
    static func decodeNatively(from state: DecodingState) throws -> Self {
        try read(from: &state.reader)
    }
}

extension Bool: BinaryPrimitive {
    func write(to writer: inout ByteWriter) { writer.writeByte(self ? 1 : 0) }

    static func read(from reader: inout ByteReader) throws -> Bool {
        switch try reader.readByte() {
        case 0: return false
        case 1: return true
        case let byte: throw ByteReader.Failure("a Bool is coded as \(byte), not 0 or 1")
        }
    }
}

extension String: BinaryPrimitive {
    func write(to writer: inout ByteWriter) { writer.writeString(self) }
    static func read(from reader: inout ByteReader) throws -> String { try reader.readString() }
}

extension Double: BinaryPrimitive {
    func write(to writer: inout ByteWriter) { writer.writeFixed64(bitPattern) }
    static func read(from reader: inout ByteReader) throws -> Double { Double(bitPattern: try reader.readFixed64()) }
}

extension Float: BinaryPrimitive {
    func write(to writer: inout ByteWriter) { writer.writeFixed32(bitPattern) }
    static func read(from reader: inout ByteReader) throws -> Float { Float(bitPattern: try reader.readFixed32()) }
}

extension Int8: BinaryPrimitive {
    func write(to writer: inout ByteWriter) { writer.writeByte(UInt8(bitPattern: self)) }
    static func read(from reader: inout ByteReader) throws -> Int8 { Int8(bitPattern: try reader.readByte()) }
}

extension UInt8: BinaryPrimitive {
    func write(to writer: inout ByteWriter) { writer.writeByte(self) }
    static func read(from reader: inout ByteReader) throws -> UInt8 { try reader.readByte() }
}

/// A signed integer wider than a byte, coded as a zigzag varint that must fit the type when read.
protocol SignedVarintPrimitive: BinaryPrimitive, FixedWidthInteger, SignedInteger {}

extension SignedVarintPrimitive {
    func write(to writer: inout ByteWriter) { writer.writeSigned(Int64(self)) }
    static func read(from reader: inout ByteReader) throws -> Self { try reader.readSigned(as: Self.self) }
}

extension Int: SignedVarintPrimitive {}
extension Int16: SignedVarintPrimitive {}
extension Int32: SignedVarintPrimitive {}
extension Int64: SignedVarintPrimitive {}

/// An unsigned integer wider than a byte, coded as a varint that must fit the type when read.
protocol UnsignedVarintPrimitive: BinaryPrimitive, FixedWidthInteger, UnsignedInteger {}

extension UnsignedVarintPrimitive {
    func write(to writer: inout ByteWriter) { writer.writeVarint(UInt64(self)) }
    static func read(from reader: inout ByteReader) throws -> Self { try reader.readUnsigned(as: Self.self) }
}

extension UInt: UnsignedVarintPrimitive {}
extension UInt16: UnsignedVarintPrimitive {}
extension UInt32: UnsignedVarintPrimitive {}
extension UInt64: UnsignedVarintPrimitive {}
