extension WordEmptyParagraphs {
    /// Whether `bytes` may hold a line of only no-break spaces, spaces and tabs (after the `>`
    /// of a quote, maybe): false, found with `memchr`, when they hold no no-break space, as most
    /// bodies; else whether a line holding one holds only these, each such line looked at from
    /// its no-break space (a no-break space among words, "5 000 đồng", costs a look at the bytes
    /// around it). The no-break spaces of a run already looked at are passed over: a line of
    /// thousands of them before a word costs one look, not one per no-break space.
    static func mayHoldEmptyLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var found = false, lookedAt = 0
        ByteSearch.each(0xC2, in: bytes) { offset in
            guard offset >= lookedAt, offset + 1 < bytes.count, bytes[offset + 1] == 0xA0 else { return true }
            var before = offset, after = offset + 2
            while before > 0 {
                if bytes[before - 1] == UInt8(ascii: " ") || bytes[before - 1] == UInt8(ascii: "\t")
                    || bytes[before - 1] == UInt8(ascii: ">") {
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
    /// least, after the `>` that open their quotes (up to three spaces before each, "> \u{00A0}",
    /// "> > \u{00A0}"): each with its number (from 1, line ends counted as libcmark counts them:
    /// "\r\n", "\n", "\r"), the range of its bytes after those `>` (its line end left out), and
    /// whether it is `quoted`, with a `>`.
    static func emptyLines(_ bytes: UnsafeBufferPointer<UInt8>) -> [(number: Int, bytes: Range<Int>, quoted: Bool)] {
        var found: [(number: Int, bytes: Range<Int>, quoted: Bool)] = []
        var number = 1, start = 0
        while true {
            var end = start
            while end < bytes.count, !isLineEnd(bytes[end]) { end += 1 }
            let content = afterQuoteMarks(bytes, start..<end)
            if holdsOnlyNoBreakSpaces(bytes, content..<end) { found.append((number, content..<end, content > start)) }
            guard end < bytes.count else { return found }
            start = end + (bytes[end] == UInt8(ascii: "\r") && end + 1 < bytes.count && bytes[end + 1] == UInt8(ascii: "\n") ? 2 : 1)
            number += 1
        }
    }

    /// Where the line `line` of `bytes` goes on after the `>` that open its quotes, each after
    /// up to three spaces (the space after a `>` among them); its start when it opens none.
    private static func afterQuoteMarks(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Int {
        var content = line.lowerBound
        while true {
            var index = content, spaces = 0
            while index < line.upperBound, spaces < 3, bytes[index] == UInt8(ascii: " ") {
                index += 1
                spaces += 1
            }
            guard index < line.upperBound, bytes[index] == UInt8(ascii: ">") else { return content }
            content = index + 1
        }
    }

    /// Whether `range` of `bytes` holds only no-break spaces, spaces and tabs, one no-break
    /// space at least.
    private static func holdsOnlyNoBreakSpaces(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound, noBreak = false
        while index < range.upperBound {
            if bytes[index] == 0xC2, index + 1 < range.upperBound, bytes[index + 1] == 0xA0 {
                noBreak = true
                index += 2
            } else if bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") {
                index += 1
            } else {
                return false
            }
        }
        return noBreak
    }
}
