import BonTotKit
import Foundation

/// The page served for a path the output does not have (404): the path as the reader typed it,
/// its Vietnamese letters shown rather than their `%`-escapes, the page beside it it was most
/// likely meant as ("Có phải bạn muốn mở …?", a mistyped `/chi-bo/kdc-an-phuu/`), and the ways back: every page of
/// the output above it, nearest first, titled as they are (inside a unit of a district, the
/// unit's own pages before the district's), a search of the portal for the words of its last
/// part (`/chi-bo/khu-dan-cu-so-9/` searches "khu dan cu so 9"), then the home.
struct MissingPage {
    /// The path asked for, as the server received it (`/don-vi/xa-a/chi-bo/khong-co/`).
    let path: String
    /// The pages above it that the output holds, nearest first, the home left out.
    let above: [OutputFiles.Page]
    /// The address of the portal's search page, when the output has one.
    var search: String?
    /// The page beside it that the path was most likely meant as, when one is close
    /// (`OutputFiles.nearestPage`): offered first.
    var nearest: OutputFiles.Page?

    var html: String {
        let shown = path.removingPercentEncoding ?? path
        let links = above.map { "<li><a href=\"\(MarkupText.escape($0.address))\">\(MarkupText.escape($0.title))</a></li>" }
        let meant = nearest.map {
            "<p>Có phải bạn muốn mở <a href=\"\(MarkupText.escape($0.address))\">\(MarkupText.escape($0.title))</a>?</p>"
        } ?? ""
        let list = meant + (links.isEmpty ? "" : "<p>Các trang ở trên:</p><ul>\(links.joined())</ul>") + searchLink
        return """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Không có trang này</title></head>
            <body><h1>Không có trang này</h1><p>Bản dựng không có \(MarkupText.escape(shown)).</p>\(list)<p><a href="/">Về trang chủ</a></p></body></html>

            """
    }

    /// A link that searches the portal for the words of the path's last part, when there is a
    /// search page and the part holds a letter.
    private var searchLink: String {
        let last = (path.removingPercentEncoding ?? path).split(separator: "/").last.map(String.init) ?? ""
        let words = last.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " || $0 == "+" }).joined(separator: " ")
        guard let search, words.contains(where: \.isLetter),
              let query = words.addingPercentEncoding(withAllowedCharacters: .alphanumerics) else { return "" }
        let address = search + "?q=" + query
        return "<p><a href=\"\(MarkupText.escape(address))\">Tìm “\(MarkupText.escape(words))” trong cổng thông tin</a></p>"
    }
}
