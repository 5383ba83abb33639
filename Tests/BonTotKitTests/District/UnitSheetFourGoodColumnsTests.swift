import Foundation
import XCTest

/// A district's table of unit scores made from its own ranking CSV (bang-xep-hang.csv: "Chi bộ
/// 4 tốt (%)", then "Đảng bộ cơ sở 4 tốt" with "Đạt" / "Chưa đạt"), its rubric naming no
/// `four_good.title`: the share column was read as the units' mark (its "50" no mark, so never
/// compared), and the mark column, the default title's, warned unknown at every build.
final class UnitSheetFourGoodColumnsTests: XCTestCase {
    private let sheet = "content/unit-evaluations/2024.csv"

    private func build(marks: [String]) throws -> String {
        try build(columns: "Chi bộ 4 tốt (%);Đảng bộ cơ sở 4 tốt", cells: zip(["50", "66,7", "100"], marks).map { "\($0);\($1)" })
    }

    /// The ranking's CSV with `columns` between "Xếp loại" and "Ghi chú", its three rows' `cells` there.
    private func build(columns: String, cells: [String]) throws -> String {
        let header = "Đảng bộ cơ sở;Lãnh đạo hoàn thành tốt nhiệm vụ chính trị;Xây dựng Đảng trong sạch vững mạnh;Đoàn kết, kỷ luật tốt;"
            + "Cán bộ, đảng viên tốt;Điểm thưởng;Điểm trừ;Tổng điểm;Xếp loại;\(columns);Ghi chú\r\n"
        let rows = ["Đảng bộ xã Long Thạnh;28;28;18;18;0;0;92;Hoàn thành xuất sắc nhiệm vụ;\(cells[0]);\r\n",
                    "Đảng bộ xã Ấp Bắc;25;27;17;17;0;0;86;Hoàn thành tốt nhiệm vụ;\(cells[1]);\r\n",
                    "Đảng bộ xã Bình Minh;26;26;17;17;0;0;86;Hoàn thành tốt nhiệm vụ;\(cells[2]);\r\n"]
        let root = try ValidationSite.make("district", ["content/unit-evaluations/2024.yaml": .remove, sheet: .text(header + rows.joined())])
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let result = try BontotProcess.run(["build", "--site", root.path, "--output", root.appending(path: "output").path])
        XCTAssertEqual(result.status, 0, result.output + result.errors)
        return result.output + result.errors
    }

    func testTheRankingsOwnCSVReadAsASheetWarnsOfNothing() throws {
        let said = try build(marks: ["Chưa đạt", "Đạt", "Đạt"])
        XCTAssertFalse(said.contains(sheet), said)
    }

    func testAWrongMarkUnderTheDefaultTitleIsComparedAndTheShareIsNot() throws {
        let said = try build(marks: ["Đạt", "Đạt", "Đạt"])
        let warnings = said.split(separator: "\n").filter { $0.hasPrefix(sheet) }
        XCTAssertEqual(warnings.count, 1, said)
        XCTAssertTrue(warnings.first?.hasPrefix("\(sheet):2: warning: bảng ghi đảng bộ cơ sở 'xa-c' đạt “Đảng bộ cơ sở 4 tốt” nhưng theo "
                                                + "thang điểm thì chưa đạt") == true, said)
    }

    /// "Chi bộ 4 tốt | Chi bộ 4 tốt (%)": the number of each unit's branches holding the title,
    /// then their share. The count's "1" was read as the unit's mark, a warning that the sheet
    /// awards xã Long Thạnh “Đảng bộ cơ sở 4 tốt”, which its "Chưa đạt" beside did not.
    func testTheCountOfBranchesHoldingTheTitleIsNoMark() throws {
        let said = try build(columns: "Chi bộ 4 tốt;Chi bộ 4 tốt (%)", cells: ["1;50", "2;66,7", "3;100"])
        XCTAssertFalse(said.contains(sheet), said)
        let marked = try build(columns: "Chi bộ 4 tốt;Chi bộ 4 tốt (%);Đảng bộ cơ sở 4 tốt", cells: ["1;50;Chưa đạt", "2;66,7;Đạt", "3;100;Đạt"])
        XCTAssertFalse(marked.contains(sheet), marked)
        let wrong = try build(columns: "Chi bộ 4 tốt;Đảng bộ cơ sở 4 tốt", cells: ["0;Đạt", "2;Đạt", "3;Đạt"])
        XCTAssertTrue(wrong.contains("\(sheet):2: warning: bảng ghi đảng bộ cơ sở 'xa-c' đạt “Đảng bộ cơ sở 4 tốt”"), wrong)
    }
}
