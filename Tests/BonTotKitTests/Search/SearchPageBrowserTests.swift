import BonTotKit
import Foundation
import XCTest

/// The search page as a reader uses it: opened from disk (`file://`) in headless Chromium,
/// with the words in the address (`?q=dang%20vien`), its results read from the page's DOM
/// once its scripts ran. Chromium comes with `make test`; without it these tests fail.
final class SearchPageBrowserTests: XCTestCase {
    private var folder: URL!
    private var output: URL!

    /// A story whose title is markup: it must show as text, and nothing of it may run.
    static let hostileTitle = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> Đảng viên trẻ xung kích"

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appending(path: "bontot-search-browser-\(UUID().uuidString)")
        let root = folder.appending(path: "portal")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: BuiltSite.fixtures.appending(path: "portal"), to: root)
        let story = """
            ---
            title: '\(Self.hostileTitle.replacingOccurrences(of: "'", with: "''"))'
            slug: xung-kich
            kind: tap-the
            branch: binh-minh
            date: 2024-09-12
            tags: [thanh niên]
            ---
            Các đảng viên trẻ của chi bộ nhận phụ trách mỗi người mười hộ gia đình.
            Mỗi tuần họ ghi chép kỹ từng việc đã làm.
            """
        try story.write(to: root.appending(path: "content/stories/xung-kich.md"), atomically: true, encoding: .utf8)
        let report = SiteBuilder.build(BuildOptions(siteRoot: root))
        XCTAssertTrue(report.succeeded, "\(report.diagnostics.sorted)")
        output = root.appending(path: "output")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The DOM of the search page opened with `query` (already percent-encoded).
    private func searchPage(_ query: String) throws -> String {
        let page = output.appending(path: Router().file(.search))
        let browser = try Self.chromium()
        let profile = folder.appending(path: "profile-\(UUID().uuidString)")
        let process = Process()
        process.executableURL = browser
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile.path)",
                             "--virtual-time-budget=10000", "--dump-dom", page.absoluteString + "?" + query]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "chromium failed")
        return String(decoding: data, as: UTF8.self)
    }

    /// Chromium from the PATH; a test that needs it fails without it (`make test` installs it).
    static func chromium() throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser", "google-chrome"] {
                let candidate = URL(fileURLWithPath: String(folder)).appending(path: name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        throw MissingBrowser()
    }

    struct MissingBrowser: Error, CustomStringConvertible {
        var description: String { "chromium is not installed: run `make test`, which installs it (apt-get install chromium)" }
    }

    /// The text of the element with `id` (its tags removed), from a DOM dump.
    static func element(_ id: String, in dom: String) -> String {
        guard let start = dom.range(of: "id=\"\(id)\"") else { return "" }
        let rest = dom[start.upperBound...]
        let end = rest.range(of: id == "ket-qua" ? "</ol>" : "</p>")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    func testASearchWithoutDiacriticsFromTheAddressShowsResults() throws {
        let dom = try searchPage("q=dang%20vien")
        let status = Self.element("ket-qua-tom-tat", in: dom)
        XCTAssertTrue(status.contains("Tìm thấy"), "no results: \(status)")
        let results = Self.element("ket-qua", in: dom)
        XCTAssertTrue(results.contains("<mark>Đảng</mark> <mark>viên</mark> trẻ xung kích"), results)
        XCTAssertTrue(results.contains("href=\"../guong-dien-hinh/xung-kich/index.html\""), results)
        XCTAssertTrue(results.contains("Các <mark>đảng</mark> <mark>viên</mark> trẻ"), "the words are marked in snippets too")
        XCTAssertEqual(try searchPage("q=%C4%90%E1%BA%A2NG%20VI%C3%8AN").components(separatedBy: "class=\"search-result\"").count,
                       dom.components(separatedBy: "class=\"search-result\"").count,
                       "“ĐẢNG VIÊN” finds what “dang vien” finds")
    }

    /// A reader may type capitals, or tones as separate marks (Unikey's "Unicode tổ hợp"): the
    /// page's script folds them as the build folded the index, for đ, ă/ặ, ư, ơ, ê/ấ, ỹ.
    func testCapitalsAndDecomposedTonesFindWhatPlainLettersFind() throws {
        for (plain, typed) in [("dang van binh", "Đặng Văn Bình"), ("duong lien ap", "đường liên ấp"), ("ky tung viec", "kỹ từng việc")] {
            let expected = try resultCount(plain)
            XCTAssertGreaterThan(expected, 0, "“\(plain)” finds something")
            for form in [typed.uppercased(), typed.decomposedStringWithCanonicalMapping,
                         typed.uppercased().decomposedStringWithCanonicalMapping] {
                XCTAssertNotEqual(Array(form.unicodeScalars), Array(plain.unicodeScalars))
                XCTAssertEqual(try resultCount(form), expected,
                               "“\(form)” (\(form.unicodeScalars.count) code points) finds what “\(plain)” finds")
            }
        }
    }

    /// How many results the search page shows for `words`.
    private func resultCount(_ words: String) throws -> Int {
        try resultLinks(words).count
    }

    /// A reader who types a word's Vietnamese spelling ("quỹ", a fund) finds it before the words
    /// that only fold to it ("quý", a quarter), which match as well (equal scores), whatever the
    /// case and however the tones were typed; typed without diacritics ("quy"), no spelling comes
    /// first: the newer story, as before.
    func testAWordSpelledWithDiacriticsFindsThatSpellingFirst() throws {
        let root = folder.appending(path: "portal")
        let stories = [("quy-tinh-nghia", "2024-09-02", "Quỹ tình nghĩa của chi bộ", "Chi bộ lập quỹ giúp hộ khó."),
                       ("so-ket-quy-ba", "2024-09-25", "Sơ kết quý ba của chi bộ", "Chi bộ sơ kết việc làm trong quý.")]
        for (slug, date, title, body) in stories {
            let story = """
                ---
                title: \(title)
                slug: \(slug)
                kind: tap-the
                branch: binh-minh
                date: \(date)
                ---
                \(body)
                """
            try story.write(to: root.appending(path: "content/stories/\(slug).md"), atomically: true, encoding: .utf8)
        }
        let report = SiteBuilder.build(BuildOptions(siteRoot: root))
        XCTAssertTrue(report.succeeded, "\(report.diagnostics.sorted)")
        let fund = "../guong-dien-hinh/quy-tinh-nghia/index.html", quarter = "../guong-dien-hinh/so-ket-quy-ba/index.html"
        func order(_ typed: String) throws -> [String] {
            try resultLinks(typed).filter { $0 == fund || $0 == quarter }
        }
        for typed in ["quỹ", "QUỸ", "QUỸ".decomposedStringWithCanonicalMapping, "chi bộ quỹ"] {
            XCTAssertEqual(try order(typed), [fund, quarter], "“\(typed)” finds the fund first")
        }
        XCTAssertEqual(try order("quý"), [quarter, fund], "“quý” finds the quarter first")
        XCTAssertEqual(try order("quy"), [quarter, fund], "“quy” prefers no spelling: the newer story first, as before")
    }

    /// The snippet shows the word as the reader typed it ("quỹ"), not the first word that only
    /// folds to it ("quý", far earlier in the text), and marks a word spelled otherwise apart
    /// from one spelled as typed; typed without diacritics, every match is marked alike.
    func testTheSnippetShowsTheWordAsTypedAndMarksOtherSpellingsApart() throws {
        let root = folder.appending(path: "portal")
        let filler = String(repeating: "Chi bộ duy trì nền nếp sinh hoạt, phân công đảng viên phụ trách hộ. ", count: 5)
        let story = """
            ---
            title: Một năm làm theo gương Bác
            slug: mot-nam-lam-theo
            kind: tap-the
            branch: binh-minh
            date: 2024-09-02
            ---
            Trong quý ba, \(filler)Cuối năm chi bộ lập quỹ khuyến học cho con em đảng viên, sau quý ba.
            """
        try story.write(to: root.appending(path: "content/stories/mot-nam-lam-theo.md"), atomically: true, encoding: .utf8)
        let report = SiteBuilder.build(BuildOptions(siteRoot: root))
        XCTAssertTrue(report.succeeded, "\(report.diagnostics.sorted)")
        func result(_ query: String) throws -> String {
            let results = Self.element("ket-qua", in: try searchPage("q=" + query))
            guard let start = results.range(of: "guong-dien-hinh/mot-nam-lam-theo/") else { return "" }
            let rest = results[start.upperBound...]
            return String(rest[..<(rest.range(of: "</li>")?.lowerBound ?? rest.endIndex)])
        }
        let typed = try result("qu%E1%BB%B9")  // quỹ
        XCTAssertTrue(typed.contains("lập <mark>quỹ</mark> khuyến học"), "the snippet shows the fund: \(typed)")
        XCTAssertFalse(typed.contains("Trong quý ba"), "not the quarter at the start of the text: \(typed)")
        XCTAssertTrue(typed.contains("sau <mark class=\"other-spelling\""), "the quarter is marked apart: \(typed)")
        let plain = try result("quy")
        XCTAssertTrue(plain.contains("Trong <mark>quý</mark> ba"), "typed without diacritics, the first match: \(plain)")
        XCTAssertFalse(plain.contains("other-spelling"), "typed without diacritics, no spelling is apart: \(plain)")
    }

    /// A meeting found by the words of its topic shows its topic, not the one word of them its
    /// body also holds ("thư" of "Bí thư" for "thu hoach"), which left the reader wondering why.
    func testTheSnippetShowsTheTextMatchingTheMostWords() throws {
        let root = folder.appending(path: "portal")
        let minutes = """
            ---
            branch: binh-minh
            date: 2024-10-08
            kind: thuong-ky
            topic: Triển khai thu hoạch vụ mùa
            ---
            Đồng chí Bí thư báo cáo tình hình tháng 9.
            """
        try minutes.write(to: root.appending(path: "content/minutes/2024/binh-minh-2024-10.md"), atomically: true, encoding: .utf8)
        let report = SiteBuilder.build(BuildOptions(siteRoot: root))
        XCTAssertTrue(report.succeeded, "\(report.diagnostics.sorted)")
        let results = Self.element("ket-qua", in: try searchPage("q=thu%20hoach"))
        let start = try XCTUnwrap(results.range(of: "binh-minh-2024-10/"), results)
        let rest = results[start.upperBound...]
        let result = String(rest[..<(rest.range(of: "</li>")?.lowerBound ?? rest.endIndex)])
        XCTAssertTrue(result.contains("Triển khai <mark>thu</mark> <mark>hoạch</mark> vụ mùa"), result)
        XCTAssertFalse(result.contains("Bí <mark>thư</mark>"), result)
    }

    /// The links of the results the search page shows for `words`, in their order.
    private func resultLinks(_ words: String) throws -> [String] {
        let ascii = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        let query = try XCTUnwrap(words.addingPercentEncoding(withAllowedCharacters: ascii))
        let results = Self.element("ket-qua", in: try searchPage("q=" + query))
        return results.components(separatedBy: "<h2><a href=\"").dropFirst().map { String($0.prefix(while: { $0 != "\"" })) }
    }

    func testATitleMadeOfMarkupShowsAsTextAndNeverRuns() throws {
        let dom = try searchPage("q=xung%20kich")
        let results = Self.element("ket-qua", in: dom)
        XCTAssertTrue(results.contains("&lt;img src=x onerror="), "the title shows as text: \(results)")
        XCTAssertFalse(dom.contains("<img src=\"x\""), "no image element was made from the title")
        XCTAssertFalse(dom.contains("data-pwned=\"1\""), "nothing of the title ran")
    }

    func testTheScopeLoadsOnlyItsPartAndFindsOnlyThere() throws {
        let dom = try searchPage("q=binh&trong=ho-so")
        let results = Self.element("ket-qua", in: dom)
        XCTAssertTrue(results.contains("Hồ sơ chi bộ"), results)
        XCTAssertFalse(results.contains("Biên bản sinh hoạt"), "minutes are not searched: \(results)")
        XCTAssertFalse(dom.contains("chi-muc-bien-ban-2024.js\"></script>"), "the minutes' part was not loaded")
        XCTAssertTrue(dom.contains("<script src=\"chi-muc-ho-so.js\"></script>"), "the branches' part was loaded")
    }

    /// A reader who types a branch's name looks for the branch: its profile comes before its
    /// meetings, whose titles name it just as well (equal scores).
    func testABranchsNameBringsItsProfileFirst() throws {
        let results = Self.element("ket-qua", in: try searchPage("q=ap%20bac"))
        let kinds = results.components(separatedBy: "class=\"search-kind\">").dropFirst().map { $0.prefix(while: { $0 != "<" }) }
        XCTAssertGreaterThan(kinds.count, 1, "the profile and the meetings of Ấp Bắc: \(results)")
        XCTAssertEqual(kinds.first, "Hồ sơ chi bộ", "the branch's profile comes first: \(kinds)")
        XCTAssertTrue(kinds.dropFirst().contains("Biên bản sinh hoạt"), "its meetings follow: \(kinds)")
    }

    /// Markup typed into the search box is shown back as text and never runs.
    func testMarkupInTheQueryShowsAsTextAndNeverRuns() throws {
        let dom = try searchPage("q=%3Cimg%20src%3Dx%20onerror%3D%22document.body.setAttribute('data-pwned','1')%22%3E")
        XCTAssertTrue(Self.element("ket-qua-tom-tat", in: dom).contains("&lt;img src=x onerror="), "the query shows as text")
        XCTAssertFalse(dom.contains("<img src=\"x\""), "no image element was made from the query")
        XCTAssertFalse(dom.contains("data-pwned=\"1\""), "nothing of the query ran")
    }

    /// Past the first 50 results a reader can see the others: the page offers more, and shows
    /// them once asked (the test clicks the button as the page loads, before its results count).
    func testResultsPastTheFirstFiftyCanBeShown() throws {
        let root = folder.appending(path: "portal")
        for number in 1...60 {
            let story = """
                ---
                title: Phong trào khuyến học số \(number)
                slug: khuyen-hoc-\(number)
                kind: tap-the
                branch: binh-minh
                date: 2024-08-\(String(format: "%02d", number % 28 + 1))
                ---
                Chi bộ vận động khuyến học.
                """
            let file = root.appending(path: "content/stories/khuyen-hoc-\(number).md")
            try story.write(to: file, atomically: true, encoding: .utf8)
        }
        let report = SiteBuilder.build(BuildOptions(siteRoot: root))
        XCTAssertTrue(report.succeeded, "\(report.diagnostics.sorted)")
        let first = try searchPage("q=khuyen%20hoc")
        XCTAssertEqual(first.components(separatedBy: "class=\"search-result\"").count - 1, 50)
        XCTAssertTrue(Self.element("ket-qua-tom-tat", in: first).contains("hiện 50 kết quả đầu"))
        XCTAssertTrue(first.contains("<button type=\"button\" id=\"xem-them\">"), "a button shows the other results")

        let page = output.appending(path: Router().file(.search))
        let html = try String(contentsOf: page, encoding: .utf8)
        let clicking = "<script>setTimeout(function () { document.getElementById('xem-them').click(); }, 3000);</script></body>"
        try html.replacingOccurrences(of: "</body>", with: clicking).write(to: page, atomically: true, encoding: .utf8)
        let all = try searchPage("q=khuyen%20hoc")
        XCTAssertEqual(all.components(separatedBy: "class=\"search-result\"").count - 1, 60, "the other ten are shown")
        XCTAssertTrue(all.contains("<button type=\"button\" id=\"xem-them\" hidden=\"\">"), "nothing more to show")
        XCTAssertTrue(Self.element("ket-qua-tom-tat", in: all).contains("Tìm thấy 60 kết quả"))
    }

    func testAnEmptySearchAsksForWords() throws {
        let dom = try searchPage("q=")
        XCTAssertTrue(Self.element("ket-qua-tom-tat", in: dom).contains("Nhập từ khóa"))
    }
}
