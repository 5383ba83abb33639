import BonTotOffice
import XCTest

/// A line typed in Unicode with the Icelandic eth for Đ ("Ð/c Lê Hà", as some keyboards and
/// converters write it): it was warned of as pasted TCVN3 text, 'đọc là é/c Lờ HỔ', which
/// `bontot convert` would have written into the minutes.
final class EthForDNotPastedTextTests: XCTestCase {
    private let head = "---\nbranch: ap-2\ndate: 2024-10-05\nkind: thuong-ky\n---\nChi bộ họp thường kỳ tháng 10.\n"
    private let lines = ["Ð/c Lê Hà", "Ðinh Hà Lê", "- ð/c Lê Hà"]

    func testALineWithTheEthForDIsNoPastedText() {
        for line in lines {
            XCTAssertEqual(LegacyFontText.lines(in: head + line + "\n").map(\.unicode), [], "'\(line)' was taken for pasted text")
        }
    }

    func testBesidePastedLinesItIsNotRewritten() {
        let pasted = "Chñ tr×: ®ång chÝ NguyÔn V¨n Hïng.\n§¶ng viªn ph¸t biÓu ý kiÕn.\n"
        let found = LegacyFontText.lines(in: head + lines.joined(separator: "\n") + "\n" + pasted)
        XCTAssertEqual(found.map(\.unicode), ["Chủ trì: đồng chí Nguyễn Văn Hùng.", "Đảng viên phát biểu ý kiến."])
    }
}
