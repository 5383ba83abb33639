/// Reads a value coded as one other value (a raw-value enum as its raw value, a wrapper as what it
/// wraps): a presence byte, 0 for nil, or 1 then the value.
struct SingleValueDecoder: SingleValueDecodingContainer {
    let state: DecodingState
    /// The input position when the value started: the container reads once, there.
    let start: Int
    let pathLength: Int

    var codingPath: [any CodingKey] { state.codingPath(pathLength) }

    /// Whether the value is nil (its presence byte is 0); a nil value is then read.
    func decodeNil() -> Bool {
        guard state.reader.position == start, state.reader.peekByte() == 0 else { return false }
        _ = try? state.reader.readByte()
        return true
    }

    func decode(_ type: Bool.Type) throws -> Bool { try decodePrimitive() }
    func decode(_ type: String.Type) throws -> String { try decodePrimitive() }
    func decode(_ type: Double.Type) throws -> Double { try decodePrimitive() }
    func decode(_ type: Float.Type) throws -> Float { try decodePrimitive() }
    func decode(_ type: Int.Type) throws -> Int { try decodePrimitive() }
    func decode(_ type: Int8.Type) throws -> Int8 { try decodePrimitive() }
    func decode(_ type: Int16.Type) throws -> Int16 { try decodePrimitive() }
    func decode(_ type: Int32.Type) throws -> Int32 { try decodePrimitive() }
    func decode(_ type: Int64.Type) throws -> Int64 { try decodePrimitive() }
    func decode(_ type: UInt.Type) throws -> UInt { try decodePrimitive() }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decodePrimitive() }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decodePrimitive() }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decodePrimitive() }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decodePrimitive() }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try claim()
        return try state.decodeMarked(T.self)
    }

    private func decodePrimitive<P: BinaryPrimitive>() throws -> P {
        try claim()
        return try state.decodeMarkedPrimitive(P.self)
    }

    /// Checks nothing was read since the value started: a single value container holds one value.
    private func claim() throws {
        guard state.reader.position == start else {
            throw state.misuse("a single value container was read twice, or after other values")
        }
    }
}
