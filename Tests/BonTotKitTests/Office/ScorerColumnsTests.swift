@testable import BonTotKit
import Foundation
import XCTest

/// Each criterion scored twice, its name merged over "Tự chấm | Đảng ủy chấm" (`make_grouped_header_workbooks.py`):
/// it was four "dòng tiêu đề thiếu cột" errors, "cột 'Tự chấm' có hai lần" at each criterion and
/// no ranking. The committee's scores are read, the branches' own left out; in a CSV exported
/// from such a sheet too.
final class ScorerColumnsTests: WorkbookTestCase {
    func testTheCommitteesScoreIsReadAndTheBranchsOwnLeftOut() throws {
        try assertRanksAsTheCSV(try workbook("scores-self-and-committee.xlsx"))

        let fixture = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
        let records = fixture.split(whereSeparator: \.isNewline).dropFirst().map { line in
            var cells = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            cells.replaceSubrange(1...5, with: cells[1...5].flatMap { ["\((Int($0) ?? 0) + 1)", $0] })
            return cells.joined(separator: ";")
        }
        let criteria = ["Hoàn thành các chỉ tiêu được giao", "\"Tiến độ, chất lượng lãnh đạo\"", "Chất lượng sinh hoạt tốt",
                        "\"Đoàn kết, kỷ luật tốt\"", "\"Cán bộ, đảng viên tốt\""]
        let header = ["Chi bộ;" + criteria.map { $0 + ";" }.joined(separator: ";") + ";Điểm thưởng;Điểm trừ;Vi phạm;Xếp loại;Ghi chú",
                      ";" + Array(repeating: "Tự chấm;Đảng ủy chấm", count: 5).joined(separator: ";") + ";;;;;"]
        let exported = try load([csv: .text((header + records).joined(separator: "\n"))])
        try assertRanksAsTheCSV(exported, "the CSV")
    }

    /// "Đảng ủy chấm" merged over the criteria, then "Chi bộ tự chấm" over them again as the last
    /// group, the columns after it named in the lower row only: "Xếp loại" and the others were
    /// taken in the branch's own group, and the level the committee decided left out without a
    /// word. The group ends at them: each is read.
    func testTheColumnsAfterTheBranchsOwnGroupAsTheLastAreRead() throws {
        let fixture = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
        let levels = Dictionary(uniqueKeysWithValues: try expected().map { row in
            let words = row.split(separator: " ").map(String.init)
            return (words[1], words[3])
        })
        let records = fixture.split(whereSeparator: \.isNewline).dropFirst().map { line in
            var cells = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            cells.insert(contentsOf: cells[1...5].map { "\((Int($0) ?? 0) + 1)" }, at: 6)
            cells[14] = levels[cells[0]] ?? ""
            return cells.joined(separator: ";")
        }
        let criteria = ["Hoàn thành các chỉ tiêu được giao", "\"Tiến độ, chất lượng lãnh đạo\"", "Chất lượng sinh hoạt tốt",
                        "\"Đoàn kết, kỷ luật tốt\"", "\"Cán bộ, đảng viên tốt\""].joined(separator: ";")
        let header = ["Chi bộ;Đảng ủy chấm;;;;;Chi bộ tự chấm;;;;;;;;;",
                      ";\(criteria);\(criteria);Điểm thưởng;Điểm trừ;Vi phạm;Xếp loại;Ghi chú"]
        let loaded = try load([csv: .text((header + records).joined(separator: "\n"))])
        try assertRanksAsTheCSV(loaded)
        let stated = loaded.site?.evaluations.first { $0.period == Period("2024") }?.entries.map { $0.statedLevel ?? "-" }
        XCTAssertEqual(stated, ["ap-1", "ap-2", "truong-thcs", "cong-an-xa"].map { levels[$0] ?? "?" })
        XCTAssertEqual(loaded.site?.evaluations.first { $0.period == Period("2024") }?.entries.first?.note, "Tặng Giấy khen")

        // A total and a level under both groups are the branch's own under its group: still left out.
        XCTAssertEqual(ScorerColumns.renamed(upper: ["Chi bộ", "Đảng ủy chấm", "", "", "Chi bộ tự chấm", "", "", ""],
                                             lower: ["", "Sinh hoạt", "Tổng điểm", "Xếp loại", "Sinh hoạt", "Tổng điểm", "Xếp loại", "Ghi chú"]),
                       [4: EvaluationHeader.selfScoreColumn, 5: EvaluationHeader.selfScoreColumn, 6: EvaluationHeader.selfScoreColumn])
    }

    /// A group over two committee columns, or over other columns, is left as it is.
    func testOnlyOneCommitteeColumnBesideTheBranchsOwnIsRenamed() {
        XCTAssertEqual(ScorerColumns.renamed(upper: ["Chi bộ", "Sinh hoạt", ""], lower: ["", "Tự chấm", "Đảng ủy chấm"]),
                       [1: EvaluationHeader.selfScoreColumn, 2: "Sinh hoạt"])
        XCTAssertEqual(ScorerColumns.renamed(upper: ["Chi bộ", "Sinh hoạt", ""], lower: ["", "Đảng ủy chấm", "Thẩm định"]), [:])
        XCTAssertEqual(ScorerColumns.renamed(upper: ["Chi bộ", "Tiêu chí", ""], lower: ["", "Sinh hoạt", "Đảng ủy chấm"]), [:])
    }
}
