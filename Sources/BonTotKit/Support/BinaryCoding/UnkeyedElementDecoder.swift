/// Reads the elements of an unkeyed container, whose count comes first; each element is a presence
/// byte, 0 for nil, or 1 then the value.
struct UnkeyedElementDecoder: UnkeyedDecodingContainer {
    let state: DecodingState
    let frame: FrameHandle
    let pathLength: Int

    var codingPath: [any CodingKey] { state.codingPath(pathLength) }
    var count: Int? { state.elements(in: frame)?.count }
    var isAtEnd: Bool { (state.elements(in: frame)?.remaining ?? 0) == 0 }

    var currentIndex: Int {
        guard let elements = state.elements(in: frame) else { return 0 }
        return elements.count - elements.remaining
    }

    /// Whether the next element is nil (its presence byte is 0); a nil element is then read.
    mutating func decodeNil() throws -> Bool {
        try state.takeNilElement(in: frame)
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try decodePrimitive() }
    mutating func decode(_ type: String.Type) throws -> String { try decodePrimitive() }
    mutating func decode(_ type: Double.Type) throws -> Double { try decodePrimitive() }
    mutating func decode(_ type: Float.Type) throws -> Float { try decodePrimitive() }
    mutating func decode(_ type: Int.Type) throws -> Int { try decodePrimitive() }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try decodePrimitive() }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try decodePrimitive() }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try decodePrimitive() }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try decodePrimitive() }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try decodePrimitive() }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try decodePrimitive() }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try decodePrimitive() }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try decodePrimitive() }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try decodePrimitive() }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let index = try state.takeElement(T.self, in: frame)
        state.pushPath(IndexKey(index))
        let value = try state.decodeMarked(T.self)
        state.popPath()
        return value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let nested = try state.openElement(.keyed, in: frame)
        return KeyedDecodingContainer(KeyedFieldDecoder<NestedKey>(state: state, frame: nested, pathLength: state.path.count))
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let nested = try state.openElement(.unkeyed, in: frame)
        return UnkeyedElementDecoder(state: state, frame: nested, pathLength: state.path.count)
    }

    mutating func superDecoder() throws -> any Decoder {
        _ = try state.openElement(.superValue, in: frame)
        return ValueDecoder(state: state, owner: state.newID(), start: state.reader.position, pathLength: state.path.count)
    }

    private func decodePrimitive<P: BinaryPrimitive>() throws -> P {
        let index = try state.takeElement(P.self, in: frame)
        state.pushPath(IndexKey(index))
        let value = try state.decodeMarkedPrimitive(P.self)
        state.popPath()
        return value
    }
}
