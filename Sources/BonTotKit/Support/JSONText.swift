/// Writes JSON values by hand, byte for byte the same in every build: strings escaped as JSON
/// (and so as JavaScript) requires, with `<` escaped too so the text is safe inside a page.
public enum JSONText {
    /// `text` as a JSON string literal, quotes included.
    public static func string(_ text: String) -> String {
        // Read in place and written as UTF-8 bytes: the search index escapes every minutes' text,
        // and copying it into an array first went byte by byte.
        var text = text
        return String(decoding: text.withUTF8(literal), as: UTF8.self)
    }

    /// The bytes of the JSON string literal of the UTF-8 text `bytes`, quotes included.
    private static func literal(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var result: [UInt8] = [UInt8(ascii: "\"")]
        result.reserveCapacity(bytes.count + 2)
        func append(_ escape: StaticString) {
            escape.withUTF8Buffer { result.append(contentsOf: $0) }
        }
        var index = 0
        // The bytes kept as they are, most of a text, are copied a run at a time, not one by one.
        var run = 0
        func copyRun() {
            if run < index { result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index])) }
        }
        while index < bytes.count {
            let byte = bytes[index]
            guard Self.needsLook(byte) else {
                index += 1
                continue
            }
            copyRun()
            run = index + 1
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case UInt8(ascii: "\n"): append("\\n")
            case UInt8(ascii: "\r"): append("\\r")
            case UInt8(ascii: "\t"): append("\\t")
            case UInt8(ascii: "<"): append("\\u003c")
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                // U+2028 and U+2029 end a line in JavaScript.
                append(bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                index += 3
                run = index
                continue
            case 0..<0x20:
                let hex = Array(String(byte, radix: 16).utf8)
                append("\\u")
                result.append(contentsOf: Array(repeating: UInt8(ascii: "0"), count: 4 - hex.count) + hex)
            default:
                result.append(byte)
            }
            index += 1
        }
        copyRun()
        result.append(UInt8(ascii: "\""))
        return result
    }

    /// Whether `byte` may start something to escape: a control character, `"`, `\`, `<`, or
    /// the first byte of U+2028 or U+2029.
    private static func needsLook(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "<") || byte == 0xE2
    }

    /// A JSON array of strings.
    public static func array(_ items: [String]) -> String {
        "[" + items.map(string).joined(separator: ",") + "]"
    }
}
