import BonTotOffice

/// A content file holding lines typed in a legacy font and pasted as Unicode (the text of an old
/// `.VnTime` minutes copied from Word: "Chñ tr×: ®ång chÝ"), which the portal would publish as
/// they stand: one warning at the first, with its Unicode reading and the command that rewrites
/// them, naming the file from the top site (`siteFolder`: `xa-a/` for a district's commune).
enum PastedFontTextCheck {
    static func check(_ file: SourceText, siteFolder: String, sink: DiagnosticSink) {
        let lines = LegacyFontText.lines(in: file.text)
        guard let first = lines.first else { return }
        func quoted(_ text: String) -> String {
            let trimmed = asTheEditorShows(text).trimmingCharacters(in: .whitespaces)
            return trimmed.count > 40 ? String(trimmed.prefix(40)) + "…" : trimmed
        }
        let others = lines.count > 1 ? " (và \(lines.count - 1) dòng khác)" : ""
        let named = siteFolder + file.path
        sink.warning(SourceLocation(file: file.path, line: first.number),
                     "dòng này có vẻ là chữ gõ bằng phông \(first.encoding.displayName) dán sang dưới dạng Unicode: "
                     + "'\(quoted(first.text))' đọc là '\(quoted(first.unicode))'\(others); chạy 'bontot convert \(ShellLine.word(named))' "
                     + "để chuyển các dòng ấy (tệp gốc giữ lại là \(named).orig) "
                     + "/ this line looks like \(first.encoding.displayName) text pasted as Unicode: run 'bontot convert \(ShellLine.word(named))'")
    }

    /// `text` as the clerk's editor shows it, without its soft hyphens: TCVN3's ư is the byte
    /// of the soft hyphen, which an editor does not draw, and the diagnostics channel writes
    /// as `\u{AD}` ("®\u{AD}êng" for the "®êng" the clerk sees). The quote is only to be read;
    /// the other characters that take no room are still written out.
    private static func asTheEditorShows(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\u{AD}" }))
    }
}
