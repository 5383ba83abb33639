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

    /// The offset in `text`'s UTF-8 of the first `needle`, nil when there is none.
    static func offset(of needle: String, in text: String) -> Int? {
        var text = text, needle = needle
        return text.withUTF8 { haystack in needle.withUTF8 { offset(of: $0, in: haystack) } }
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
