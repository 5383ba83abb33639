@testable import BonTotKit
import XCTest

/// `bang-xep-hang.csv` beside each ranking page: UTF-8 with a BOM, `;`, CRLF, Vietnamese header.
final class RankingCSVTests: XCTestCase {
    func testTheCSVIsExcelReadyVietnamese() throws {
        let bytes = try BuiltSite.build().bytes("xep-hang/2024/bang-xep-hang.csv")
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "BOM")
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        XCTAssertEqual(lines.count, 7, "header, five rows, and the empty remainder after the last CRLF")
        XCTAssertEqual(lines.last, "")
        XCTAssertFalse(text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "no bare LF")
        XCTAssertEqual(lines[cell: 0], "Hạng;Chi bộ;Lãnh đạo hoàn thành tốt nhiệm vụ chính trị;Chất lượng sinh hoạt tốt;"
                       + "Đoàn kết, kỷ luật tốt;Cán bộ, đảng viên tốt;Điểm thưởng;Điểm trừ;Tổng điểm;Xếp loại;Chi bộ 4 tốt;Ghi chú")
        XCTAssertEqual(lines[cell: 1], "1;Chi bộ ấp Ấp Bắc;29;28;19;19;2;0;97;Hoàn thành xuất sắc nhiệm vụ;Đạt;Tặng Giấy khen")
        XCTAssertEqual(lines[cell: 3], "3;Chi bộ ấp Đồng Tâm;25;24;17;16;0;0;82;Hoàn thành tốt nhiệm vụ;Đạt;")
        XCTAssertEqual(lines[cell: 4], "3;Chi bộ ấp Eo Gió;25;24;17;16;0;0;82;Hoàn thành tốt nhiệm vụ;Chưa đạt;")
    }

    func testTheLatestRankingsCSVSitsBesideXepHangToo() throws {
        let built = try BuiltSite.build()
        let latest = built.bytes("xep-hang/bang-xep-hang.csv")
        XCTAssertFalse(latest.isEmpty)
        XCTAssertEqual(latest, built.bytes("xep-hang/2024/bang-xep-hang.csv"))
        XCTAssertNotEqual(latest, built.bytes("xep-hang/2023/bang-xep-hang.csv"))
    }

    func testDecimalsTakeACommaAndFieldsWithSemicolonsOrQuotesAreQuoted() throws {
        let built = try BuiltSite.build(changes: ["content/evaluations/2024-q3.yaml": RankingPageTests.quarter])
        let text = String(decoding: built.bytes("xep-hang/2024-q3/bang-xep-hang.csv").dropFirst(3), as: UTF8.self)
        XCTAssertTrue(text.contains("\r\n2;Chi bộ ấp Ấp Bắc;27,5;26;18;16;0;0;87,5;Hoàn thành tốt nhiệm vụ;Đạt;"
                                    + "\"Khá; cần cố gắng \"\"hơn\"\"\"\r\n"), text)
    }

    /// OWASP's advice on CSV injection: a text cell that Excel would read as a formula gets a `'`.
    func testTextThatLooksLikeAFormulaIsNeutralisedAndNumbersAreNot() {
        for text in ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"] {
            XCTAssertEqual(RankingCSV.inert(text), "'" + text)
        }
        for text in ["Chi bộ ấp 1", "1=1", "", "'=x"] {
            XCTAssertEqual(RankingCSV.inert(text), text)
        }
        XCTAssertEqual(RankingCSV.number(-2.5), "-2,5", "a negative score stays a number")
    }
}
