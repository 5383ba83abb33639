/// The character references of an HTML attribute's value, undone: what a browser reads from
/// `media/a&amp;b.jpg` is `media/a&b.jpg` (`RawHTMLAddresses`), and a page's title as the
/// preview server lists it. A `&` that starts none is kept.
public enum HTMLCharacterReferences {
    /// `value` with its character references undone: the named ones an address may hold
    /// (`&amp;`, `&quot;`, `&apos;`, `&lt;`, `&gt;`) and the numbered ones (`&#39;`, `&#x26;`).
    public static func decoded(_ value: Substring) -> String {
        guard value.contains("&") else { return String(value) }
        let named = ["amp": "&", "quot": "\"", "apos": "'", "lt": "<", "gt": ">"]
        var result = "", rest = value
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let after = rest.index(after: ampersand)
            guard let semicolon = rest[after...].prefix(10).firstIndex(of: ";") else {
                result += "&"
                rest = rest[after...]
                continue
            }
            let name = String(rest[after..<semicolon])
            var decoded = named[name]
            if name.hasPrefix("#") {
                let digits = name.dropFirst()
                let number = digits.first.map { "xX".contains($0) } == true ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
                // `&#0;` reads as nothing a browser shows (U+FFFD): kept as typed, never a NUL in an address.
                decoded = number.flatMap { $0 == 0 ? nil : Unicode.Scalar($0) }.map { String(Character($0)) }
            }
            if let decoded {
                result += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest[after...]
            }
        }
        return result + rest
    }
}
