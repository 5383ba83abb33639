/// A type the binary format writes in a form of its own instead of through its `encode(to:)`:
/// primitives, optionals, arrays and dictionaries.
protocol NativeEncodable: Encodable {
    /// Writes the value in its own form.
    func encodeNatively(to state: EncodingState) throws

    /// Writes the value as the field `key` of a keyed container.
    func encodeField(forKey key: some CodingKey, in frame: FrameHandle, to state: EncodingState) throws
}

extension NativeEncodable {
    /// A field header, then the value in its own form.
    func encodeField(forKey key: some CodingKey, in frame: FrameHandle, to state: EncodingState) throws {
        try state.writeFieldHeader(key, isNil: false, in: frame)
        state.pushPath(key)
        try encodeNatively(to: state)
        state.popPath()
    }
}

/// A type the binary format reads in a form of its own instead of through its `init(from:)`:
/// primitives, optionals, arrays and dictionaries.
protocol NativeDecodable: Decodable {
    /// Reads a value in its own form.
    static func decodeNatively(from state: DecodingState) throws -> Self

    /// Reads the value of the field `key`, whose header is read; `isNil` when the header says nil.
    static func decodeField(forKey key: some CodingKey, isNil: Bool, from state: DecodingState) throws -> Self
}

extension NativeDecodable {
    /// The value in its own form; a nil field is an error.
    static func decodeField(forKey key: some CodingKey, isNil: Bool, from state: DecodingState) throws -> Self {
        guard !isNil else { throw state.valueNotFound(Self.self, forKey: key) }
        state.pushPath(key)
        let value = try decodeNatively(from: state)
        state.popPath()
        return value
    }
}

/// `value` as `U`, for a generic value whose type the caller has checked is `U`.
@inline(__always)
func reinterpret<T, U>(_ value: T, as type: U.Type) -> U {
    unsafeBitCast(value, to: U.self)
}
