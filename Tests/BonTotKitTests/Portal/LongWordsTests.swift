import BonTotKit
import Foundation
import XCTest

/// Text pasted from Word and the web, as one unbroken word: a web address of 200 characters, a
/// document number of 60, a signature line, an e-mail address, a file name, a branch's, a
/// person's, a cluster's and a tag's name longer than a phone is wide, and a table of the text's
/// own (raw HTML) eight columns wide. Measured in headless Chromium on a phone 360 px wide (the
/// frame of 375 px less its scroll bar) and read back from A4 printed by Chromium and WeasyPrint.
/// Chromium, WeasyPrint and poppler-utils come with `make test`; without them these tests fail.
final class LongWordsTests: SiteCopyTestCase {
    static let address = "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Huong-dan-36-HD-VPTW-2018-the-thuc-van-ban-"
        + "va-mau-chu-ky-so-trong-Dang-cua-Van-phong-Trung-uong-Dang-so-36-HD-VPTW-383621.aspx"
    static let number = "Số 1234/QĐ-ĐU-BTC-UBKT-VPĐU-BDVĐU-BTGĐU-HĐND-UBND-MTTQ-2024"
    static let mail = "van.phong.dang.uy.xa.hoa.thuan.huyen.giong.rieng@kiengiang.gov.vn"
    static let fileName = "Bao_cao_tong_ket_cong_tac_xay_dung_Dang_nam_2024_ban_chinh_thuc_cuoi_cung.docx"
    static let word = "ChibộấpHòaThuận" + String(repeating: "GiồngRiềngHòaThuận", count: 4)

    /// A table of eight columns, a long word in some of its cells, as raw HTML.
    static let table = "<table><thead><tr>" + (1...8).map { "<th>Cột số \($0)</th>" }.joined() + "</tr></thead><tbody><tr>"
        + (1...8).map { "<td>\($0 == 1 ? number : $0 == 2 ? mail : $0 == 3 ? fileName : "Hoàn thành xuất sắc nhiệm vụ")</td>" }.joined()
        + "</tr></tbody></table>"

    /// A body of pasted text: a link whose words are its address, the bare address, a signature
    /// line, a dotted leader, an e-mail address and a file name, a heading of one long word, and the table.
    static let body = """

        ## Văn bản \(number)

        Xem văn bản tại [\(address)](\(address)) hoặc <\(address)>.

        Địa chỉ trần: \(address)

        Ký tên: \(String(repeating: "_", count: 70))

        Họ và tên \(String(repeating: ".", count: 90))

        Thư điện tử: \(mail), tệp \(fileName).

        ### \(word)\(number)

        \(table)

        """

    /// A branch's name typed in capitals, of words as long as any, 47 characters: wider than a
    /// line of the ranking's chart as many letters of a name in small letters.
    static let capitals = "CHI BỘ TRƯỜNG TRUNG HỌC PHỔ THÔNG HÒA THUẬN MỚI"

