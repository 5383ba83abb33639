extension WordEmptyParagraphs {
    /// Whether `bytes` may hold a line of only no-break spaces, spaces and tabs: false, found
    /// with `memchr`, when they hold no no-break space, as most bodies; else whether a line
    /// holding one holds only these, each such line looked at from its no-break space (a
    /// no-break space among words, "5 000 đồng", costs a look at the bytes around it). The
    /// no-break spaces of a run already looked at are passed over: a line of thousands of them
    /// before a word costs one look, not one per no-break space.
    static func mayHoldEmptyLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var found = false, lookedAt = 0
        ByteSearch.each(0xC2, in: bytes) { offset in
            guard offset >= lookedAt, offset + 1 < bytes.count, bytes[offset + 1] == 0xA0 else { return true }
            var before = offset, after = offset + 2
            while before > 0 {
                if bytes[before - 1] == UInt8(ascii: " ") || bytes[before - 1] == UInt8(ascii: "\t") {
                    before -= 1
                } else if before >= 2, bytes[before - 1] == 0xA0, bytes[before - 2] == 0xC2 {
                    before -= 2
                } else {
                    break
                }
            }
            while after < bytes.count {
                if bytes[after] == UInt8(ascii: " ") || bytes[after] == UInt8(ascii: "\t") {
                    after += 1
                } else if after + 1 < bytes.count, bytes[after] == 0xC2, bytes[after + 1] == 0xA0 {
                    after += 2
                } else {
                    break
                }
            }
            lookedAt = after
            found = (before == 0 || isLineEnd(bytes[before - 1])) && (after == bytes.count || isLineEnd(bytes[after]))
            return !found
        }
        return found
    }

    /// Whether `byte` ends a line, as libcmark ends one ("\n", "\r").
    private static func isLineEnd(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") }

    /// The lines of `bytes` holding only no-break spaces, spaces and tabs, one no-break space at
    /// least: each with its number (from 1, line ends counted as libcmark counts them: "\r\n",
    /// "\n", "\r") and the range of its bytes, its line end left out.
    static func emptyLines(_ bytes: UnsafeBufferPointer<UInt8>) -> [(number: Int, bytes: Range<Int>)] {
        var found: [(number: Int, bytes: Range<Int>)] = []
        var number = 1, start = 0, index = 0, blank = true, noBreak = false
        while index <= bytes.count {
            let byte = index < bytes.count ? bytes[index] : UInt8(ascii: "\n")
            if isLineEnd(byte) {
                if blank && noBreak { found.append((number, start..<index)) }
                if byte == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                index += 1
                number += 1
                start = index
                blank = true
                noBreak = false
            } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0, blank {
                noBreak = true
                index += 2
            } else if (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")) && blank {
                index += 1
            } else {
                blank = false
                index += 1
            }
        }
        return found
    }
}
