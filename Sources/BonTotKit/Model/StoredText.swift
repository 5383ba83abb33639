import Foundation

/// A text kept as the UTF-8 bytes it was stored as (a minutes' body in the decode cache, whose
/// file is mapped into memory), made into a `String` only when read. A rebuild loads every
/// minutes of the site but reads the bodies of the few whose pages it renders again.
///
/// The bytes were a valid `String` when they were stored; should a damaged cache hold invalid
/// UTF-8, reading repairs it (U+FFFD) rather than failing.
final class StoredText: Sendable {
    private let bytes: Data

    init(bytes: Data) {
        self.bytes = bytes
    }

    /// The text, decoded anew on each read (bodies are read rarely, and never kept twice).
    var text: String {
        bytes.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// Appends the bytes as `ByteWriter.writeApart` writes a text.
    func write(to writer: inout ByteWriter) {
        bytes.withUnsafeBytes { writer.writeApart($0) }
    }
}
