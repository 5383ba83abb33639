/// Encodes `Encodable` values into the compact binary format of the build cache (`BinaryFormat`),
/// which `BinaryDecoder` reads back.
///
/// Any synthesized `Codable` type codes; hand-written conformances must decode what they encode
/// in the same order, reading every field and element, as the format does not describe itself.
public struct BinaryEncoder: Sendable {
    /// An encoder; it keeps no state between calls.
    public init() {}

    /// The binary coding of `value`: the format version byte, then the value.
    public func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let state = EncodingState()
        state.writer.writeByte(BinaryFormat.version)
        try state.encodeValue(value)
        try state.closeFrames(downTo: 0)
        return state.writer.bytes
    }
}