    /// The portal fixture with the long words everywhere a clerk types or pastes them, and the
    /// further `editing` (path → the text to replace and its replacement).
    private func build(pdf: Bool = false, editing: [String: (String, String)] = [:]) throws -> BuiltSite {
        let root = keep(try BuiltSite.prepare("portal", changes: [:]))
        func edit(_ path: String, _ change: (String) -> String) throws {
            let url = root.appending(path: path)
            try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
        }
        try edit("site.yaml") {
            $0.replacingOccurrences(of: "allow_html: false", with: "allow_html: true")
                .replacingOccurrences(of: "cum-1: Cụm thi đua số 1", with: "cum-1: Cụm thi đua số 1 \(Self.word)")
        }
        try edit("content/branches/ap-bac.yaml") {
            $0.replacingOccurrences(of: "name: Chi bộ ấp Ấp Bắc", with: "name: Chi bộ ấp Ấp Bắc \(Self.word)")
                .replacingOccurrences(of: "secretary: Đặng Văn Bình", with: "secretary: Đặng Văn Bình\(Self.word)")
                .replacingOccurrences(of: "address: Ấp Ấp Bắc, xã Hòa Thuận", with: "address: \"\(Self.mail) \(Self.fileName)\"")
        }
        try edit("content/stories/hien-dat.md") {
            $0.replacingOccurrences(of: "title: Ấp Bình Minh hiến đất làm đường", with: "title: Ấp Bình Minh hiến đất \(Self.number)\(Self.word)")
                .replacingOccurrences(of: "tags: [dân vận khéo]", with: "tags: [dân vận khéo, \"\(Self.word)\"]") + Self.body
        }
        try edit("content/minutes/2024/ap-bac-2024-09.md") {
            $0.replacingOccurrences(of: "topic: Cải tạo điểm đen rác thải ngõ 15", with: "topic: Cải tạo \(Self.number)\(Self.word)")
                .replacingOccurrences(of: "{ name: Lê Văn Tám, reason: ốm }", with: "{ name: Lê Văn Tám\(Self.word), reason: \"\(Self.address)\" }")
                .replacingOccurrences(of: "- Hoàn thành cải tạo điểm đen rác thải trước ngày 30/9", with: "- \"Hoàn thành \(Self.address)\"")
                .replacingOccurrences(of: "{ text: Nạo vét kênh nội đồng, due: 2024-10-30 }",
                                      with: "{ text: \"Nạo vét \(Self.mail)\(Self.fileName)\", due: 2024-10-30 }")
                + Self.body
        }
        try edit("content/bulletins/2024-09.md") { $0 + Self.body }
        for (path, change) in editing { try edit(path) { $0.replacingOccurrences(of: change.0, with: change.1) } }
        let built = BuiltSite.rebuild(root: root, pdf: pdf)
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        return built
    }

    /// On a phone no page scrolls sideways: a long word breaks at the screen's edge, in a grid's
    /// cell (a branch's facts, a card's, the ranking's key to its clusters) and in a tag's pill
    /// too; a table of the text's own scrolls within itself. The profile of the branch was 841 px
    /// wide, the story 1 228, the minutes 1 345, the bulletin 1 651 (its list of tasks falling due).
    func testLongWordsNeverWidenAPhonesPage() throws {
        let built = try build()
        let pages = ["chi-bo/ap-bac/index.html", "chi-bo/index.html", "xep-hang/2024/index.html", "luu-tru/2024/index.html",
                     "guong-dien-hinh/index.html", "guong-dien-hinh/binh-minh-hien-dat/index.html",
                     "sinh-hoat/ap-bac-2024-09/index.html", "ban-tin/2024-09/index.html", "index.html"]
        for page in pages {
            XCTAssertTrue(built.page(page).contains("GiồngRiềngHòaThuậnGiồngRiềng"), "\(page) shows a long word")
            let read = try PhoneWidthTests.probe(page: page, selector: "body", width: 375, in: built, reading: """
                var root = wrap.ownerDocument.documentElement;
                done(root.scrollWidth + "/" + root.clientWidth);
                """).split(separator: "/").compactMap { Int($0) }
            XCTAssertEqual(read.count, 2, "\(page) was measured")
            guard read.count == 2 else { continue }
            XCTAssertGreaterThan(read[1], 300, "\(page) framed as a phone")
            XCTAssertLessThanOrEqual(read[0], read[1], "\(page) is \(read[0]) px wide on a phone \(read[1]) px wide: it scrolls sideways")
        }
    }

    /// A branch's name of one long word breaks within its column of the ranking and of the home's
    /// leading branches, which still fit a phone whole: the ranking was 1 008 px wide in its frame of 328.
    func testALongBranchNameKeepsTheRankingWithinAPhone() throws {
        let built = try build()
        XCTAssertTrue(built.page("xep-hang/index.html").contains("Chi bộ ấp Ấp Bắc \(Self.word)"), "the ranking names the branch")
        try PhoneWidthTests.assertFitsAPhone(page: "xep-hang/index.html", selector: ".ranking-table", named: "the ranking", in: built)
        try PhoneWidthTests.assertFitsAPhone(page: "index.html", selector: ".top-table", named: "the leading branches", in: built)
    }

