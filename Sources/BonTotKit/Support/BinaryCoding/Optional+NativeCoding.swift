/// Optionals: outside keyed containers a presence byte (0 nil, 1 present) then the value; as a
/// field, a header marked nil or the wrapped value.
extension Optional: NativeEncodable where Wrapped: Encodable {
    func encodeNatively(to state: EncodingState) throws {
        switch self {
        case .none:
            state.writer.writeByte(0)
        case .some(let wrapped):
            state.writer.writeByte(1)
            try state.encodeValue(wrapped)
        }
    }

    func encodeField(forKey key: some CodingKey, in frame: FrameHandle, to state: EncodingState) throws {
        switch self {
        case .none:
            try state.writeFieldHeader(key, isNil: true, in: frame)
        case .some(let wrapped):
            try state.writeFieldHeader(key, isNil: false, in: frame)
            state.pushPath(key)
            try state.encodeValue(wrapped)
            state.popPath()
        }
    }
}

extension Optional: NativeDecodable where Wrapped: Decodable {
    static func decodeNatively(from state: DecodingState) throws -> Wrapped? {
        switch try state.reader.readByte() {
        case 0: return nil
        case 1: return try state.decodeValue(Wrapped.self)
        case let byte: throw ByteReader.Failure("an optional's presence byte is \(byte), not 0 or 1")
        }
    }

    static func decodeField(forKey key: some CodingKey, isNil: Bool, from state: DecodingState) throws -> Wrapped? {
        if isNil { return nil }
        state.pushPath(key)
        let value = try state.decodeValue(Wrapped.self)
        state.popPath()
        return value
    }
}
