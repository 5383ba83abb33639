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
        /// The last `count` bytes of a file, while it has its `stamp`.
        case fileTail(FileTail)
    }

    /// Where a text kept at the end of its file lies, and the file as it was decoded.
    struct FileTail: Sendable {
        /// The site's folder (absolute) and the file's path inside it.
        var root: String
        var file: String
        var count: Int
        /// The file's stamp when its front matter was decoded: a file read with another is
        /// no longer that file.
        var stamp: FileStamp
        /// Where a file found changed is noted.
        var changes: ChangedSourceFiles
    }

    private let place: Place

    init(bytes: Data) {
        place = .bytes(bytes)
    }

    /// The text that is the last bytes of a file (`tail`). The decode cache hands it out only
    /// for a file whose size and times are those it had when decoded (`tail.stamp`).
    init(tail: FileTail) {
        place = .fileTail(tail)
    }

    /// The text, decoded anew on each read (bodies are read rarely, and never kept twice). A file
    /// whose stamp is no longer the one it was decoded with (saved again, shortened, removed,
    /// unreadable since the build began) gives an empty text and is noted in `tail.changes`: the
    /// build fails, and the next one, which finds the file changed, decodes it again.
    var text: String {
        switch place {
        case .bytes(let bytes):
            bytes.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
        case .fileTail(let tail):
            Self.read(tail) ?? {
                tail.changes.record(tail.file)
                return ""
            }()
        }
    }

    /// The byte count of a text kept at the end of its file, written in its place
    /// (`writeFileTail`); nil for a text kept as bytes.
    var fileTailCount: Int? {
        if case .fileTail(let tail) = place { tail.count } else { nil }
    }

    /// Appends the text as `Minutes.write(to:)` keeps a body: its bytes apart, or where it lies.
    func write(to writer: inout ByteWriter) {
        switch place {
        case .bytes(let bytes):
            writer.writeByte(StoredTextTag.bytes)
            bytes.withUnsafeBytes { writer.writeApart($0) }
        case .fileTail(let tail):
            Self.writeFileTail(count: tail.count, to: &writer)
        }
    }

    /// Appends a text that is the last `count` bytes of its file.
    static func writeFileTail(count: Int, to writer: inout ByteWriter) {
        writer.writeByte(StoredTextTag.fileTail)
        writer.writeVarint(UInt64(count))
    }

    /// The tail's text, or nil when its file is not the one decoded any more. The stamp is that
    /// of the file opened, before and after reading, so the bytes are those of the file decoded.
    private static func read(_ tail: FileTail) -> String? {
        let descriptor = open(tail.root + "/" + tail.file, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, FileStamp(info) == tail.stamp else { return nil }
        let size = Int(info.st_size)
        let length = min(tail.count, size)
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
        // A save while the bytes were read (a file written over in place) moves its times.
        guard done == length, fstat(descriptor, &info) == 0, FileStamp(info) == tail.stamp else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// How a stored text is kept in the decode cache: the byte before it.
enum StoredTextTag {
    static let bytes: UInt8 = 0
    static let fileTail: UInt8 = 1
}
