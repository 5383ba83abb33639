import BonTotKit
import BonTotOffice
import Foundation
import XCTest

/// A line of symbols or punctuation alone in a UTF-8 content file (a separator "· · ·", "° ° °",
/// "* * *", "§", "®") is no text pasted from a `.VnTime` document: read as TCVN3 its middle dots
/// are "ã ã ã", which the build warned of as pasted text and `bontot convert` rewrote.
final class SymbolLinesNotPastedTextTests: XCTestCase {
    private let path = "content/minutes/2024/ap-2-2024-10.md"
    private let head = "---\nbranch: ap-2\ndate: 2024-10-05\nkind: thuong-ky\n---\nChi bộ họp thường kỳ tháng 10.\n"
    /// Lines of symbols as clerks set apart the parts of their minutes.
    private let symbols = ["· · ·", "* * *", "---", "®", "+++", "§", "…", "==========", "° ° °", "¤ ¤ ¤", "¸ ¸ ¸", "§ 2", "© 2025",
                           "«»", "¶", "±", "·····", "× × ×"]
    /// "Chủ trì: đồng chí Nguyễn Văn Hùng." and "Đảng viên phát biểu ý kiến." as pasted.
    private let pasted = "Chñ tr×: ®ång chÝ NguyÔn V¨n Hïng.\n§¶ng viªn ph¸t biÓu ý kiÕn.\n"

    func testALineOfSymbolsAloneIsNoPastedText() throws {
        for line in symbols {
            let root = try ValidationSite.make("minimal", [path: .text(head + "\n" + line + "\n\nĐảng viên phát biểu ý kiến.\n")])
            defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
            let warned = SiteLoader.load(root: root).diagnostics.sorted.map(\.description).filter { $0.contains("dán sang dưới dạng Unicode") }
            XCTAssertEqual(warned, [], "the line '\(line)' was taken for pasted text")
        }
    }

    /// Beside pasted lines, the symbol lines are neither counted with them nor rewritten.
    func testSymbolLinesBesidePastedLinesStay() {
        let text = head + symbols.joined(separator: "\n") + "\n" + pasted
        let found = LegacyFontText.lines(in: text)
        XCTAssertEqual(found.map(\.unicode), ["Chủ trì: đồng chí Nguyễn Văn Hùng.", "Đảng viên phát biểu ý kiến."])
        XCTAssertEqual(LegacyFontText.converting(found, in: text),
                       head + symbols.joined(separator: "\n") + "\nChủ trì: đồng chí Nguyễn Văn Hùng.\nĐảng viên phát biểu ý kiến.\n")
    }

    /// Real pasted lines are still warned of.
    func testPastedLinesAreStillWarnedOf() throws {
        let root = try ValidationSite.make("minimal", [path: .text(head + "· · ·\n" + pasted)])
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let warned = SiteLoader.load(root: root).diagnostics.sorted.map(\.description).filter { $0.contains("dán sang dưới dạng Unicode") }
        XCTAssertEqual(warned.count, 1)
        XCTAssertTrue(warned.first?.hasPrefix("\(path):8: warning:") == true, "\(warned)")
        XCTAssertTrue(warned.first?.contains("(và 1 dòng khác)") == true, "\(warned)")
    }
}
