import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A position in the bytes being decoded, with bounds-checked reads of the format's primitive forms
/// (`BinaryFormat`). A read past the end or of a malformed form throws `ByteReader.Failure`.
struct ByteReader {
    /// Why the bytes cannot be read: they are cut short or damaged.
    struct Failure: Error, CustomStringConvertible {
        /// What was wrong, for the `DecodingError` the decoder reports.
        let description: String

        init(_ description: String) {
            self.description = description
        }

        /// The bytes end before the form being read.
        static func truncated(_ what: String) -> Failure {
            Failure("the data ends inside \(what)")
        }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    /// The offset of the next byte to read.
    private(set) var position = 0

    /// The `Data` whose bytes `bytes` are, when the reader was told: a record may then keep a
    /// slice of it instead of copying (`Minutes`' stored body).
    private(set) var owner: Data?

    /// Where the long texts written apart (`ByteWriter.writeApart(_:)`) lie in `bytes`, when the
    /// reader was told; nil when they were written in place.
    var apart: Range<Int>?

    /// The folder that the source files named in what is read are in (the site's), when the
    /// reader was told: a minutes' body kept as the end of its file is read from there.
    var sourceRoot: String?
    /// Where a minutes' body kept as the end of its file notes the file, should it have changed
    /// when the body is read (`StoredText`); the reader of the decode cache tells it.
    var sourceChanges: ChangedSourceFiles?
    /// The stamp of the source file whose record is being read (`DecodeCache.Entry`), which the
    /// file must still have when a body kept at its end is read.
    var sourceStamp: FileStamp?

    /// Reads `bytes`, which must stay valid while the reader is used.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// A reader of no bytes, holding nothing: a stand-in while a reader is moved elsewhere.
    static var empty: ByteReader { ByteReader(UnsafeBufferPointer(start: nil, count: 0)) }

    /// Reads `bytes`, which are those of `owner` from its start.
    init(_ bytes: UnsafeBufferPointer<UInt8>, owner: Data) {
        self.bytes = bytes
        self.owner = owner
    }

    /// The number of bytes not read yet.
    var remaining: Int { bytes.count - position }

    /// The next byte without reading it; nil at the end.
    func peekByte() -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    /// Reads one byte.
    mutating func readByte() throws -> UInt8 {
        guard position < bytes.count else { throw Failure.truncated("a byte") }
        defer { position += 1 }
        return bytes[position]
    }

    /// Reads an unsigned LEB128 varint of at most 10 bytes.
    mutating func readVarint() throws -> UInt64 {
        guard position < bytes.count else { throw Failure.truncated("a varint") }
        let first = bytes[position]
        if first < 0x80 {
            position += 1
            return UInt64(first)
        }
        var value: UInt64 = 0
        var shift: UInt64 = 0
        var index = position
        while true {
            guard index < bytes.count else { throw Failure.truncated("a varint") }
            let byte = bytes[index]
            index += 1
            if shift == 63, byte > 1 { throw Failure("a varint overflows 64 bits") }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        position = index
        return value
    }

    /// Reads a zigzag-mapped signed varint.
    mutating func readSigned() throws -> Int64 {
        let raw = try readVarint()
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    /// Reads a signed varint that must fit `T`.
    mutating func readSigned<T: FixedWidthInteger & SignedInteger>(as type: T.Type) throws -> T {
        let value = try readSigned()
        guard let exact = T(exactly: value) else { throw Failure("\(value) does not fit \(T.self)") }
        return exact
    }

    /// Reads an unsigned varint that must fit `T`.
    mutating func readUnsigned<T: FixedWidthInteger & UnsignedInteger>(as type: T.Type) throws -> T {
        let value = try readVarint()
        guard let exact = T(exactly: value) else { throw Failure("\(value) does not fit \(T.self)") }
        return exact
    }

    /// Reads a count or length, which cannot exceed the bytes left: every element, field or
    /// string byte it counts takes at least one byte.
    mutating func readCount() throws -> Int {
        let count = try readVarint()
        guard count <= UInt64(remaining) else {
            throw Failure("a count of \(count) exceeds the \(remaining) bytes left")
        }
        return Int(count)
    }

    /// Reads 8 bytes, little endian.
    mutating func readFixed64() throws -> UInt64 {
        guard remaining >= 8 else { throw Failure.truncated("an 8-byte number") }
        defer { position += 8 }
        return UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: position, as: UInt64.self))
    }

    /// Reads 4 bytes, little endian.
    mutating func readFixed32() throws -> UInt32 {
        guard remaining >= 4 else { throw Failure.truncated("a 4-byte number") }
        defer { position += 4 }
        return UInt32(littleEndian: UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: position, as: UInt32.self))
    }

    /// Reads a length-prefixed run of bytes and returns where it is, without copying it.
    mutating func readRange() throws -> Range<Int> {
        let length = try readCount()
        defer { position += length }
        return position ..< position + length
    }

    /// Reads where a long text written by `ByteWriter.writeApart(_:)` lies in `bytes`: in the
    /// section `apart` when it is set, else in place (a count and the bytes).
    mutating func readApartRange() throws -> Range<Int> {
        guard let apart else { return try readRange() }
        let offset = try readVarint(), count = try readVarint()
        guard offset <= UInt64(apart.count), count <= UInt64(apart.count) - offset else {
            throw Failure("a text kept apart at \(offset), \(count) bytes long, lies outside the \(apart.count) bytes kept apart")
        }
        return apart.lowerBound + Int(offset) ..< apart.lowerBound + Int(offset + count)
    }

    /// Reads a string: a byte count, then UTF-8, which must be valid.
    mutating func readString() throws -> String {
        let range = try readRange()
        guard let string = string(in: range) else { throw Failure("a string is not valid UTF-8") }
        return string
    }

    /// The bytes in `range` as a string; nil when they are not valid UTF-8.
    ///
    /// `String(decoding:as:)` validates on its fast path but repairs what is invalid; a repaired
    /// string no longer has the same bytes. (`String(validating:as:)` is slower here: it is not
    /// specialized for buffers.)
    func string(in range: Range<Int>) -> String? {
        let utf8 = UnsafeBufferPointer(rebasing: bytes[range])
        var string = String(decoding: utf8, as: UTF8.self)
        let intact = string.withUTF8 { decoded in
            decoded.count == utf8.count && (utf8.isEmpty || memcmp(decoded.baseAddress!, utf8.baseAddress!, utf8.count) == 0)
        }
        return intact ? string : nil
    }

    /// Runs `body` over the bytes in `range` (as `readRange()` gave it).
    func withBytes<T>(in range: Range<Int>, _ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        try body(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[range]))
    }

    /// Whether the bytes in `range` equal `other`.
    func bytes(in range: Range<Int>, equal other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard range.count == other.count else { return false }
        guard let start = other.baseAddress, !range.isEmpty else { return true }
        return memcmp(bytes.baseAddress! + range.lowerBound, start, range.count) == 0
    }
}
