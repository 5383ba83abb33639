import Foundation

/// How the name of a file the content brings (a photo in `content/media/`, named as a clerk
/// names it: `Ảnh đại hội.jpg`) is written in the portal: as a file, and in a link to it.
///
/// Vietnamese letters come in two spellings of the same text: precomposed (`ả`, what Windows
/// keyboards type, NFC) and decomposed (`a` + marks, as some Unikey settings and macOS name
/// files). Swift compares them equal, so a story's `image: media/Ảnh.jpg` finds a file named the
/// other way; but a web server and Windows compare bytes, and the picture would be missing from
/// the portal. So the portal's file takes the precomposed spelling, and every link to it too.
/// A link is written percent-encoded (`%E1%BA%A2nh%20%C4%91%E1%BA%A1i%20h%E1%BB%99i.jpg`), so a
/// space, a `#` or a `%` in a name (`Ảnh #1.jpg`) is a name and not the end of the address.
enum FileNameSpelling {
    /// The name (or `/`-separated path) as the portal's file is named: precomposed.
    static func published(_ name: String) -> String {
        name.utf8.allSatisfy { $0 < 0x80 } ? name : name.precomposedStringWithCanonicalMapping
    }

    /// The name of a file or folder as written in a link to it: precomposed, each byte that a
    /// path segment cannot hold as it is percent-encoded. A name of the router's own (a slug,
    /// `style.css`) is returned as it is.
    static func linked(_ name: String) -> String {
        guard !name.utf8.allSatisfy(isKept) else { return name }
        var link = ""
        for byte in published(name).utf8 {
            if isKept(byte) {
                link.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                link += "%" + String(hexDigits[Int(byte >> 4)]) + String(hexDigits[Int(byte & 0xF)])
            }
        }
        return link
    }

    /// A `/`-separated path as written in a link, each name by `linked(_:)`.
    static func linkedPath(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { linked(String($0)) }.joined(separator: "/")
    }

    private static let hexDigits = Array("0123456789ABCDEF")

    /// Letters, digits and the marks a path segment holds as they are (RFC 3986's unreserved
    /// characters and sub-delimiters, and `@`); not `:`, which would make a relative link's
    /// first name read as a scheme.
    private static func isKept(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-._~!$&'()*+,;=@".utf8.contains(byte)
        }
    }
}
