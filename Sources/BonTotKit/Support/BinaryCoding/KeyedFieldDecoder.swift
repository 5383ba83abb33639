/// Reads the fields of a keyed container in the order they were written.
///
/// Only the next unread field is known, so `contains` and `decodeIfPresent` answer for it: a key
/// that is not next is absent (an optional that was nil takes no field). `allKeys` lists the next
/// key only, which is what synthesized enum decoding needs: an enum's container holds one field
/// (dictionaries do not use keyed containers here). Reading a field out of order is a
/// `keyNotFound` error, and leaving one unread fails when the value ends: never a wrong value.
struct KeyedFieldDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let state: DecodingState
    let frame: FrameHandle
    let pathLength: Int

    var codingPath: [any CodingKey] { state.codingPath(pathLength) }

    var allKeys: [Key] {
        state.nextKey(Key.self, in: frame).map { [$0] } ?? []
    }

    /// Whether the next field is `key`.
    func contains(_ key: Key) -> Bool {
        do {
            return try state.nextFieldIs(key, in: frame)
        } catch {
            state.deferError(error)
            return false
        }
    }

    /// Whether the field `key`, which must be next, is nil; a nil field is then read.
    func decodeNil(forKey key: Key) throws -> Bool {
        guard try state.nextFieldIs(key, in: frame) else {
            throw state.keyNotFound(key, "the field is not the next one")
        }
        guard state.nextFieldIsNil(in: frame) else { return false }
        _ = state.skipField(in: frame)
        return true
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decodePrimitive(key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decodePrimitive(key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decodePrimitive(key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decodePrimitive(key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decodePrimitive(key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decodePrimitive(key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decodePrimitive(key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decodePrimitive(key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decodePrimitive(key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decodePrimitive(key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decodePrimitive(key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decodePrimitive(key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decodePrimitive(key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decodePrimitive(key) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let isNil = try state.takeField(key, in: frame)
        return try state.decodeField(T.self, forKey: key, isNil: isNil)
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try decodePrimitiveIfPresent(key) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try decodePrimitiveIfPresent(key) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try decodePrimitiveIfPresent(key) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try decodePrimitiveIfPresent(key) }

    /// The field `key` when it is next and not nil; nil otherwise.
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let isNil = try state.takeFieldIfNext(key, in: frame), !isNil else { return nil }
        return try state.decodeField(T.self, forKey: key, isNil: false)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type,
                                               forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        let nested = try state.openField(.keyed, forKey: key, in: frame)
        return KeyedDecodingContainer(KeyedFieldDecoder<NestedKey>(state: state, frame: nested, pathLength: state.path.count))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        let nested = try state.openField(.unkeyed, forKey: key, in: frame)
        return UnkeyedElementDecoder(state: state, frame: nested, pathLength: state.path.count)
    }

    func superDecoder() throws -> any Decoder {
        try openSuperDecoder(forKey: SuperKey())
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        try openSuperDecoder(forKey: key)
    }

    private func openSuperDecoder(forKey key: some CodingKey) throws -> any Decoder {
        _ = try state.openField(.superValue, forKey: key, in: frame)
        return ValueDecoder(state: state, owner: state.newID(), start: state.reader.position, pathLength: state.path.count)
    }

    private func decodePrimitive<P: BinaryPrimitive>(_ key: Key) throws -> P {
        guard try !state.takeField(key, in: frame) else { throw state.valueNotFound(P.self, forKey: key) }
        return try state.readPrimitive(P.self, forKey: key)
    }

    private func decodePrimitiveIfPresent<P: BinaryPrimitive>(_ key: Key) throws -> P? {
        guard let isNil = try state.takeFieldIfNext(key, in: frame), !isNil else { return nil }
        return try state.readPrimitive(P.self, forKey: key)
    }
}
