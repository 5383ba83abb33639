/// A 64-bit hash of bytes that is the same in every process and on every run (Swift's own
/// `Hasher` is seeded anew per process), for recognising unchanged inputs and outputs between
/// builds. Not for security: it only has to notice edits.
public struct StableHasher: Sendable {
    private var state: UInt64
    private var length: UInt64 = 0

    public init(seed: UInt64 = 0x9E37_79B9_7F4A_7C15) {
        state = seed
    }

    /// Feeds raw bytes.
    public mutating func combine(_ bytes: UnsafeRawBufferPointer) {
        length &+= UInt64(bytes.count)
        var index = 0
        let count = bytes.count
        while index + 8 <= count {
            mix(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        if index < count {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while index < count {
                tail |= UInt64(bytes[index]) << shift
                shift += 8
                index += 1
            }
            mix(tail ^ 0xFF)
        }
    }

    public mutating func combine(_ text: String) {
        // In place when the text is stored as UTF-8 (nearly always), without copying it.
        if text.utf8.withContiguousStorageIfAvailable({ combine(UnsafeRawBufferPointer($0)) }) == nil {
            var text = text
            text.withUTF8 { combine(UnsafeRawBufferPointer($0)) }
        }
        mix(0x5354_5249_4E47)
    }

    public mutating func combine(_ number: UInt64) {
        mix(number)
        length &+= 8
    }

    public mutating func combine(_ number: Int) { combine(UInt64(bitPattern: Int64(number))) }

    private mutating func mix(_ word: UInt64) {
        state = ((state ^ (word &* 0x87C3_7B91_1142_53D5)) << 31 | (state ^ (word &* 0x87C3_7B91_1142_53D5)) >> 33)
            &* 0x4CF5_AD43_2745_937F &+ 0x52DC_E729
    }

    /// The hash of everything fed so far.
    public func finalize() -> UInt64 {
        var hash = state ^ length
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash &*= 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return hash
    }

    /// The hash of one run of bytes.
    public static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(bytes)
        return hasher.finalize()
    }

    /// The hash of a text's UTF-8 bytes.
    public static func hash(_ text: String) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(text)
        return hasher.finalize()
    }
}
