import BonTotOffice
import Foundation

/// `bontot convert FILE`: rewrites a text file typed in a legacy Vietnamese encoding
/// (Windows-1258, TCVN3, VNI) or saved as UTF-16 ("Unicode Text") as UTF-8, or the lines of a
/// UTF-8 file pasted from a document in a TCVN3 or VNI font, keeping the original beside it as `FILE.orig`.
public enum LegacyFileConversion {
    /// The encoding a file was converted from.
    public enum SourceEncoding: Sendable, Equatable {
        case legacy(LegacyEncoding)
        case utf16(UTF16Text.ByteOrder)
        /// UTF-8 holding lines typed in a legacy font and pasted as Unicode (`LegacyFontText`).
        case pastedFontText(LegacyEncoding)

        /// How messages name it: "TCVN3 (ABC)", "UTF-16LE".
        public var displayName: String {
            switch self {
            case .legacy(let encoding): encoding.displayName
            case .utf16(let order): order.displayName
            case .pastedFontText(let encoding): "chữ \(encoding.displayName) dán dưới dạng Unicode"
            }
        }
    }

    /// What a conversion did.
    public struct Outcome: Sendable, Equatable {
        /// The encoding the file was read in.
        public var encoding: SourceEncoding
        /// Where the original bytes now are.
        public var original: URL
        /// The warning that the file's letters were lost as '?' before it was converted
        /// (`lostLetters`): converting keeps the '?', and the file must be saved again.
        public var lostLetters: Diagnostic?
    }

    /// Converts the file at `url`, reading it in `encoding` or in the one its bytes suggest.
    /// UTF-16 is told first, by its byte-order mark or its zero bytes, and is never read as a
    /// legacy encoding (whose decoding would keep every zero byte). A file in UTF-8 has the lines
    /// typed in a legacy font and pasted as Unicode rewritten (`LegacyFontText`), and is otherwise
    /// left as it is. `path` is how messages name the file.
    public static func convert(_ url: URL, path: String, encoding: LegacyEncoding? = nil) -> Result<Outcome, Diagnostic> {
        let location = SourceLocation(file: path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(.error(at: location, "không đọc được tệp / cannot read the file"))
        }
        if let refusal = officeDocument(data, location: location) { return .failure(refusal) }
        let chosen: SourceEncoding
        let text: String
        if let order = UTF16Text.byteOrder(of: data) {
            if let encoding {
                return .failure(.error(at: location,
                    "tệp được lưu dạng UTF-16 (\"Unicode Text\"), không phải \(encoding.displayName); hãy chạy lại không có --from "
                    + "/ the file is \(order.displayName), not \(encoding.displayName): run again without --from"))
            }
            guard let decoded = UTF16Text.decode(data, order) else {
                return .failure(.error(at: location,
                    "tệp bắt đầu như UTF-16 nhưng có đoạn hỏng, không chuyển được; hãy mở bằng Word hoặc Notepad rồi lưu lại với bảng mã UTF-8 "
                    + "/ the file starts as UTF-16 but is damaged: resave it as UTF-8"))
            }
            (chosen, text) = (.utf16(order), decoded)
        } else {
            if encoding == nil, let utf8 = String(validating: data, as: UTF8.self) {
                let pasted = LegacyFontText.lines(in: utf8)
                guard let first = pasted.first else {
                    return .failure(.warning(at: location, "tệp đã là UTF-8, không cần chuyển / the file is UTF-8 already; nothing done"))
                }
                return write(LegacyFontText.converting(pasted, in: utf8), from: .pastedFontText(first.encoding), to: url, path: path)
            }
            // Letters lost as '?' count for the code page ("ANSI") that lost them (`LegacyEncodingDetector`).
            guard let legacy = encoding ?? LegacyEncodingDetector.guess(data) else {
                return .failure(.error(at: location,
                    "không nhận ra bảng mã của tệp (không giống Windows-1258, TCVN3, VNI hay UTF-16); hãy chỉ rõ bằng --from "
                    + "/ cannot tell the file's encoding: name it with --from"))
            }
            (chosen, text) = (.legacy(legacy), legacy.decode(data))
        }
        return write(text, from: chosen, to: url, path: path)
    }

    /// Writes `text` over the file at `url` as UTF-8, its original kept as `FILE.orig`.
    private static func write(_ text: String, from chosen: SourceEncoding, to url: URL, path: String) -> Result<Outcome, Diagnostic> {
        let location = SourceLocation(file: path)
        let original = URL(fileURLWithPath: url.path + ".orig")
        guard !FileManager.default.fileExists(atPath: original.path) else {
            return .failure(.error(at: location,
                "đã có \(path).orig từ lần chuyển trước; không ghi đè, hãy xem lại rồi xoá nó "
                + "/ \(path).orig exists already: not overwritten"))
        }
        do {
            try FileManager.default.moveItem(at: url, to: original)
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            if !FileManager.default.fileExists(atPath: url.path) { try? FileManager.default.moveItem(at: original, to: url) }
            return .failure(.error(at: location, "không ghi được tệp (\(error.localizedDescription)) / cannot write the file"))
        }
        return .success(Outcome(encoding: chosen, original: original, lostLetters: lostLetters(text, from: chosen, path: path)))
    }

    /// The warning that letters of `text`, converted from `chosen`, were lost as '?' before: a
    /// score sheet's cell by cell (`LostLettersCheck`), another file's by line
    /// (`CodePageLostLetters`); nil for a file that was in no code page, whose '?' were typed:
    /// another file than a score sheet read as TCVN3 or VNI too ("Ai chủ trì?Anh Minh").
    private static func lostLetters(_ text: String, from chosen: SourceEncoding, path: String) -> Diagnostic? {
        guard case .legacy(let encoding) = chosen else { return nil }
        if path.lowercased().hasSuffix(".csv") { return LostLettersCheck.warning(csv: text, path: path) }
        return encoding == .windows1258 ? CodePageLostLetters.warning(converted: text, path: path) : nil
    }

    /// The error for an Office document, which is no text file (a zip package, .docx, .xlsx, .odt or .ods,
    /// or an old compound file, .doc or .xls): decoding its bytes as text would only spoil a
    /// copy of it. The message says what reads it instead.
    static func officeDocument(_ data: Data, location: SourceLocation) -> Diagnostic? {
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
        let compound: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0]
        let head = Array(data.prefix(4))
        guard head == zip || head == compound else { return nil }
        return .error(at: location,
                      "tệp là tài liệu Word/Excel, không phải tệp văn bản: không cần 'convert'. Biên bản .docx/.odt gõ bằng phông TCVN3 "
                      + "(.VnTime) hay VNI được chuyển sang Unicode khi 'bontot import minutes'; bảng điểm .xlsx/.ods đặt thẳng vào "
                      + "content/evaluations/; tệp .doc/.xls hãy lưu lại dạng .docx/.xlsx "
                      + "/ an Office document, not a text file: import minutes converts its fonts; a workbook is read as it is")
    }
}
