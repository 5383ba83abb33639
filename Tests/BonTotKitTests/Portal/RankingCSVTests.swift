@testable import BonTotKit
import Foundation
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
        XCTAssertEqual(lines[cell: 0], "Hạng;Hạng trong cụm;Cụm thi đua;Chi bộ;Lãnh đạo hoàn thành tốt nhiệm vụ chính trị;Chất lượng sinh hoạt tốt;"
                       + "Đoàn kết, kỷ luật tốt;Cán bộ, đảng viên tốt;Điểm thưởng;Điểm trừ;Tổng điểm;Xếp loại;Chi bộ 4 tốt;Ghi chú")
        XCTAssertEqual(lines[cell: 1], "1;1;Cụm thi đua số 1;Chi bộ ấp Ấp Bắc;29;28;19;19;2;0;97;Hoàn thành xuất sắc nhiệm vụ;Đạt;Tặng Giấy khen")
        XCTAssertEqual(lines[cell: 3], "3;3;Cụm thi đua số 1;Chi bộ ấp Đồng Tâm;25;24;17;16;0;0;82;Hoàn thành tốt nhiệm vụ;Đạt;")
        XCTAssertEqual(lines[cell: 4], "3;3;Cụm thi đua số 1;Chi bộ ấp Eo Gió;25;24;17;16;0;0;82;Hoàn thành tốt nhiệm vụ;Chưa đạt;")
    }

    /// The page's table ranks each branch within its emulation cluster too ("1 (cụm 1)"), in a
    /// column a narrow screen hides while telling the reader to look in the CSV: the CSV has that
    /// rank and the cluster's name from `site.yaml`, empty for a branch of no cluster; a site
    /// without clusters keeps the columns it had.
    func testTheCSVHasTheRankWithinTheClusterThePageHides() throws {
        let built = try BuiltSite.build()
        let page = built.page("xep-hang/2024/index.html")
        XCTAssertTrue(page.contains("hoặc xem trong tệp CSV"), "the narrow screen's hint sends the reader to the CSV")
        let lines = String(decoding: built.bytes("xep-hang/2024/bang-xep-hang.csv").dropFirst(3), as: UTF8.self)
            .components(separatedBy: "\r\n")
        XCTAssertEqual(lines[cell: 0].components(separatedBy: ";").prefix(4), ["Hạng", "Hạng trong cụm", "Cụm thi đua", "Chi bộ"])
        XCTAssertEqual(lines[cell: 2].components(separatedBy: ";").prefix(4), ["2", "2", "Cụm thi đua số 1", "Chi bộ ấp Bình Minh"])
        XCTAssertEqual(lines[cell: 5].components(separatedBy: ";").prefix(4), ["5", "", "", "Chi bộ Trường THCS Hòa Thuận"],
                       "a branch of no cluster")

        var changes: [String: String?] = [:]
        for id in ["ap-bac", "binh-minh", "dong-tam", "eo-gio"] {
            let path = "content/branches/\(id).yaml"
            let text = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/" + path), encoding: .utf8)
            changes[path] = text.components(separatedBy: "\n").filter { !$0.hasPrefix("cluster:") }.joined(separator: "\n")
        }
        let unclustered = try BuiltSite.build(changes: changes)
        XCTAssertTrue(unclustered.report.succeeded, "\(unclustered.report.diagnostics.sorted)")
        let plain = String(decoding: unclustered.bytes("xep-hang/2024/bang-xep-hang.csv").dropFirst(3), as: UTF8.self)
        XCTAssertTrue(plain.hasPrefix("Hạng;Chi bộ;Lãnh đạo"), plain)
        XCTAssertTrue(plain.contains("\r\n1;Chi bộ ấp Ấp Bắc;29;"), plain)
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
        XCTAssertTrue(text.contains("\r\n2;2;Cụm thi đua số 1;Chi bộ ấp Ấp Bắc;27,5;26;18;16;0;0;87,5;Hoàn thành tốt nhiệm vụ;Đạt;"
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
