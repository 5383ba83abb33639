/// Writes the fields of a keyed container: for each, a header numbering its key, then its value.
struct KeyedFieldEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let state: EncodingState
    let frame: FrameHandle
    let pathLength: Int

    var codingPath: [any CodingKey] { state.codingPath(pathLength) }

    /// A field whose header says nil, with no value.
    mutating func encodeNil(forKey key: Key) throws {
        try state.writeFieldHeader(key, isNil: true, in: frame)
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws { try encodePrimitive(value, forKey: key) }
    mutating func encode(_ value: String, forKey key: Key) throws { try encodePrimitive(value, forKey: key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try encodePrimitive(value, forKey: key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try encodePrimitive(value, forKey: key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try encodePrimitive(value, forKey: key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try encodePrimitive(value, forKey: key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try encodePrimitive(value, forKey: key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try encodePrimitive(value, forKey: key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try encodePrimitive(value, forKey: key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try encodePrimitive(value, forKey: key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try encodePrimitive(value, forKey: key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try encodePrimitive(value, forKey: key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try encodePrimitive(value, forKey: key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try encodePrimitive(value, forKey: key) }

    /// A field holding `value`; a nil optional becomes a nil field, a present one its wrapped value.
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try state.encodeField(value, forKey: key, in: frame)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = state.openField(.keyed, forKey: key, in: frame)
        return KeyedEncodingContainer(KeyedFieldEncoder<NestedKey>(state: state, frame: nested, pathLength: state.path.count))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = state.openField(.unkeyed, forKey: key, in: frame)
        return UnkeyedElementEncoder(state: state, frame: nested, pathLength: state.path.count)
    }

    mutating func superEncoder() -> any Encoder {
        openSuperEncoder(forKey: SuperKey())
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        openSuperEncoder(forKey: key)
    }

    private func openSuperEncoder(forKey key: some CodingKey) -> any Encoder {
        _ = state.openField(.superValue, forKey: key, in: frame)
        return ValueEncoder(state: state, owner: state.newID(), start: state.writer.count, pathLength: state.path.count)
    }

    private func encodePrimitive(_ value: some BinaryPrimitive, forKey key: Key) throws {
        try state.writeFieldHeader(key, isNil: false, in: frame)
        value.write(to: &state.writer)
    }
}