    /// The tables of meetings (the home's latest, a branch's, a month's, the grid of every
    /// branch's months) break a long word of a topic or a branch's name within its column, on a
    /// phone 360 px wide: each was as wide as the word (the home's 1 921 px in its frame of 328)
    /// and is as wide as without it, its columns' own widths, scrolling sideways for them alone.
    /// Printed on A4 from Chromium, no word of these pages reaches past the right margin.
    func testLongWordsBreakWithinTheTablesOfMeetings() throws {
        let built = try build()
        let plain = BuiltSite.rebuild(root: keep(try BuiltSite.prepare("portal", changes: [:])))
        let tables = [("index.html", ".meeting-table"), ("chi-bo/ap-bac/index.html", ".meeting-table"),
                      ("sinh-hoat/2024/09/index.html", ".minutes-table"), ("sinh-hoat/index.html", ".minutes-grid")]
        for (page, selector) in tables {
            XCTAssertTrue(built.page(page).contains("GiồngRiềngHòaThuậnGiồngRiềng"), "\(page) shows a long word")
            let long = try PhoneWidthTests.measure(page: page, selector: selector, width: 375, in: built)
            let usual = try PhoneWidthTests.measure(page: page, selector: selector, width: 375, in: plain)
            XCTAssertGreaterThan(usual.laidOut, 0, "\(page) was measured")
            XCTAssertLessThanOrEqual(long.laidOut, usual.laidOut + 2,
                                     "\(page)'s \(selector) is \(long.laidOut) px wide with a long word, \(usual.laidOut) px without it")
        }
        for page in Set(tables.map(\.0)).sorted() {
            let pdf = try PrintedSheets.print(page, in: built.output, engine: .chromium)
            defer { try? FileManager.default.removeItem(at: pdf) }
            let words = try Self.wordsPastTheRightMargin(pdf: pdf)
            XCTAssertGreaterThan(words.printed, 50, "\(page) was printed and read")
            XCTAssertEqual(words.past, [], "\(page) prints words past its right margin")
        }
    }

    /// The ranking's chart draws a branch's long name within its width, on a screen and on A4
    /// alike (the chart's own units, in Chromium): its long word ran past the chart's right edge,
    /// cut there. Over two lines it is shortened with "…", whole in its bar's tooltip (`<title>`).
    func testALongBranchNameStaysWithinTheRankingsChart() throws {
        let built = try build(editing: ["content/branches/eo-gio.yaml": ("name: Chi bộ ấp Eo Gió", "name: \(Self.capitals)")])
        XCTAssertTrue(built.page("xep-hang/2024/index.html").contains("CHI BỘ TRƯỜNG TRUNG HỌC"), "the ranking names the branch in capitals")
        let page = built.page("xep-hang/2024/index.html")
        XCTAssertTrue(page.contains("<g class=\"bar\"><title>Chi bộ ấp Ấp Bắc \(Self.word)</title>"), "the bar's tooltip names the branch whole")
        let read = try PhoneWidthTests.probe(page: "xep-hang/2024/index.html", selector: ".chart-bars", width: 375, in: built, reading: """
            var labels = Array.prototype.slice.call(wrap.querySelectorAll("text.bar-label"));
            done(labels.map(function (text) {
              var box = text.getBBox();
              return Math.round(box.x) + ":" + Math.round(box.x + box.width) + ":" + text.textContent;
            }).join("|"));
            """)
        let labels = read.split(separator: "|").map { $0.split(separator: ":", maxSplits: 2) }
        XCTAssertGreaterThan(labels.count, 5, "every branch's name was measured: \(read)")
        XCTAssertTrue(labels.contains { $0.count == 3 && $0[2].hasSuffix("…") && $0[2].contains("GiồngRiềng") }, "the long name is shortened: \(read)")
        for label in labels where label.count == 3 {
            XCTAssertGreaterThanOrEqual(Int(label[0]) ?? -1, 0, "'\(label[2])' starts past the chart's left edge")
            XCTAssertLessThanOrEqual(Int(label[1]) ?? 999, 400, "'\(label[2])' runs past the chart's right edge")
        }
    }

