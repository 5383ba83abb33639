/// Writes the elements of an unkeyed container, after a count set when the container closes: each
/// is a presence byte, 0 for nil, or 1 then the value (an optional's wrapped value).
struct UnkeyedElementEncoder: UnkeyedEncodingContainer {
    let state: EncodingState
    let frame: FrameHandle
    let pathLength: Int

    var codingPath: [any CodingKey] { state.codingPath(pathLength) }
    var count: Int { state.elementCount(in: frame) }

    /// An element that is nil: the presence byte 0.
    mutating func encodeNil() throws {
        _ = try state.beginElement(in: frame)
        state.writer.writeByte(0)
    }

    mutating func encode(_ value: Bool) throws { try encodePrimitive(value) }
    mutating func encode(_ value: String) throws { try encodePrimitive(value) }
    mutating func encode(_ value: Double) throws { try encodePrimitive(value) }
    mutating func encode(_ value: Float) throws { try encodePrimitive(value) }
    mutating func encode(_ value: Int) throws { try encodePrimitive(value) }
    mutating func encode(_ value: Int8) throws { try encodePrimitive(value) }
    mutating func encode(_ value: Int16) throws { try encodePrimitive(value) }
    mutating func encode(_ value: Int32) throws { try encodePrimitive(value) }
    mutating func encode(_ value: Int64) throws { try encodePrimitive(value) }
    mutating func encode(_ value: UInt) throws { try encodePrimitive(value) }
    mutating func encode(_ value: UInt8) throws { try encodePrimitive(value) }
    mutating func encode(_ value: UInt16) throws { try encodePrimitive(value) }
    mutating func encode(_ value: UInt32) throws { try encodePrimitive(value) }
    mutating func encode(_ value: UInt64) throws { try encodePrimitive(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let index = try state.beginElement(in: frame)
        state.pushPath(IndexKey(index))
        try state.encodeMarked(value)
        state.popPath()
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = state.openElement(.keyed, in: frame)
        return KeyedEncodingContainer(KeyedFieldEncoder<NestedKey>(state: state, frame: nested, pathLength: state.path.count))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = state.openElement(.unkeyed, in: frame)
        return UnkeyedElementEncoder(state: state, frame: nested, pathLength: state.path.count)
    }

    mutating func superEncoder() -> any Encoder {
        _ = state.openElement(.superValue, in: frame)
        return ValueEncoder(state: state, owner: state.newID(), start: state.writer.count, pathLength: state.path.count)
    }

    private func encodePrimitive(_ value: some BinaryPrimitive) throws {
        _ = try state.beginElement(in: frame)
        state.writer.writeByte(1)
        value.write(to: &state.writer)
    }
}
