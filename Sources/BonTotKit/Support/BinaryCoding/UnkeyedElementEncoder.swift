/// Writes the elements of an unkeyed container, after a count set when the container closes: each
/// is a presence byte, 0 for nil, or 1 then the value (an optional's wrapped value).
struct UnkeyedElementEncoder: UnkeyedEncodingContainer, MarkedValueEncoder {
    let state: EncodingState
    let frame: FrameHandle
    let pathLength: Int

    var codingPath: [any CodingKey] { state.codingPath(pathLength) }
    var count: Int { state.elementCount(in: frame) }

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

    /// Starts the next element.
    func beginValue() throws {
        _ = try state.beginElement(in: frame)
    }
}
