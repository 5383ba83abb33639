import BonTotOffice
import XCTest

/// Symbols standing alone among words and numbers ("Tel: 0912 · Fax: 0913", "× 2 = 10 cm"):
/// beside pasted lines `bontot convert` rewrote them ("Tel: 0912 ã Fax: 0913"), and alone
/// "x × x × x" was warned of as pasted text.
final class SymbolsAmongWordsNotPastedTextTests: XCTestCase {
    private let head = "---\nbranch: ap-2\ndate: 2024-10-05\nkind: thuong-ky\n---\nChi bộ họp thường kỳ tháng 10.\n"
    private let lines = ["Tel: 0912 · Fax: 0913", "× 2 = 10 cm", "x × x × x", "· · · a · · ·"]

    func testSymbolsAmongWordsAreNoPastedText() {
        for line in lines {
            XCTAssertEqual(LegacyFontText.lines(in: head + line + "\n").map(\.unicode), [], "'\(line)' was taken for pasted text")
        }
        let pasted = "Chñ tr×: ®ång chÝ NguyÔn V¨n Hïng.\n§¶ng viªn ph¸t biÓu ý kiÕn.\n"
        let found = LegacyFontText.lines(in: head + lines.joined(separator: "\n") + "\n" + pasted)
        XCTAssertEqual(found.map(\.unicode), ["Chủ trì: đồng chí Nguyễn Văn Hùng.", "Đảng viên phát biểu ý kiến."])
    }
}
