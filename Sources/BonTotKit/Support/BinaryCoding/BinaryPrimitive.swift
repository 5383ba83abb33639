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

extension Int: BinaryPrimitive {
    func write(to writer: inout ByteWriter) { writer.writeSigned(Int64(self)) }
    static func read(from reader: inout ByteReader) throws -> Int { try reader.readSigned(as: Int.self) }
}

extension Int8: BinaryPrimitive {
    func write(to writer: inout ByteWriter) { writer.writeByte(UInt8(bitPattern: self)) }
    static func read(from reader: inout ByteReader) throws -> Int8 { Int8(bitPattern: try reader.readByte()) }
}

extension Int16: BinaryPrimitive {
    func write(to writer: inout ByteWriter) { writer.writeSigned(Int64(self)) }
    static func read(from reader: inout ByteReader) throws -> Int16 { try reader.readSigned(as: Int16.self) }
}

extension Int32: BinaryPrimitive {
    func write(to writer: inout ByteWriter) { writer.writeSigned(Int64(self)) }
    static func read(from reader: inout ByteReader) throws -> Int32 { try reader.readSigned(as: Int32.self) }
}

extension Int64: BinaryPrimitive {
    func write(to writer: inout ByteWriter) { writer.writeSigned(self) }
    static func read(from reader: inout ByteReader) throws -> Int64 { try reader.readSigned() }
}

extension UInt: BinaryPrimitive {
    func write(to writer: inout ByteWriter) { writer.writeVarint(UInt64(self)) }
    static func read(from reader: inout ByteReader) throws -> UInt { try reader.readUnsigned(as: UInt.self) }
}

extension UInt8: BinaryPrimitive {
    func write(to writer: inout ByteWriter) { writer.writeByte(self) }
    static func read(from reader: inout ByteReader) throws -> UInt8 { try reader.readByte() }
}

extension UInt16: BinaryPrimitive {
    func write(to writer: inout ByteWriter) { writer.writeVarint(UInt64(self)) }
    static func read(from reader: inout ByteReader) throws -> UInt16 { try reader.readUnsigned(as: UInt16.self) }
}

extension UInt32: BinaryPrimitive {
    func write(to writer: inout ByteWriter) { writer.writeVarint(UInt64(self)) }
    static func read(from reader: inout ByteReader) throws -> UInt32 { try reader.readUnsigned(as: UInt32.self) }
}

extension UInt64: BinaryPrimitive {
    func write(to writer: inout ByteWriter) { writer.writeVarint(self) }
    static func read(from reader: inout ByteReader) throws -> UInt64 { try reader.readVarint() }
}
