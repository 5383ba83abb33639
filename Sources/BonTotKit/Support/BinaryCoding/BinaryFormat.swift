/// The layout of a binary coding, shared by `BinaryEncoder` and `BinaryDecoder`.
///
/// A coding is one version byte, then the value. Values do not describe themselves: the decoder
/// asks for the types the encoder wrote, in the order it wrote them, as synthesized `Codable` does.
///
/// - `Bool`, `Int8`, `UInt8`: one byte.
/// - Other integers: LEB128 varints; signed types zigzag-mapped first, so small negatives stay short.
/// - `Double`, `Float`: the IEEE 754 bit pattern, little endian, 8 or 4 bytes.
/// - `String`: a varint byte count, then the UTF-8 bytes.
/// - `Optional`: 0 for nil, or 1 then the value.
/// - Arrays: a varint element count, then the elements.
/// - Other unkeyed containers (sets, hand-written ones): a varint element count, then each element
///   as a presence byte, 0 for nil, or 1 then the value; an `Optional` element holds the wrapped
///   value itself, so `decodeNil()` answers for any element.
/// - Single value containers (raw-value enums, wrappers): a presence byte and value likewise.
/// - Dictionaries: a varint entry count, then each entry's key and value; `String` and `Int` keys
///   in ascending order, so equal dictionaries code to equal bytes.
/// - Keyed containers: a varint field count, then each field as a varint header
///   `keyIndex << 1 | isNil` and, unless nil, the value. Key names are numbered in order of first
///   use within one coding: a header whose index is the next unused number is followed by the name
///   as a string. An absent optional (`encodeIfPresent` of nil) takes no field at all; an
///   `Optional` field holds the wrapped value itself.
/// - A value that asks for no container at all is an empty keyed container, as `Encoder` documents.
enum BinaryFormat {
    /// The byte every coding starts with; a decoder refuses any other.
    static let version: UInt8 = 1
}
