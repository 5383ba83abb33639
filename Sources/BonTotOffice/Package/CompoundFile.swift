import Foundation

/// An Office file in the older "compound file" container rather than a zip: a Word or Excel
/// 97–2003 document given a new extension (an .xls saved over as "2024.xlsx", a .doc renamed
/// .docx), or a workbook or document Office encrypted with a password to open, which Office
/// saves in that container too. Told by the container's signature and the names of the
/// streams it holds, so the clerk is told which of these the file is and what to do.
public enum CompoundFile: Sendable, Equatable {
    /// A workbook or document encrypted with a password to open: an .xlsx/.docx in its
    /// `EncryptedPackage`, or an .xls/.doc encrypted in its own format (`LegacyEncryption`).
    case encrypted
    /// A Word 97–2003 document (`WordDocument`).
    case word97
    /// An Excel 97–2003 workbook (`Workbook`).
    case excel97
    /// Another compound file (a PowerPoint 97 deck, an old Works file).
    case other

    /// The signature every compound file starts with.
    private static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// What `data` is, nil when it is not a compound file. The first of these streams, in this
    /// order, that the root storage holds tells the kind (`CompoundDirectory`): not one of an
    /// embedded object, as a Word document in a workbook. When the directory cannot be read, the
    /// whole file is searched for the names, stored in UTF-16LE, and the one written first tells
    /// it: the directory lists the file's own streams before an embedded object's.
    public static func kind(of data: Data) -> CompoundFile? {
        guard data.count >= signature.count, data.prefix(signature.count).elementsEqual(signature) else { return nil }
        let bytes = [UInt8](data)
        let streams = [("EncryptedPackage", CompoundFile.encrypted), ("WordDocument", .word97), ("Workbook", .excel97)]
        if let root = CompoundDirectory.root(bytes) {
            guard let (name, kind) = streams.first(where: { root.streams[$0.0] != nil }) else { return .other }
            let start = root.streams[name].flatMap { CompoundDirectory.firstBytes(of: $0, in: root, bytes: bytes) }
            return LegacyEncryption.isEncrypted(kind, streamStart: start) ? .encrypted : kind
        }
        let found = streams.compactMap { stream, kind in
            offset(of: Array(stream.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }), in: bytes).map { ($0, kind) }
        }
        return found.min { $0.0 < $1.0 }?.1 ?? .other
    }

    /// Where `needle` first stands in `bytes`, nil when it does not.
    private static func offset(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var index = 0
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == first, bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// What the clerk reads: what the file is and how to make it one bontot reads.
    public var advice: String {
        switch self {
        case .encrypted:
            "tệp được đặt mật khẩu để mở (đã mã hoá), bontot không đọc được; hãy mở bằng Excel/Word, xoá mật khẩu "
                + "(Tệp → Thông tin → Bảo vệ → Mã hoá bằng mật khẩu) rồi lưu lại / the file is encrypted with a password to open: "
                + "remove the password in Excel/Word and save it again"
        case .word97:
            "tệp thực ra là tài liệu Word 97–2003 (.doc) mang đuôi khác; hãy đổi đuôi tên tệp thành .doc (bontot tự chuyển "
                + "khi máy có LibreOffice) hoặc mở bằng Word và lưu lại dạng \"Word Document (.docx)\" / a Word 97-2003 document "
                + "under another extension: rename it .doc, or save it as .docx"
        case .excel97:
            "tệp thực ra là bảng tính Excel 97–2003 (.xls) mang đuôi khác; hãy đổi đuôi tên tệp thành .xls (bontot tự chuyển "
                + "khi máy có LibreOffice) hoặc mở bằng Excel và lưu lại dạng \"Excel Workbook (.xlsx)\" / an Excel 97-2003 "
                + "workbook under another extension: rename it .xls, or save it as .xlsx"
        case .other:
            "tệp là tài liệu Office 97–2003, không phải .xlsx/.docx; hãy mở và lưu lại dạng .xlsx/.docx bằng Excel/Word "
                + "/ an Office 97-2003 file, not .xlsx/.docx: save it as .xlsx/.docx"
        }
    }
}
