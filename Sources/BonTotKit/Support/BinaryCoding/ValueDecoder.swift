/// The `Decoder` a value's `init(from:)` receives: it hands out containers that read the value
/// from the shared `DecodingState`.
struct ValueDecoder: Decoder {
    let state: DecodingState
    /// This decoder's number, which marks the top-level container it opens.
    let owner: Int
    /// The input position when the value started, to tell a first container request from a later one.
    let start: Int
    let pathLength: Int

    var codingPath: [any CodingKey] { state.codingPath(pathLength) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The value's fields, in the order they were written.
    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        let frame = try state.rootFrame(.keyed, owner: owner, start: start)
        return KeyedDecodingContainer(KeyedFieldDecoder<Key>(state: state, frame: frame, pathLength: pathLength))
    }

    /// The value's elements.
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let frame = try state.rootFrame(.unkeyed, owner: owner, start: start)
        return UnkeyedElementDecoder(state: state, frame: frame, pathLength: pathLength)
    }

    /// The value as one other value.
    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleValueDecoder(state: state, start: start, pathLength: pathLength)
    }
}
