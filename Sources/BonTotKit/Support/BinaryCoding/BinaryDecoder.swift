/// Decodes values from the binary format `BinaryEncoder` writes (`BinaryFormat`).
///
/// Damaged or cut-short bytes make it throw a `DecodingError`, never crash: a cache file read back
/// after a crash or a disk fault is refused, and the build starts clean.
public struct BinaryDecoder: Sendable {
    /// A decoder; it keeps no state between calls.
    public init() {}

    /// The value of type `type` that `bytes` code.
    public func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try bytes.withUnsafeBytes { try decode(type, from: $0) }
    }

    /// The value of type `type` that `bytes` code, read in place (from a file's contents, say).
    public func decode<T: Decodable>(_ type: T.Type, from bytes: UnsafeRawBufferPointer) throws -> T {
        let buffer = UnsafeBufferPointer(start: bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        let state = DecodingState(reader: ByteReader(buffer))
        defer { state.finish() }
        return try state.decodeCoding(T.self)
    }
}
