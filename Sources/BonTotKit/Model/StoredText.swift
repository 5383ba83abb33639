import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A text kept where it was stored, made into a `String` only when read: the UTF-8 bytes of a
/// minutes' body in the decode cache (whose file is mapped into memory), or the end of the
/// minutes' own file, which the body is, byte for byte, when the file is read as it is. A
/// rebuild loads every minutes of the site but reads the bodies of the few whose pages it
/// renders again.
///
/// The bytes were a valid `String` when they were stored; should a damaged cache hold invalid
/// UTF-8, reading repairs it (U+FFFD) rather than failing.
final class StoredText: Sendable {
    private enum Place {
        /// The bytes themselves.
        case bytes(Data)
        /// The last `count` bytes of the file at `path` (absolute).
        case fileTail(path: String, count: Int)
    }

    private let place: Place

    init(bytes: Data) {
        place = .bytes(bytes)
    }

    /// The text that is the last `count` bytes of the file at `path` (absolute). The decode
    /// cache hands it out only for a file whose size and times are those it had when decoded.
    init(tailOf path: String, count: Int) {
        place = .fileTail(path: path, count: count)
    }

    /// The text, decoded anew on each read (bodies are read rarely, and never kept twice). A file
    /// that has become shorter than the text, or unreadable, since the build began gives what is
    /// left of it: the next build, which finds the file changed, decodes it again.
    var text: String {
        switch place {
        case .bytes(let bytes):
            bytes.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
        case .fileTail(let path, let count):
            Self.readTail(of: path, count: count)
        }
    }

    /// The byte count of a text kept at the end of its file, written in its place
    /// (`writeFileTail`); nil for a text kept as bytes.
    var fileTailCount: Int? {
        if case .fileTail(_, let count) = place { count } else { nil }
    }

    /// Appends the text as `Minutes.write(to:)` keeps a body: its bytes apart, or where it lies.
    func write(to writer: inout ByteWriter) {
        switch place {
        case .bytes(let bytes):
            writer.writeByte(StoredTextTag.bytes)
            bytes.withUnsafeBytes { writer.writeApart($0) }
        case .fileTail(_, let count):
            Self.writeFileTail(count: count, to: &writer)
        }
    }

    /// Appends a text that is the last `count` bytes of its file.
    static func writeFileTail(count: Int, to writer: inout ByteWriter) {
        writer.writeByte(StoredTextTag.fileTail)
        writer.writeVarint(UInt64(count))
    }

    private static func readTail(of path: String, count: Int) -> String {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return "" }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return "" }
        let size = Int(info.st_size)
        let length = min(count, size)
        guard length > 0 else { return "" }
        var bytes = [UInt8](repeating: 0, count: length)
        var done = 0
        while done < length {
            let read = bytes.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress! + done, length - done, off_t(size - length + done))
            }
            if read < 0 && errno == EINTR { continue }
            guard read > 0 else { break }
            done += read
        }
        return String(decoding: bytes[..<done], as: UTF8.self)
    }
}

/// How a stored text is kept in the decode cache: the byte before it.
enum StoredTextTag {
    static let bytes: UInt8 = 0
    static let fileTail: UInt8 = 1
}
