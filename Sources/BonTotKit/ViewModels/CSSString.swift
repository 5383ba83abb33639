/// Text written as a CSS string inside a page's `<style>` element, where the HTML parser reads
/// no character references and ends the element at the first `</style`.
enum CSSString {
    /// `text` between double quotes, with the characters that would end the string, the
    /// element or the line escaped (`"` → `\"`, `\` → `\\`, `<` → `\3C `, a control character
    /// → its code in hex): `Chi bộ "Bến Đò"` → `"Chi bộ \"Bến Đò\""`.
    static func literal(_ text: String) -> String {
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\":
                literal += "\\\(scalar)"
            case "<":
                literal += "\\3C "
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                literal += "\\\(String(scalar.value, radix: 16, uppercase: true)) "
            default:
                literal.unicodeScalars.append(scalar)
            }
        }
        return literal + "\""
    }
}
