import Foundation
#if canImport(CZlib)
import CZlib
#elseif canImport(zlib)
import zlib
#endif

/// Whether a zip's directory and entries lie inside its bytes, checked before ZIPFoundation
/// opens it. ZIPFoundation trusts what a damaged zip says (weichsel/ZIPFoundation#394): an entry
/// placed past the end of a zip held in memory stops the program, and a compressed entry whose
/// stream runs on to the end of the file without ending is read for ever (its reader takes the
/// end of the file for an empty chunk and asks again). A zip either fault shows (a file cut
/// short, overwritten or made by a faulty program) is refused as damaged instead.
enum ZipIntegrity {
    /// True when every entry `data`'s directory lists lies inside it, and every compressed one
    /// ends before the end of the file (or is refused by zlib as not compressed data).
    static func isSound(_ data: Data) -> Bool {
        let bytes = [UInt8](data)
        guard let directory = centralDirectory(bytes) else { return false }
        var position = directory.offset
        // Each record is at least 46 bytes: a count past what the bytes can hold is a lie.
        guard directory.entries <= UInt64(bytes.count / 46) else { return false }
        for _ in 0..<directory.entries {
            guard let entry = entry(bytes, at: position), entry.dataEnd <= UInt64(bytes.count) else { return false }
            // ZIPFoundation inflates every entry not stored as it is, whatever method it names.
            if entry.method != 0, !deflateEnds(bytes, from: Int(entry.dataStart)) { return false }
            position = entry.next
        }
        return true
    }

    /// A record of the central directory, and where its entry's data lies.
    private struct Entry {
        var method: UInt16
        var dataStart: UInt64
        /// Where the data ends as ZIPFoundation reads it: by the compressed size, or the size
        /// itself for an entry stored as it is.
        var dataEnd: UInt64
        /// The next record of the central directory.
        var next: UInt64
    }

    private static func centralDirectory(_ bytes: [UInt8]) -> (offset: UInt64, entries: UInt64)? {
        let count = bytes.count
        guard count >= 22 else { return nil }
        // The end record, searched from the end as ZIPFoundation searches it (a comment may follow it).
        guard let end = stride(from: count - 22, through: max(0, count - 22 - 0xFFFF), by: -1)
            .first(where: { read32(bytes, $0) == 0x0605_4B50 }) else { return nil }
        var entries = UInt64(read16(bytes, end + 10)), size = UInt64(read32(bytes, end + 12)), offset = UInt64(read32(bytes, end + 16))
        // A ZIP64 end record, named by the locator just before the end record.
        if end >= 20, read32(bytes, end - 20) == 0x0706_4B50 {
            let record = read64(bytes, end - 12)
            guard record <= UInt64(count - 56), read32(bytes, Int(record)) == 0x0606_4B50 else { return nil }
            entries = read64(bytes, Int(record) + 32)
            size = read64(bytes, Int(record) + 40)
            offset = read64(bytes, Int(record) + 48)
        }
        guard offset <= UInt64(count), size <= UInt64(count) - offset else { return nil }
        return (offset, entries)
    }

    private static func entry(_ bytes: [UInt8], at position: UInt64) -> Entry? {
        let count = UInt64(bytes.count)
        guard position <= count, count - position >= 46 else { return nil }
        let at = Int(position)
        guard read32(bytes, at) == 0x0201_4B50 else { return nil }
        let nameLength = UInt64(read16(bytes, at + 28)), extraLength = UInt64(read16(bytes, at + 30))
        let commentLength = UInt64(read16(bytes, at + 32))
        let next = position + 46 + nameLength + extraLength + commentLength
        guard next <= count else { return nil }
        var uncompressed = UInt64(read32(bytes, at + 24)), compressed = UInt64(read32(bytes, at + 20))
        var local = UInt64(read32(bytes, at + 42))
        // ZIP64: the sizes and offset that do not fit in 32 bits are in an extra field, in this order.
        var extra = at + 46 + Int(nameLength)
        let extraEnd = extra + Int(extraLength)
        while extra + 4 <= extraEnd {
            let id = read16(bytes, extra), length = Int(read16(bytes, extra + 2))
            if id == 1 {
                var field = extra + 4
                if uncompressed == 0xFFFF_FFFF, field + 8 <= extraEnd { uncompressed = read64(bytes, field); field += 8 }
                if compressed == 0xFFFF_FFFF, field + 8 <= extraEnd { compressed = read64(bytes, field); field += 8 }
                if local == 0xFFFF_FFFF, field + 8 <= extraEnd { local = read64(bytes, field) }
            }
            extra += 4 + length
        }
        guard local <= count, count - local >= 30, read32(bytes, Int(local)) == 0x0403_4B50 else { return nil }
        let start = local + 30 + UInt64(read16(bytes, Int(local) + 26)) + UInt64(read16(bytes, Int(local) + 28))
        let method = read16(bytes, at + 10)
        let size = method == 0 ? uncompressed : compressed
        guard start <= count, size <= count - start else { return nil }
        return Entry(method: method, dataStart: start, dataEnd: start + size, next: next)
    }

    /// Whether the deflate stream at `start` ends, or is refused by zlib, before the bytes run
    /// out: all ZIPFoundation's reader of it would read. What it inflates is counted, not kept;
    /// past a part's largest size the reader stops anyway.
    private static func deflateEnds(_ bytes: [UInt8], from start: Int) -> Bool {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return false }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: 1 << 16)
        var produced: UInt64 = 0
        return bytes.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + start)
            stream.avail_in = UInt32(min(input.count - start, Int(UInt32.max)))
            while true {
                let result = output.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(buffer.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                produced += UInt64(output.count) - UInt64(stream.avail_out)
                switch result {
                case Z_STREAM_END: return true
                case Z_OK where produced <= OfficePackage.maximumPartSize: continue
                case Z_OK: return true
                case Z_BUF_ERROR: return stream.avail_in != 0
                default: return true
                }
            }
        }
    }

    private static func read16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    private static func read32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(read16(bytes, at)) | UInt32(read16(bytes, at + 2)) << 16
    }

    private static func read64(_ bytes: [UInt8], _ at: Int) -> UInt64 {
        UInt64(read32(bytes, at)) | UInt64(read32(bytes, at + 4)) << 32
    }
}
