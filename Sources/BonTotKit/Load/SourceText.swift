import BonTotOffice
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The text of one input file, decoded as UTF-8 (a leading byte-order mark removed), with its
/// path relative to the site so diagnostics can name it.
public struct SourceText: Sendable {
    public var path: String
    public var text: String
    /// A stable hash of the file's bytes, by which a later build recognises it unchanged.
    public var contentHash: UInt64
    /// The bytes of a binary input (an .xlsx workbook), whose `text` is empty.
    public var data: Data?
    /// The file's size and time when it was read.
    var stamp: FileStamp?
    /// What the previous build decoded from this file, when the file has not changed since: it
    /// was then not read (`text` is empty) and the decoder takes this instead.
    var unchanged: UnchangedFile?
    /// True when `text` is the file's bytes as they are (a leading byte-order mark aside), as
    /// `read(_:relativePath:)` makes it: the end of the text is then the end of the file.
    var isFileBytes = false
    /// True when the file began with a byte-order mark (UTF-8's, or UTF-16's: `utf16`), removed
    /// from `text`: a file of that mark alone has an empty `text` but is no file of 0 bytes
    /// (`emptyFileSize`).
    var hadByteOrderMark = false
    /// The byte order of a file saved as UTF-16 with a byte-order mark (Notepad's "Unicode",
    /// Excel's "Unicode Text"), whose `text` was decoded from it: no bytes of the file's then.
    var utf16: UTF16Text.ByteOrder?

    public init(path: String, text: String, contentHash: UInt64? = nil) {
        self.path = path
        self.text = text
        self.contentHash = contentHash ?? StableHasher.hash(text)
    }

    /// Inputs read as bytes, not text: Excel workbooks (an old `.xls` only to say it is one).
    static let binaryExtensions = OfficeFiles.workbookExtensions

    /// Reads a file; on failure returns a diagnostic that says what is wrong and how to fix it.
    /// A file over `ContentLimits.textFileBytes` is refused before it is read. The command the
    /// diagnostic suggests names the file from the top site, where the user runs `bontot`: the
    /// site lies in `siteFolder` (`../long-thanh/` for a district's unit, `""` for the top site).
    public static func read(_ url: URL, relativePath: String, siteFolder: String = "") -> Result<SourceText, Diagnostic> {
        let data: Data
        switch FileBytes.read(url.path, limit: ContentLimits.textFileBytes) {
        case .bytes(let bytes): data = bytes
        case .tooLarge(let size): return .failure(tooLarge(size, relativePath: relativePath))
        case .unreadable:
            return .failure(.error(at: SourceLocation(file: relativePath), "không đọc được tệp / cannot read the file"))
        }
        if binaryExtensions.contains(url.pathExtension.lowercased()) {
            var source = SourceText(path: relativePath, text: "", contentHash: data.withUnsafeBytes { StableHasher.hash($0) })
            source.data = data
            return .success(source)
        }
        return decode(data, relativePath: relativePath, siteFolder: siteFolder).map { source in
            var source = source
            source.isFileBytes = source.utf16 == nil
            return source
        }
    }

