import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Lines ended by a carriage return alone, as a file saved on an old Mac has them (Mac OS 9,
/// and the "Text (Macintosh)" and "CSV (Macintosh)" formats Word and Excel still offer), or a
/// line pasted from one into a file with other line ends. YAML and Markdown take such a return
/// for a line end; the front matter's fences and the line numbers of messages did not, and the
/// whole minutes read as one line: "missing front matter". Each lone return is made a line feed
/// as the file is decoded, so every reader sees the lines the clerk sees.
enum OldMacLineEnds {
    /// `bytes` with every carriage return that no line feed follows turned into a line feed: as
    /// many bytes, so lines and offsets stay where they were; `bytes` itself when it has none
    /// (a Windows file's `\r\n` is left as it is).
    static func asLineFeeds(_ bytes: Data.SubSequence) -> Data.SubSequence {
        guard let first = firstLoneReturn(in: bytes) else { return bytes }
        var copy = Data(bytes)
        var index = first - bytes.startIndex
        while index < copy.count {
            if copy[index] == 0x0D && (index + 1 == copy.count || copy[index + 1] != 0x0A) {
                copy[index] = 0x0A
            }
            index += 1
        }
        return copy[...]
    }

    /// The index of the first carriage return that no line feed follows; carriage returns are
    /// looked for with `memchr`, most files having none.
    private static func firstLoneReturn(in bytes: Data.SubSequence) -> Data.Index? {
        bytes.withUnsafeBytes { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count, let found = memchr(base + offset, 0x0D, buffer.count - offset) {
                let at = base.distance(to: UnsafeRawPointer(found))
                if at + 1 == buffer.count || buffer[at + 1] != 0x0A { return at }
                offset = at + 2
            }
            return nil
        }.map { bytes.startIndex + $0 }
    }
}
