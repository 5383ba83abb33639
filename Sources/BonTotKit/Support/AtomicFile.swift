import Foundation

/// Writes a cache file whole: beside its place first, then renamed over it, so a reader sees the
/// old file or the new one and never half of one.
enum AtomicFile {
    /// Writes `bytes` to `url` atomically, without copying them into a `Data` first (a manifest
    /// or a decode-cache shard is several megabytes).
    static func write(_ bytes: [UInt8], to url: URL) throws {
        try bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else {
                try Data().write(to: url, options: .atomic)
                return
            }
            let data = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count, deallocator: .none)
            try data.write(to: url, options: .atomic)
        }
    }
}
