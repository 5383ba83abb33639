#if canImport(Glibc)
import Glibc
#endif

/// Finds bytes in bytes with the C library (`memchr` for the first byte, then `memcmp`): the
/// standard library's generic `firstRange(of:)` on a string's UTF-8 view is unspecialized and
/// took half of a clean build when run on every minutes body.
enum ByteSearch {
    /// The offset of the first `needle` in `haystack`; nil when there is none (or `needle` is empty).
    static func offset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first, let base = haystack.baseAddress, let wanted = needle.baseAddress,
              needle.count <= haystack.count else { return nil }
        var start = 0
        let last = haystack.count - needle.count
        while start <= last, let found = memchr(base + start, Int32(first), last - start + 1) {
            let offset = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            if memcmp(base + offset, wanted, needle.count) == 0 { return offset }
            start = offset + 1
        }
        return nil
    }

    /// Whether `bytes` hold `byte`, found with `memchr`: the question every body is asked, for
    /// its page, its search entry and its checks (a `|`, a tab), and most answer no.
    static func holds(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        return memchr(base, Int32(byte), bytes.count) != nil
    }

    /// Whether `text`'s UTF-8 holds `byte` (see `holds(_:in:)` on bytes).
    static func holds(_ byte: UInt8, in text: String) -> Bool {
        var text = text
        return text.withUTF8 { holds(byte, in: $0) }
    }

    /// The offsets in `bytes` of each `byte`, in order, found with `memchr`, until `visit`
    /// returns false.
    static func each(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ visit: (Int) -> Bool) {
        guard let base = bytes.baseAddress else { return }
        var start = 0
        while start < bytes.count, let found = memchr(base + start, Int32(byte), bytes.count - start) {
            let offset = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            guard visit(offset) else { return }
            start = offset + 1
        }
    }

    /// The offset in `text`'s UTF-8 of the first `needle`, nil when there is none.
    static func offset(of needle: String, in text: String) -> Int? {
        var text = text, needle = needle
        return text.withUTF8 { haystack in needle.withUTF8 { offset(of: $0, in: haystack) } }
    }

    /// Where the first `needle`, all ASCII, is in `text` at or after `start`, its letters in any
    /// case when `ignoringCase` (`</SCRIPT` for `</script`); nil when there is none. Read on the
    /// text's bytes: Foundation's `range(of:)` on the rest of a string (`text[start...]`) copies
    /// that rest first, which, for each comment of an HTML block holding thousands, took seconds.
    static func range(ofASCII needle: String, in text: String, from start: String.Index,
                      ignoringCase: Bool = false) -> Range<String.Index>? {
        assert(needle.utf8.allSatisfy { $0 < 0x80 }, "an ASCII needle ends on a character's first byte")
        let utf8 = text.utf8
        let from = utf8.distance(from: utf8.startIndex, to: start)
        var text = text, needle = ignoringCase ? needle.lowercased() : needle
        let found = text.withUTF8 { haystack in
            needle.withUTF8 { wanted -> Int? in
                guard let first = wanted.first, let base = haystack.baseAddress, from + wanted.count <= haystack.count else { return nil }
                let fold = { (byte: UInt8) in ignoringCase && 0x41...0x5A ~= byte ? byte | 0x20 : byte }
                // A first byte that is a letter, in any case, is looked for byte by byte; any other with `memchr`.
                let seeksFirst = !ignoringCase || !(0x61...0x7A ~= first)
                let last = haystack.count - wanted.count
                var position = from
                while position <= last {
                    if seeksFirst {
                        guard let next = memchr(base + position, Int32(first), last - position + 1) else { return nil }
                        position = UnsafeRawPointer(next) - UnsafeRawPointer(base)
                    }
                    // A plain loop: a closure per comparison is not inlined in debug builds.
                    var matched = 0
                    while matched < wanted.count, fold(haystack[position + matched]) == wanted[matched] { matched += 1 }
                    if matched == wanted.count { return position }
                    position += 1
                }
                return nil
            }
        }
        guard let found else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: found)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// How many times `needle` occurs in `text`'s UTF-8, one after another without overlapping;
    /// 0 for an empty needle.
    static func count(of needle: String, in text: String) -> Int {
        var text = text, needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { wanted in
                guard !wanted.isEmpty else { return 0 }
                var found = 0, start = 0
                while start < haystack.count,
                      let offset = offset(of: wanted, in: UnsafeBufferPointer(rebasing: haystack[start...])) {
                    found += 1
                    start += offset + wanted.count
                }
                return found
            }
        }
    }
}
