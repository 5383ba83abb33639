/// Dictionaries: their count, then each entry's key and value; `String` and `Int` keys in
/// ascending order, so equal dictionaries code to equal bytes.
extension Dictionary: NativeEncodable where Key: Encodable, Value: Encodable {
    func encodeNatively(to state: EncodingState) throws {
        state.writer.writeCount(count)
        for (index, entry) in entriesInCodingOrder.enumerated() {
            state.pushPath(IndexKey(index))
            try state.encodeValue(entry.key)
            try state.encodeValue(entry.value)
            state.popPath()
        }
    }

    /// The entries, sorted by key when the keys are strings or integers.
    private var entriesInCodingOrder: [(key: Key, value: Value)] {
        if Key.self == String.self {
            return sorted { reinterpret($0.key, as: String.self) < reinterpret($1.key, as: String.self) }
        }
        if Key.self == Int.self {
            return sorted { reinterpret($0.key, as: Int.self) < reinterpret($1.key, as: Int.self) }
        }
        return Array(self)
    }
}

extension Dictionary: NativeDecodable where Key: Decodable, Value: Decodable {
    static func decodeNatively(from state: DecodingState) throws -> [Key: Value] {
        let count = try state.reader.readCount()
        var dictionary: [Key: Value] = [:]
        dictionary.reserveCapacity(Swift.min(count, 1 << 16))
        for index in 0 ..< count {
            state.pushPath(IndexKey(index))
            let key = try state.decodeValue(Key.self)
            let value = try state.decodeValue(Value.self)
            guard dictionary.updateValue(value, forKey: key) == nil else {
                throw ByteReader.Failure("a dictionary holds the key \(key) twice")
            }
            state.popPath()
        }
        return dictionary
    }
}
