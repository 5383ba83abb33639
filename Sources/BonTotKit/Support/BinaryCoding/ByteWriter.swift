/// The bytes of a coding as they are written, in the format's primitive forms (`BinaryFormat`).
struct ByteWriter {
    /// Everything written so far.
    private(set) var bytes: [UInt8] = []
    /// Long texts kept apart from `bytes` (`writeApart(_:)`), when the writer was made to keep
    /// them so: nil writes them in place.
    private(set) var apart: [UInt8]?

    /// A writer that writes long texts in place.
    init() {}

    /// A writer that keeps long texts apart (`writeApart(_:)`), to be stored after `bytes`.
    init(keepingApart: Bool) {
        apart = keepingApart ? [] : nil
    }

    /// The number of bytes written so far.
    var count: Int { bytes.count }

    /// Makes room for `count` bytes in all, so small codings do not grow their buffer step by step.
    mutating func reserve(_ count: Int) {
        bytes.reserveCapacity(count)
    }

    /// Appends one byte.
    mutating func writeByte(_ byte: UInt8) {
        bytes.append(byte)
    }

    /// Appends an unsigned LEB128 varint: seven bits a byte, low bits first.
    mutating func writeVarint(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Appends a signed integer as the varint of its zigzag mapping (0, -1, 1, -2… → 0, 1, 2, 3…).
    mutating func writeSigned(_ value: Int64) {
        writeVarint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    /// Appends a count or length.
    mutating func writeCount(_ count: Int) {
        writeVarint(UInt64(count))
    }

    /// Appends 8 bytes, little endian.
    mutating func writeFixed64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends 4 bytes, little endian.
    mutating func writeFixed32(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends `other` as they are.
    mutating func writeBytes(_ other: [UInt8]) {
        bytes.append(contentsOf: other)
    }

    /// Appends a string: its UTF-8 byte count, then the bytes.
    mutating func writeString(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            writeCount(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// Appends a long text whose bytes a reader seldom needs (a minutes' body): with `apart`
    /// kept, the bytes go there and `bytes` gets their offset in it and their count, so that
    /// what is read often lies close together; else a count and the bytes, as `writeString`.
    mutating func writeApart(_ text: UnsafeRawBufferPointer) {
        if apart != nil {
            writeCount(apart!.count)
            writeCount(text.count)
            apart!.append(contentsOf: text)
        } else {
            writeCount(text.count)
            bytes.append(contentsOf: text)
        }
    }

    /// Appends a one-byte placeholder for a count not yet known, and returns where it is.
    mutating func reserveCount() -> Int {
        bytes.append(0)
        return bytes.count - 1
    }

    /// Writes `count` over the placeholder at `offset`, widening it when the count needs more
    /// than one varint byte (the bytes after it move).
    mutating func patchCount(_ count: Int, at offset: Int) {
        if count < 0x80 {
            bytes[offset] = UInt8(count)
        } else {
            var varint = ByteWriter()
            varint.writeCount(count)
            bytes.replaceSubrange(offset ..< offset + 1, with: varint.bytes)
        }
    }
}
