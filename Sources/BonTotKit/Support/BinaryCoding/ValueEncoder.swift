/// The `Encoder` a value's `encode(to:)` receives: it hands out containers that write the value
/// into the shared `EncodingState`.
struct ValueEncoder: Encoder {
    let state: EncodingState
    /// This encoder's number, which marks the top-level container it opens.
    let owner: Int
    /// The output length when the value started, to tell a first container request from a later one.
    let start: Int
    let pathLength: Int

    var codingPath: [any CodingKey] { state.codingPath(pathLength) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The value's fields, written with their key numbers.
    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let frame = state.rootFrame(.keyed, owner: owner, start: start)
        return KeyedEncodingContainer(KeyedFieldEncoder<Key>(state: state, frame: frame, pathLength: pathLength))
    }

    /// The value's elements, after their count.
    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let frame = state.rootFrame(.unkeyed, owner: owner, start: start)
        return UnkeyedElementEncoder(state: state, frame: frame, pathLength: pathLength)
    }

    /// The value as one other value.
    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueEncoder(state: state, start: start, pathLength: pathLength)
    }
}
