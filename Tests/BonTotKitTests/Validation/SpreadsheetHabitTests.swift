import BonTotKit
import Foundation
import XCTest

/// Scores as an office keeps them in Excel: Vietnamese column titles (criteria by their names in
/// the rubric) and branches written by their names or by their ids typed as words rank exactly as
/// the ids do; a name that matches no branch still gets its "did you mean".
final class SpreadsheetHabitTests: XCTestCase {
    private let header = "Chi bộ;Hoàn thành các chỉ tiêu được giao;Tiến độ, chất lượng lãnh đạo;Chất lượng sinh hoạt tốt;"
        + "ĐOÀN KẾT, KỶ LUẬT TỐT;Can bo, dang vien tot;Điểm thưởng;Điểm trừ;Vi phạm;Xếp loại;Ghi chú"

    private func fixtureCSV() throws -> [String] {
        try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/content/evaluations/2024.csv"), encoding: .utf8)
            .components(separatedBy: "\r\n")
    }

    func testVietnameseHeadersAndBranchNamesRankAsTheIdsDo() throws {
        var lines = try fixtureCSV()
        lines[0] = "\u{FEFF}" + header
        lines[1] = lines[1].replacingOccurrences(of: "ap-bac;", with: "Chi bộ ấp Ấp Bắc;")
        lines[2] = lines[2].replacingOccurrences(of: "binh-minh;", with: "binh minh;")
        lines[3] = lines[3].replacingOccurrences(of: "dong-tam;", with: "ấp đồng tâm;")
        let habits = try BuiltSite.build(changes: ["content/evaluations/2024.csv": lines.joined(separator: "\r\n")])
        XCTAssertTrue(habits.report.succeeded, habits.report.diagnostics.sorted.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(habits.report.diagnostics.sorted.filter { $0.location.file.hasSuffix("2024.csv") }.map(\.description), [])
        let ids = try BuiltSite.build()
        XCTAssertTrue(ids.report.succeeded, "\(ids.report.diagnostics.sorted)")
        let ranking = ids.page("xep-hang/2024/index.html")
        XCTAssertTrue(ranking.contains("Chi bộ ấp Ấp Bắc"), "the ranking lists the branches")
        XCTAssertEqual(habits.page("xep-hang/2024/index.html"), ranking)
        let csv = ids.bytes("xep-hang/2024/bang-xep-hang.csv")
        XCTAssertTrue(String(decoding: csv, as: UTF8.self).contains("Chi bộ ấp Ấp Bắc"), "the ranking's CSV lists the branches")
        XCTAssertEqual(habits.bytes("xep-hang/2024/bang-xep-hang.csv"), csv)
    }

    func testANameMatchingNoBranchStillSuggestsTheId() throws {
        var lines = try fixtureCSV()
        lines[1] = lines[1].replacingOccurrences(of: "ap-bac;", with: "Ấp Bắt;")
        let loaded = SiteLoader.load(root: try BuiltSite.prepare("portal", changes: ["content/evaluations/2024.csv": lines.joined(separator: "\r\n")]))
        let error = try XCTUnwrap(loaded.diagnostics.sorted.first { $0.severity == .error })
        XCTAssertEqual(error.location.file, "content/evaluations/2024.csv")
        XCTAssertTrue(error.message.contains("'Ấp Bắt'"), error.message)
    }
}
