import Mustache

/// HTML escaping for `{{value}}`, the same five replacements as the Mustache library's own
/// (`& < > " '`) but working on UTF-8 bytes, and returning the text untouched when it needs none
/// (nearly always). Every template of a theme selects it with a first line
/// `{{% CONTENT_TYPE: BONTOT_HTML}}`, which `Theme` adds.
struct HTMLEscaping: MustacheContentType {
    /// The name templates select it by.
    static let name = "BONTOT_HTML"
    /// The line put before every template.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"

    /// Makes the content type known to the Mustache library; safe to call more than once.
    static let registered: Bool = {
        MustacheContentTypes.register(HTMLEscaping(), named: name)
        return true
    }()

    func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard bytes.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
                return nil
            }
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 16)
            for byte in bytes {
                switch byte {
                case 0x26: escaped.append(contentsOf: "&amp;".utf8)
                case 0x3C: escaped.append(contentsOf: "&lt;".utf8)
                case 0x3E: escaped.append(contentsOf: "&gt;".utf8)
                case 0x22: escaped.append(contentsOf: "&quot;".utf8)
                case 0x27: escaped.append(contentsOf: "&#39;".utf8)
                default: escaped.append(byte)
                }
            }
            return String(decoding: escaped, as: UTF8.self)
        } ?? text
    }
}
