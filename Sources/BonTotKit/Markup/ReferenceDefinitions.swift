import Foundation

/// Reference links' definitions (`[ref]: http://…`), which apply anywhere in a body: a body
/// that may hold one is read whole, for its search text and for its tables' cells.
enum ReferenceDefinitions {
    /// Whether the text holds `]:`, as a reference link's definition does: each `:` found with
    /// `memchr` (a whole minutes' body is scanned for every search entry), the byte before it looked at.
    static func mayBeIn(_ markdown: String) -> Bool {
        var text = markdown
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            var start = 0
            while start < bytes.count, let found = memchr(base + start, Int32(UInt8(ascii: ":")), bytes.count - start) {
                let colon = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if colon > 0, bytes[colon - 1] == UInt8(ascii: "]") { return true }
                start = colon + 1
            }
            return false
        }
    }
}
