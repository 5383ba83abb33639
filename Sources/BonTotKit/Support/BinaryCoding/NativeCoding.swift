/// A type the binary format writes in a form of its own instead of through its `encode(to:)`:
/// primitives, optionals, arrays and dictionaries.
protocol NativeEncodable: Encodable {
    /// Writes the value in its own form.
    func encodeNatively(to state: EncodingState) throws

    /// Whether the value is a nil optional, which a field or marked element codes as nil alone.
    var isNilOptional: Bool { get }

    /// Writes the value a field or marked element holds: an optional's wrapped value, or the value.
    func encodeUnwrapped(to state: EncodingState) throws
}

extension NativeEncodable {
    var isNilOptional: Bool { false }

    func encodeUnwrapped(to state: EncodingState) throws {
        try encodeNatively(to: state)
    }
}

/// A type the binary format reads in a form of its own instead of through its `init(from:)`:
/// primitives, optionals, arrays and dictionaries.
protocol NativeDecodable: Decodable {
    /// Reads a value in its own form.
    static func decodeNatively(from state: DecodingState) throws -> Self

    /// The value of a field or marked element coded as nil: a nil optional; nil for other types,
    /// which cannot be nil.
    static var nilOptional: Self? { get }

    /// Reads the value a field or marked element holds: an optional's wrapped value, or the value.
    static func decodeUnwrapped(from state: DecodingState) throws -> Self
}

extension NativeDecodable {
    static var nilOptional: Self? { nil }

    static func decodeUnwrapped(from state: DecodingState) throws -> Self {
        try decodeNatively(from: state)
    }
}

/// `value` as `U`, for a generic value whose type the caller has checked is `U`.
@inline(__always)
func reinterpret<T, U>(_ value: T, as type: U.Type) -> U {
    unsafeBitCast(value, to: U.self)
}
