import Foundation

/// The bodies holding Word's empty paragraphs read lately, each with its copy blanked
/// (`WordEmptyParagraphs`): a body is read for its checks, its page, its search entry and a
/// bulletin's media, and each reading blanked it anew (a pass over its bytes and a parse).
/// Looked up by the body's bytes, never by Swift's string equality, which takes a word
/// typed with its marks apart ("ệ" as "ê" and a dot below) for the same. Forgets all once
/// it holds `limit` bodies, so a preview server's edits do not pile up.
final class BlankedBodies: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [UInt64: (body: String, blanked: String)] = [:]
    private let limit: Int

    init(limit: Int = 128) {
        self.limit = limit
    }

    /// `body` blanked by `blank`, or the copy made for the same bytes before.
    func blanked(_ body: String, _ blank: (String) -> String) -> String {
        let key = StableHasher.hash(body)
        if let known = lock.withLock({ stored[key] }), Self.sameBytes(known.body, body) { return known.blanked }
        let made = blank(body)
        lock.withLock {
            if stored.count >= limit { stored.removeAll(keepingCapacity: true) }
            stored[key] = (body, made)
        }
        return made
    }

    /// Whether `first` and `second` are the same UTF-8 bytes.
    private static func sameBytes(_ first: String, _ second: String) -> Bool {
        var first = first, second = second
        return first.withUTF8 { one in
            second.withUTF8 { other in
                guard one.count == other.count else { return false }
                guard let start = one.baseAddress, let otherStart = other.baseAddress else { return true }
                return memcmp(start, otherStart, one.count) == 0
            }
        }
    }
}
