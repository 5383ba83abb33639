import BonTotKit
import BonTotOffice
import Foundation
import XCTest

/// The text of an old `.VnTime` minutes copied from Word and pasted into a content file saved as
/// UTF-8: Word copies the characters of the font's bytes ("Chñ tr×: ®ång chÝ"), which the portal
/// published as they stood, without a word.
final class PastedFontTextTests: XCTestCase {
    private let path = "content/minutes/2024/ap-2-2024-10.md"
    private let head = "---\nbranch: ap-2\ndate: 2024-10-05\nkind: thuong-ky\n---\nChi bộ họp thường kỳ tháng 10.\n"
    /// "Chủ trì: đồng chí Nguyễn Văn Hùng." and "Đảng viên phát biểu ý kiến." as pasted.
    private let pasted = "Chñ tr×: ®ång chÝ NguyÔn V¨n Hïng.\n§¶ng viªn ph¸t biÓu ý kiÕn.\n"

    func testLinesPastedFromAVnTimeDocumentAreWarnedOf() throws {
        let root = try ValidationSite.make("minimal", [path: .text(head + pasted)])
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let lines = SiteLoader.load(root: root).diagnostics.sorted.map(\.description).filter { $0.hasPrefix(path) }
        XCTAssertEqual(lines, [
            "\(path):7: warning: dòng này có vẻ là chữ gõ bằng phông TCVN3 (ABC) dán sang dưới dạng Unicode: "
                + "'Chñ tr×: ®ång chÝ NguyÔn V¨n Hïng.' đọc là 'Chủ trì: đồng chí Nguyễn Văn Hùng.' (và 1 dòng khác); "
                + "chạy 'bontot convert \(path)' để chuyển các dòng ấy (tệp gốc giữ lại là \(path).orig) "
                + "/ this line looks like TCVN3 (ABC) text pasted as Unicode: run 'bontot convert \(path)'",
        ])
    }

    /// TCVN3's ư is the byte of the soft hyphen, which the clerk's editor does not show: the
    /// warning quotes the line as the editor shows it ("Trêng"), not "Tr\u{AD}êng".
    func testThePastedLineIsQuotedAsTheEditorShowsIt() throws {
        let line = "§ång chÝ L\u{AD}¬ng V¨n Tr\u{AD}êng ph¸t biÓu.\n"
        let root = try ValidationSite.make("minimal", [path: .text(head + line)])
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let warned = SiteLoader.load(root: root).diagnostics.sorted.map(\.description).filter { $0.contains("dán sang dưới dạng Unicode") }
        XCTAssertEqual(warned.count, 1)
        XCTAssertTrue(warned.allSatisfy { $0.contains("'§ång chÝ L¬ng V¨n Trêng ph¸t biÓu.' đọc là 'Đồng chí Lương Văn Trường phát biểu.'") },
                      "\(warned)")
        XCTAssertFalse(warned.contains { $0.contains("\\u{AD}") || $0.contains("\u{AD}") }, "\(warned)")
    }

    /// A branch's YAML and a score sheet saved as CSV are told the same.
    func testPastedLinesOfABranchOrAScoreSheetAreWarnedOf() throws {
        let branch = "content/branches/ap-9.yaml", scores = "content/evaluations/2024-10.csv"
        let root = try ValidationSite.make("minimal", [
            branch: .text("name: Chi bộ ấp 9\nkind: khu-dan-cu\nsummary: Chi bé nhiÒu n¨m liÒn hoµn thµnh tèt nhiÖm vô.\n"),
            scores: .text("branch;note\nap-1;TÆng GiÊy khen cña §¶ng ñy x·\n"),
        ])
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let warned = SiteLoader.load(root: root).diagnostics.sorted.map(\.description).filter { $0.contains("dán sang dưới dạng Unicode") }
        XCTAssertEqual(warned.map { $0.prefix { $0 != " " } }, ["\(branch):3:", "\(scores):2:"])
    }

    /// Unicode text with the letters and signs of the same range (°, ±, ×, ½, ©, é, ü) is no such text.
    func testUnicodeWithLatinLettersAndSignsIsNoPastedText() {
        let text = "Nhiệt độ 30°C, độ ẩm 85% ± 5%; quán café ở Huế, ông Müller; 15.000 đ × 3; đạt 9½ điểm © 2025.\n"
            + "Hà Nội, ngày 05 tháng 10 năm 2024: Đảng viên phát biểu ý kiến.\n"
        XCTAssertEqual(LegacyFontText.lines(in: text), [])
        let summary = "Mô hình “Dân vận khéo” © 2025, năm thứ 9½.\n"
        XCTAssertEqual(LegacyFontText.lines(in: summary.decomposedStringWithCanonicalMapping), [], "as a Mac writes it, decomposed")
    }

    /// Unicode lines whose letters are all of U+0080 to U+00FF ("chair: Lê Hà", "Báo cáo", "Khá")
    /// beside pasted lines are typed in Unicode: they were rewritten too, to "Lờ HỔ", "Bỏo cỏo", "Khỏ".
    func testUnicodeLinesOfLatinLettersBesidePastedLinesStay() {
        let typed = "---\ntitle: Báo cáo\nchair: Lê Hà\nrecorder: Hòa\n---\nKhá\n"
        XCTAssertEqual(LegacyFontText.lines(in: typed + pasted).map(\.number), [7, 8])
    }

    /// `bontot convert` rewrites the pasted lines and leaves the Unicode ones, keeping the original.
    func testConvertRewritesThePastedLinesOnly() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "bontot-pasted-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "bien-ban.md")
        try Data((head + "Thư ký: Trần Thị Mai.\n" + pasted).utf8).write(to: file)
        let outcome = try LegacyFileConversion.convert(file, path: "bien-ban.md").get()
        XCTAssertEqual(outcome.encoding, .pastedFontText(.tcvn3))
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8),
                       head + "Thư ký: Trần Thị Mai.\nChủ trì: đồng chí Nguyễn Văn Hùng.\nĐảng viên phát biểu ý kiến.\n")
        XCTAssertEqual(try String(contentsOf: folder.appending(path: "bien-ban.md.orig"), encoding: .utf8),
                       head + "Thư ký: Trần Thị Mai.\n" + pasted)
    }
}
