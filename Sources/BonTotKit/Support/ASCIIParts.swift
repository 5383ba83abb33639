/// The parts of a date, a time, a month or a path (`2024-09-05`, `19:30`), split at the bytes of
/// the text: splitting a `String` at a character walks its graphemes, which made reading the
/// dates, times and file names of every minutes a tenth of its decoding.
enum ASCIIParts {
    /// One part: where it starts in the text's UTF-8, its length in bytes (its length in
    /// characters when it is ASCII), and the whole number it writes.
    struct Part {
        var start: Int
        var length: Int
        /// The whole number its ASCII digits write; nil for a part that is not digits alone: a
        /// sign (`+7`, `-0`), a space or a byte outside ASCII makes no date, month or time.
        var number: Int?
    }

    /// The parts of `text` between its `separator` bytes, empty ones kept, as
    /// `split(separator:omittingEmptySubsequences: false)` gives them. A separator followed by a
    /// combining mark splits here and not there; the part it starts holds no number either way.
    static func split(_ text: String, at separator: Unicode.Scalar) -> [Part] {
        var text = text
        let wanted = UInt8(ascii: separator)
        return text.withUTF8 { bytes in
            var parts: [Part] = []
            var start = 0
            for offset in bytes.indices where bytes[offset] == wanted {
                parts.append(part(bytes[start..<offset]))
                start = offset + 1
            }
            parts.append(part(bytes[start...]))
            return parts
        }
    }

    private static func part(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Part {
        Part(start: bytes.startIndex, length: bytes.count, number: number(bytes))
    }

    /// The number that `bytes` write when they are one ASCII digit or more and nothing else (no
    /// sign: "+202" is no year, "19:-0" no time), in range.
    static func number(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard !bytes.isEmpty else { return nil }
        var value = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            let (tens, overflow) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowAgain) = tens.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            guard !overflow, !overflowAgain else { return nil }
            value = next
        }
        return value
    }
}
