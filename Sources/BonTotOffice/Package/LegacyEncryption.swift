/// Whether an Excel or Word 97–2003 file is encrypted with a password to open, as those formats
/// encrypt: not in a container of their own (an .xlsx's `EncryptedPackage`) but inside the main
/// stream. A workbook's stream has a FILEPASS record right after its first BOF; a document's
/// File Information Block has its fEncrypted flag set. LibreOffice, asked to convert such a file
/// without its password, says only that it could not open it.
enum LegacyEncryption {
    /// True when `streamStart`, the first bytes of the main stream of a file of `kind`, says the
    /// file is encrypted; false when it does not, or is not known (nil).
    static func isEncrypted(_ kind: CompoundFile, streamStart: ArraySlice<UInt8>?) -> Bool {
        guard let bytes = streamStart else { return false }
        switch kind {
        case .excel97:
            return hasFilePass(bytes)
        case .word97:
            // The FIB: its signature 0xA5EC first, its flags at 0x0A, fEncrypted 0x0100 among them.
            guard CompoundDirectory.uint16(bytes, bytes.startIndex) == 0xA5EC,
                  let flags = CompoundDirectory.uint16(bytes, bytes.startIndex + 0x0A) else { return false }
            return flags & 0x0100 != 0
        case .encrypted, .other:
            return false
        }
    }

    /// A BIFF record is its type and length (16 bits each), then its data: the workbook's stream
    /// opens with BOF (0x0809), FILEPASS (0x002F) follows it; the first few records are read.
    private static func hasFilePass(_ bytes: ArraySlice<UInt8>) -> Bool {
        var at = bytes.startIndex
        guard CompoundDirectory.uint16(bytes, at) == 0x0809 else { return false }
        for _ in 0..<4 {
            guard let type = CompoundDirectory.uint16(bytes, at), let length = CompoundDirectory.uint16(bytes, at + 2) else { return false }
            if type == 0x002F { return true }
            at += 4 + Int(length)
        }
        return false
    }
}
