import Foundation

/// A UTF-8 file cut short in the middle of a letter: a copy to a USB stick pulled out too soon,
/// a transfer that stopped. Every byte before the cut is UTF-8, and the last letter lacks its
/// last bytes. Told as a file of a legacy encoding, the clerk was sent to convert with Unikey a
/// file that is Unicode already, and would have garbled it; it is told as cut short.
enum CutShortUTF8 {
    /// True when `bytes` are UTF-8 but for a letter begun in their last three bytes and not ended,
    /// and hold a letter of UTF-8 before it (without one, the bytes may be a legacy encoding's
    /// ASCII text ending with one letter beyond ASCII).
    static func isCutShort(_ bytes: Data.SubSequence) -> Bool {
        guard let lead = bytes.suffix(3).lastIndex(where: { $0 >= 0xC0 }) else { return false }
        let length = bytes[lead] >= 0xF0 ? 4 : bytes[lead] >= 0xE0 ? 3 : 2
        guard bytes.endIndex - lead < length, bytes[bytes.index(after: lead)...].allSatisfy({ $0 & 0xC0 == 0x80 }) else {
            return false
        }
        let before = bytes[..<lead]
        return before.contains(where: { $0 >= 0x80 }) && String(validating: before, as: UTF8.self) != nil
    }

    /// The error, at the file's last line.
    static func diagnostic(_ relativePath: String, line: Int) -> Diagnostic {
        .error(at: SourceLocation(file: relativePath, line: line),
               "tệp bị cắt cụt giữa chừng: chữ cuối cùng ở dòng \(line) bị mất nửa sau, có lẽ việc chép tệp bị ngắt (rút USB sớm, mạng ngắt); "
               + "hãy chép lại tệp từ máy gốc, hoặc mở tệp, gõ lại phần cuối rồi lưu với bảng mã UTF-8 "
               + "/ the file is cut short in the middle of its last letter (an interrupted copy): copy it again")
    }
}