    /// Decodes bytes as UTF-8, naming the first line that is not UTF-8 when decoding fails (a
    /// file saved in a code page that lost letters as '?' is told so, `CodePageLostLetters`); lines
    /// ended by a carriage return alone (an old Mac's) are read as lines (`OldMacLineEnds`). Text
    /// in UTF-16 with a byte-order mark (Notepad's "Unicode", Excel's "Unicode Text") is read as
    /// it is, with the same lines (`utf16`); without one it is named as such (and never taken for
    /// a legacy encoding, nor, all ASCII, for UTF-8 with a zero byte after each letter). The
    /// `bontot convert` the error suggests names the file from the top site (`siteFolder`, as `read`).
    public static func decode(_ data: Data, relativePath: String, siteFolder: String = "") -> Result<SourceText, Diagnostic> {
        if data.count > ContentLimits.textFileBytes { return .failure(tooLarge(data.count, relativePath: relativePath)) }
        let isSpreadsheet = relativePath.lowercased().hasSuffix(".csv")
        let named = siteFolder + relativePath
        var bytes = data[...]
        let utf16 = UTF16Text.markedOrder(of: bytes)
        if let utf16 {
            guard let text = UTF16Text.decode(bytes, utf16) else {
                return .failure(damagedUTF16(bytes, utf16, relativePath: relativePath, spreadsheet: isSpreadsheet))
            }
            bytes = Data(text.utf8)[...]
        } else if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes = bytes.dropFirst(3)
        }
        if utf16 == nil, containsZeroByte(bytes), let order = UTF16Text.byteOrder(of: bytes) {
            return .failure(.error(
                at: SourceLocation(file: relativePath),
                "tệp được lưu dạng UTF-16 (\"Unicode Text\"), không phải UTF-8; "
                    + (isSpreadsheet ? "trong Excel hãy lưu lại bằng \"CSV UTF-8 (Comma delimited)\", hoặc " : "")
                    + "chạy 'bontot convert \(ShellLine.word(named))' để chuyển sang UTF-8 (tệp gốc giữ lại là \(named).orig)"
                    + " / the file is \(order.displayName), not UTF-8: run 'bontot convert \(ShellLine.word(named))'"))
        }
        bytes = OldMacLineEnds.asLineFeeds(bytes)
        if let text = String(validating: bytes, as: UTF8.self) {
            var source = SourceText(path: relativePath, text: text, contentHash: data.withUnsafeBytes { StableHasher.hash($0) })
            source.hadByteOrderMark = utf16 != nil || bytes.count < data.count
            source.utf16 = utf16
            return .success(source)
        }
        if CutShortUTF8.isCutShort(bytes) {
            return .failure(CutShortUTF8.diagnostic(relativePath, line: firstInvalidLine(bytes)))
        }
        // Letters lost as '?' by a code page no conversion brings back: the file is saved again.
        if let lost = CodePageLostLetters.error(bytes, path: relativePath, spreadsheet: isSpreadsheet) { return .failure(lost) }
        let resave = isSpreadsheet
            ? "trong Excel hãy lưu lại bằng \"CSV UTF-8 (Comma delimited)\""
            : "hãy chuyển sang Unicode dựng sẵn (UTF-8), ví dụ bằng Unikey: Công cụ chuyển mã, rồi lưu với bảng mã UTF-8"
        if let encoding = LegacyEncodingDetector.guess(bytes) {
            return .failure(.error(
                at: SourceLocation(file: relativePath, line: firstInvalidLine(bytes)),
                "tệp không phải UTF-8: có lẽ được gõ bằng bảng mã \(encoding.displayName); "
                    + "chạy 'bontot convert \(ShellLine.word(named))' để chuyển sang UTF-8 (tệp gốc giữ lại là \(named).orig), hoặc \(resave)"
                    + " / the file is not UTF-8 but likely \(encoding.displayName): run 'bontot convert \(ShellLine.word(named))'"))
        }
        return .failure(.error(
            at: SourceLocation(file: relativePath, line: firstInvalidLine(bytes)),
            "tệp không phải UTF-8: có lẽ được gõ bằng phông TCVN3 (ABC), VNI hoặc bảng mã Windows-1258; \(resave)"
                + " / the file is not UTF-8 (TCVN3/VNI or another legacy Vietnamese encoding?): convert it to Unicode UTF-8"))
    }

    /// The error for a file marked as UTF-16 whose bytes are not all UTF-16 text (a copy cut
    /// short in its last letter, a lone half of a pair), at the line of the damage.
    private static func damagedUTF16(_ bytes: Data.SubSequence, _ order: UTF16Text.ByteOrder, relativePath: String,
                                     spreadsheet: Bool) -> Diagnostic {
        .error(at: SourceLocation(file: relativePath, line: UTF16Text.firstDamagedLine(bytes, order) ?? 1),
               "tệp được lưu dạng UTF-16 (\"Unicode Text\") nhưng có đoạn hỏng ở dòng này (có thể do chép dở); hãy mở bằng "
               + (spreadsheet ? "Excel rồi lưu lại bằng \"CSV UTF-8 (Comma delimited)\"" : "Notepad rồi lưu lại với bảng mã UTF-8")
               + " / the file is \(order.displayName) but damaged here: resave it as UTF-8")
    }

    /// The error for a file over the size limit, with its size and the limit.
    private static func tooLarge(_ size: Int, relativePath: String) -> Diagnostic {
        let limit = ContentLimits.textFileBytes / (1024 * 1024)
        let megabytes = VietnameseFormat.number(Double(size) / Double(1024 * 1024), fractionDigits: 1)
        return .error(at: SourceLocation(file: relativePath),
                      "tệp nặng \(megabytes) MB, vượt giới hạn \(limit) MB của một tệp văn bản: có lẽ đã dán nhầm dữ liệu hoặc tệp nhị phân; "
                      + "hãy chia nhỏ hoặc bỏ phần thừa / the file is \(megabytes) MB, over the \(limit) MB limit for a text file")
    }

    /// True when `bytes` hold a zero byte, which no text in UTF-8 or a legacy encoding does.
    private static func containsZeroByte(_ bytes: Data.SubSequence) -> Bool {
        bytes.withUnsafeBytes { buffer in buffer.baseAddress.map { memchr($0, 0, buffer.count) != nil } ?? false }
    }

    /// The 1-based line holding the first byte sequence that is not UTF-8.
    private static func firstInvalidLine(_ bytes: Data.SubSequence) -> Int {
        var line = 1
        var lineStart = bytes.startIndex
        for index in bytes.indices where bytes[index] == 0x0A {
            if String(validating: bytes[lineStart..<index], as: UTF8.self) == nil { return line }
            line += 1
            lineStart = bytes.index(after: index)
        }
        return line
    }
}
