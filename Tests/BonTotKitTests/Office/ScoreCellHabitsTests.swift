import BonTotKit
import Foundation
import XCTest

/// Score cells as clerks type them in Excel: a penalty written with its sign.
final class ScoreCellHabitsTests: WorkbookTestCase {
    /// The minimal fixture's CSV with the cell `column` (0-based) of the branch row `row` (1-based) replaced.
    private func csvText(row: Int, column: Int, with text: String) throws -> String {
        let fixture = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
        var lines = fixture.split(whereSeparator: \.isNewline).map(String.init)
        var cells = lines[row].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        cells[column] = text
        lines[row] = cells.joined(separator: ";")
        return lines.joined(separator: "\n")
    }

    /// "-2" in the "Điểm trừ" column, as many offices write the points taken off, was "điểm
    /// 'penalty' … là -2, nhỏ hơn 0" and the site did not build: it takes 2 points off, as "2" does,
    /// in CSV and in YAML.
    func testAPenaltyWrittenWithItsSignIsThePointsTakenOff() throws {
        let unsigned = try load([csv: .text(try csvText(row: 2, column: 7, with: "2"))])
        let signed = try load([csv: .text(try csvText(row: 2, column: 7, with: "-2"))])
        XCTAssertEqual(ranking(signed), ranking(unsigned), printed(signed))
        XCTAssertTrue(ranking(signed).contains("2 ap-2 80.0 tot true"), "\(ranking(signed))")
        XCTAssertEqual(signed.diagnostics.warningCount, 0, printed(signed))

        let yaml = try load(["content/evaluations/2023.yaml": .text("""
            period: 2023
            scores:
              ap-2: { nhiem-vu-chinh-tri: { chi-tieu: 12, tien-do: 12 }, sinh-hoat: 25, doan-ket-ky-luat: 17, dang-vien: 16, penalty: -2 }
            """), csv: .text(try csvText(row: 2, column: 7, with: "0"))])
        XCTAssertEqual(yaml.diagnostics.errorCount, 0, printed(yaml))
        let card = yaml.analysis?.ranking(Period("2023")!)?.rows.first { $0.branchID == "ap-2" }?.card
        XCTAssertEqual(card?.total, 80)
    }
}
