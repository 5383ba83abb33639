import Foundation

/// The text of one input file, decoded as UTF-8 (a leading byte-order mark removed), with its
/// path relative to the site so diagnostics can name it.
public struct SourceText: Sendable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// Reads a file; on failure returns a diagnostic that says what is wrong and how to fix it.
    public static func read(_ url: URL, relativePath: String) -> Result<SourceText, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(.error(at: SourceLocation(file: relativePath), "không đọc được tệp / cannot read the file"))
        }
        return decode(data, relativePath: relativePath)
    }

    /// Decodes bytes as UTF-8, naming the first line that is not UTF-8 when decoding fails.
    public static func decode(_ data: Data, relativePath: String) -> Result<SourceText, Diagnostic> {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) {
            return .success(SourceText(path: relativePath, text: text))
        }
        let line = firstInvalidLine(bytes)
        return .failure(.error(
            at: SourceLocation(file: relativePath, line: line),
            "tệp không phải UTF-8 / the file is not UTF-8; nếu soạn bằng phông TCVN3 (ABC) hoặc VNI, hãy chuyển sang Unicode (UTF-8), ví dụ bằng Unikey: Công cụ chuyển mã"
        ))
    }

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