    /// Printed on A4 from Chromium, the ranking breaks a branch's long name within its column and
    /// leaves the level's its width: the name took it, and each level was printed a word a line.
    func testALongBranchNameLeavesThePrintedRankingsLevelsWhole() throws {
        let built = try build()
        let printed = try PrintedPageWords(page: "xep-hang/2024/index.html", in: built)
        let texts = printed.words.map(\.text)
        let table = try XCTUnwrap(texts.indices.first { texts[$0...].starts(with: ["Bảng", "xếp", "hạng", "thi", "đua"]) }, "the table's caption")
        let key = try XCTUnwrap(texts.indices.first { $0 > table && texts[$0] == "TC1:" }, "the key under the table")
        let levels = (table..<key).filter { texts[$0] == "thành" && texts[$0 - 1] == "Hoàn" }
        XCTAssertEqual(levels.count, 5, "each branch's level is printed")
        XCTAssertEqual(levels.filter { !printed.sharesALineWithTheWordBefore($0) }.count, 0,
                       "levels printed a word a line: \(levels.map { printed.context($0) })")
    }

    /// A minutes page and a story printed on A4 from Chromium, and the bulletin printed by
    /// WeasyPrint (`--pdf`): no word reaches past the right margin (15 mm), where it was cut at
    /// the sheet's edge (the bulletin's e-mail address, the columns of its table from the fifth on).
    func testLongWordsStayWithinTheMarginsOnA4() throws {
        let built = try build(pdf: true)
        let bulletin = built.output.appending(path: "ban-tin/2024-09/ban-tin-2024-09.pdf")
        XCTAssertTrue(FileManager.default.fileExists(atPath: bulletin.path), "the bulletin was printed")
        let printed = [
            ("the bulletin", bulletin),
            ("the minutes", try PrintedSheets.print("sinh-hoat/ap-bac-2024-09/index.html", in: built.output, engine: .chromium)),
            ("the story", try PrintedSheets.print("guong-dien-hinh/binh-minh-hien-dat/index.html", in: built.output, engine: .chromium)),
        ]
        for (name, pdf) in printed {
            let words = try Self.wordsPastTheRightMargin(pdf: pdf)
            XCTAssertTrue(words.printed > 100, "\(name) was printed and read: \(words.printed) words")
            XCTAssertEqual(words.past, [], "\(name) prints words past its right margin")
        }
    }

    /// The words of `pdf` whose right end lies past the right margin (15 mm from the sheet's
    /// edge, with two points for a glyph's overhang: a justified line's last word ends up to one past it), and how many words it prints.
    static func wordsPastTheRightMargin(pdf: URL) throws -> (past: [String], printed: Int) {
        let pdftotext = try XCTUnwrap(BulletinPDFTests.tool("pdftotext"), "pdftotext (poppler-utils, installed by make test)")
        var width = 0.0, printed = 0, past: [String] = []
        for line in try BulletinPDFTests.run(pdftotext, ["-bbox", pdf.path, "-"]).split(separator: "\n") {
            if let page = line.firstMatch(of: #/<page width="([0-9.]+)"/#) { width = Double(page.output.1) ?? 0 }
            guard let word = line.firstMatch(of: #/<word xMin="[0-9.]+" yMin="[0-9.]+" xMax="([0-9.]+)" yMax="[0-9.]+">(.*)</word>/#),
                  let right = Double(word.output.1) else { continue }
            printed += 1
            if right > width - 15 / 25.4 * 72 + 2 { past.append("\(word.output.2) (\(right) pt)") }
        }
        return (past, printed)
    }
}
