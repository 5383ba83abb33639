/// Optionals: as a value, a presence byte (0 nil, 1 present) then the wrapped value; as a field or
/// marked element, whose header or presence byte already says nil, the wrapped value alone.
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

    var isNilOptional: Bool { self == nil }

    func encodeUnwrapped(to state: EncodingState) throws {
        if case .some(let wrapped) = self {
            try state.encodeValue(wrapped)
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

    static var nilOptional: Wrapped?? { .some(.none) }

    static func decodeUnwrapped(from state: DecodingState) throws -> Wrapped? {
        try state.decodeValue(Wrapped.self)
    }
}
