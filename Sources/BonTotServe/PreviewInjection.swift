import BonTotKit
import Foundation

/// What the preview adds to every HTML page it serves, and never writes into `output/`: a
/// small script that asks the server for the build number four times a second and reloads the
/// page when it changed, and, after a failed build, a banner with the errors above the last good page.
enum PreviewInjection {
    /// The path the script asks for the build number.
    static let versionPath = "/__bontot/phien-ban"
    /// How often an open page asks for the build number: a save shows in the page about a second
    /// after it (the watcher's settling and the build take the rest), and a question costs the
    /// server a few bytes. Asked every second, the page waited up to a whole second more.
    static let askEveryMilliseconds = 250

    /// `html` with the banner after `<body…>` and the script before `</body>`; `hasSite` tells
    /// whether a build ever succeeded, so that the banner does not speak of a good build there is not.
    static func inject(into html: String, version: String, errors: [String], hasSite: Bool) -> String {
        var page = html
        if !errors.isEmpty {
            let banner = self.banner(errors, hasSite: hasSite)
            if let body = page.range(of: "<body"), let end = page[body.upperBound...].firstIndex(of: ">") {
                page.insert(contentsOf: banner, at: page.index(after: end))
            } else {
                page = banner + page
            }
        }
        let script = self.script(version: version)
        if let end = page.range(of: "</body>", options: .backwards) {
            page.insert(contentsOf: script, at: end.lowerBound)
        } else {
            page += script
        }
        return page
    }

    static func script(version: String) -> String {
        """
        <script>/* bontot serve: tải lại trang khi dựng xong */(function(){var v="\(version)";function p(){fetch("\(versionPath)",{cache:"no-store"}).then(function(r){return r.text();}).then(function(t){if(t.trim()!==v){location.reload();}else{setTimeout(p,\(askEveryMilliseconds));}}).catch(function(){setTimeout(p,2000);});}setTimeout(p,\(askEveryMilliseconds));})();</script>

        """
    }

    /// The errors above the page, kept in view while the page scrolls; at most 40 % of the
    /// window high, scrolling inside itself, so that many errors never hide the page.
    static func banner(_ errors: [String], hasSite: Bool) -> String {
        let lines = errors.map(MarkupText.escape).joined(separator: "\n")
        let heading = (hasSite ? "Lần dựng gần nhất có lỗi; đây là bản dựng tốt gần nhất."
                               : "Bản dựng có lỗi nên chưa có trang nào để xem.")
            + " Sửa lỗi rồi lưu tệp, trang sẽ tự tải lại."
        return """
            <div id="bontot-loi" role="alert" style="position:sticky;top:0;z-index:10000;margin:0;padding:.75rem 1rem;max-height:40vh;overflow:auto;box-sizing:border-box;background:#fff3cd;color:#000;border-bottom:4px solid #b3161b;font:14px/1.45 ui-monospace,monospace;white-space:pre-wrap"><strong>\(heading)</strong>
            \(lines)</div>
            """
    }

    /// The page served for every path while no build has succeeded: the output holds no site.
    static let noSiteYet = """
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="utf-8"><title>Chưa có bản dựng</title></head>
        <body><h1>Chưa có bản dựng</h1>
        <p>Chưa lần dựng nào thành công; các lỗi ở trên và trong cửa sổ dòng lệnh.</p></body></html>

        """
}
