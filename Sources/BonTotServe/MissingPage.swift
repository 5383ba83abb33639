import BonTotKit
import Foundation

/// The page served for a path the output does not have (404): the path as the reader typed it,
/// its Vietnamese letters shown rather than their `%`-escapes, and the ways back: every page of
/// the output above it, nearest first, titled as they are (inside a unit of a district, the
/// unit's own pages before the district's), then the home.
struct MissingPage {
    /// The path asked for, as the server received it (`/don-vi/xa-a/chi-bo/khong-co/`).
    let path: String
    /// The pages above it that the output holds, nearest first, the home left out.
    let above: [OutputFiles.Page]

    var html: String {
        let shown = path.removingPercentEncoding ?? path
        let links = above.map { "<li><a href=\"\(MarkupText.escape($0.address))\">\(MarkupText.escape($0.title))</a></li>" }
        let list = links.isEmpty ? "" : "<p>Các trang ở trên:</p><ul>\(links.joined())</ul>"
        return """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Không có trang này</title></head>
            <body><h1>Không có trang này</h1><p>Bản dựng không có \(MarkupText.escape(shown)).</p>\(list)<p><a href="/">Về trang chủ</a></p></body></html>

            """
    }
}
