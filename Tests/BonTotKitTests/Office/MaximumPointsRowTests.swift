import BonTotKit
import Foundation
import XCTest

/// The row of maximum points under the header's names ("15 điểm | 15 điểm | 30 điểm | …", or
/// "15 | 15 | 30 | …" under a header on two rows, `make_points_row_workbooks.py`): it was read as
/// a branch's row without its id, an error, and the site did not build. It is left out; a row
/// without an id whose scores are not the maxima is still reported.
final class MaximumPointsRowTests: WorkbookTestCase {
    func testTheRowOfMaximumPointsIsLeftOut() throws {
        for name in ["scores-points-row.xlsx", "scores-points-under-two-rows.xlsx"] {
            try assertRanksAsTheCSV(try workbook(name), name)
        }
    }

    /// The row labelled in the name column ("Điểm tối đa") was an unknown branch 'Điểm tối đa';
    /// the total titled "Tổng điểm đạt được" an unknown column.
    func testARowLabelledAsTheMaximaIsLeftOut() throws {
        let fixture = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
        let totals = ["Tổng điểm đạt được", "94,5", "82", "73", "61"]
        var lines = fixture.split(whereSeparator: \.isNewline).enumerated().map { "\($0.element);\(totals[$0.offset])" }
        lines.insert("Điểm tối đa;15;15;30;20;20;5;;;;;100", at: 1)
        try assertRanksAsTheCSV(try load([csv: .text(lines.joined(separator: "\n"))]))
    }

    func testARowWithoutAnIdThatHoldsNoMaximaIsStillReported() throws {
        let fixture = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
        var lines = fixture.split(whereSeparator: \.isNewline).map(String.init)
        lines.insert(";14;15;30;20;20;5;0;0;;", at: 1)
        let loaded = try load([csv: .text(lines.joined(separator: "\n"))])
        XCTAssertTrue(printed(loaded).contains("2024.csv:2: error: dòng có điểm nhưng thiếu mã chi bộ"), printed(loaded))
    }
}
