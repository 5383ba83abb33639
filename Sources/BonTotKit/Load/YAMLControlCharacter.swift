/// A control character YAML refuses, which no editor shows: Word's line break (Shift+Enter,
/// U+000B) or page break (U+000C) in a value pasted from a document, a NUL from a damaged copy.
/// The error said only "invalid characters" at a line that looks right; it now names the
/// character and the text it follows, so the clerk knows where to delete it.
enum YAMLControlCharacter {
    /// The first place of `value` (the scalar libyaml refused) in `text`: its 1-based line and
    /// what to tell; nil when the text does not hold it, or holds more than two control
    /// characters, as binary data pasted or saved under a text's name does (told as such).
    /// Word's breaks are not counted: a list of names pasted with a Shift+Enter after each, or a
    /// body full of them beside the value, is no binary data.
    static func place(of value: Int32, in text: String) -> (line: Int, vi: String, en: String)? {
        guard let scalar = Unicode.Scalar(UInt32(clamping: value)),
              text.unicodeScalars.lazy.filter({ isControl($0) && !isWordBreak($0) }).prefix(3).count <= 2 else { return nil }
        var line = 1
        var before = String.UnicodeScalarView()
        for character in text.unicodeScalars {
            if character == scalar {
                let shown = "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                let after = tail(String(before))
                let whereVi = after.isEmpty ? "ở đầu dòng" : "ngay sau '\(after)'"
                let whereEn = after.isEmpty ? "at the start of the line" : "right after '\(after)'"
                return (line, "ký tự vô hình \(shown)\(name(scalar)) \(whereVi): hãy xoá ký tự đó (đặt con trỏ ở đó, xoá rồi gõ lại dấu cách nếu cần)",
                        "an invisible control character \(shown) \(whereEn): delete it")
            }
            if character == "\n" {
                line += 1
                before = String.UnicodeScalarView()
            } else {
                before.append(character)
            }
        }
        return nil
    }

    /// The text before the character on its line, its last words only when it is long:
    /// "…tự nguyện hiến đất", cut at a space.
    private static func tail(_ line: String) -> String {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.count > 40 else { return trimmed }
        let last = trimmed.suffix(30)
        return "…" + (last.firstIndex(of: " ").map { last[last.index(after: $0)...] } ?? last)
    }

    /// A C0 control but the tab and the line ends, or DEL.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && ![0x09, 0x0A, 0x0D].contains(scalar.value)) || scalar.value == 0x7F
    }

    /// Word's line break (Shift+Enter, U+000B) or page break (U+000C).
    private static func isWordBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x0B || scalar.value == 0x0C
    }

    /// What put it there, for the characters Word and damaged copies leave.
    private static func name(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x0B: " (dấu xuống dòng Shift+Enter của Word)"
        case 0x0C: " (dấu ngắt trang của Word)"
        case 0x00: " (ký tự NUL, thường do tệp bị hỏng khi chép)"
        default: ""
        }
    }
}
