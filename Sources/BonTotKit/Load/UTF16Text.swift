import Foundation

/// Text saved as UTF-16 ("Unicode Text" in Word, Excel and Notepad), with or without a
/// byte-order mark. Without one it is told by its zero bytes: every letter of ASCII and most
/// Vietnamese letters with one mark (`à`, `ê`, `ô`) have a zero high byte, which UTF-16LE puts
/// after each letter and UTF-16BE before it, where text in UTF-8 or a legacy encoding has none.
public enum UTF16Text {
    /// The order of a code unit's two bytes.
    public enum ByteOrder: Sendable, Equatable {
        case littleEndian
        case bigEndian

        /// How messages name it: "UTF-16LE".
        public var displayName: String { self == .littleEndian ? "UTF-16LE" : "UTF-16BE" }
    }

    /// The byte order of `bytes` when they are UTF-16 text: by the byte-order mark, or else by
    /// where the zero bytes fall; nil for other text.
    public static func byteOrder<Bytes: Collection>(of bytes: Bytes) -> ByteOrder? where Bytes.Element == UInt8 {
        if let marked = markedOrder(of: bytes) { return marked }
        guard bytes.count >= 2, bytes.count % 2 == 0, bytes.contains(0) else { return nil }
        var zeros = (even: 0, odd: 0)
        for (index, byte) in bytes.prefix(sampleBytes).enumerated() where byte == 0 {
            if index % 2 == 0 { zeros.even += 1 } else { zeros.odd += 1 }
        }
        let units = min(bytes.count, sampleBytes) / 2
        let order: ByteOrder
        if zeros.odd * 4 >= units && zeros.even * 16 <= zeros.odd {
            order = .littleEndian
        } else if zeros.even * 4 >= units && zeros.odd * 16 <= zeros.even {
            order = .bigEndian
        } else {
            return nil
        }
        return decode(bytes, order) == nil ? nil : order
    }

    /// The byte order of `bytes` when they begin with a UTF-16 byte-order mark (Notepad's
    /// "Unicode", Excel's "Unicode Text"): such a file is read as it is. Nil without one: the
    /// zero bytes alone may be a damaged file, which is not read as text.
    static func markedOrder<Bytes: Collection>(of bytes: Bytes) -> ByteOrder? where Bytes.Element == UInt8 {
        if bytes.starts(with: [0xFF, 0xFE]) { return .littleEndian }
        if bytes.starts(with: [0xFE, 0xFF]) { return .bigEndian }
        return nil
    }

    /// The text of UTF-16 bytes in `order`, its byte-order mark dropped; nil when they are not
    /// valid UTF-16 (an odd byte count, a lone surrogate).
    public static func decode<Bytes: Collection>(_ bytes: Bytes, _ order: ByteOrder) -> String? where Bytes.Element == UInt8 {
        guard bytes.count % 2 == 0 else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var iterator = bytes.makeIterator()
        while let first = iterator.next(), let second = iterator.next() {
            units.append(order == .littleEndian ? UInt16(second) << 8 | UInt16(first) : UInt16(first) << 8 | UInt16(second))
        }
        if units.first == 0xFEFF { units.removeFirst() }
        return String(validating: units, as: UTF16.self)
    }

    /// The 1-based line of UTF-16 bytes in `order` holding the first code unit that is no
    /// text (a lone surrogate), or the last line when the bytes stop within a code unit (a copy
    /// cut short); nil when all of them are text.
    static func firstDamagedLine<Bytes: Collection>(_ bytes: Bytes, _ order: ByteOrder) -> Int? where Bytes.Element == UInt8 {
        var line = 1
        var iterator = bytes.makeIterator()
        var pendingHigh = false
        while let first = iterator.next() {
            guard let second = iterator.next() else { return line }
            let unit = order == .littleEndian ? UInt16(second) << 8 | UInt16(first) : UInt16(first) << 8 | UInt16(second)
            let isLow = (0xDC00...0xDFFF).contains(unit)
            if pendingHigh != isLow { return line }
            pendingHigh = (0xD800...0xDBFF).contains(unit)
            if unit == 0x0A { line += 1 }
        }
        return pendingHigh ? line : nil
    }

    /// How many bytes the zero bytes are counted in: enough to tell, few enough to be quick.
    private static let sampleBytes = 64 * 1024
}
