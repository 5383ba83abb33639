import BonTotKit
import Foundation
import XCTest

/// Score cells as clerks type them in Excel: a penalty written with its sign, a decimal that
/// Excel turned into a date, the points typed with their word.
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

    /// "27,5" inside a one-line YAML mapping `{ … }`, where the comma also separates: it was read
    /// 27 and an unknown field '5', the half point lost with only a warning. It is read 27,5, as on
    /// its own line, with a warning on its line saying to write 27.5; in a criterion's items too.
    func testADecimalCommaInsideBracesKeepsItsDecimals() throws {
        let braces = try load(["content/evaluations/2023.yaml": .text("""
            period: 2023
            scores:
              ap-2: { nhiem-vu-chinh-tri: { chi-tieu: 12,5, tien-do: 12 }, sinh-hoat: 24,5, doan-ket-ky-luat: 17, dang-vien: 16 }
            """), csv: .text(try csvText(row: 2, column: 7, with: "0"))])
        let lines = try load(["content/evaluations/2023.yaml": .text("""
            period: 2023
            scores:
              ap-2:
                nhiem-vu-chinh-tri: { chi-tieu: 12.5, tien-do: 12 }
                sinh-hoat: 24,5
                doan-ket-ky-luat: 17
                dang-vien: 16
            """), csv: .text(try csvText(row: 2, column: 7, with: "0"))])
        XCTAssertEqual(ranking(braces), ranking(lines), printed(braces))
        let card = braces.analysis?.ranking(Period("2023")!)?.rows.first { $0.branchID == "ap-2" }?.card
        XCTAssertEqual(card?.total, 82)
        XCTAssertEqual(braces.diagnostics.sorted.map(\.description).filter { $0.contains("{ }") || $0.contains("unknown field") }, [
            "content/evaluations/2023.yaml:3: warning: điểm '12,5' trong cặp ngoặc { } được đọc là 12,5; trong { } dấu phẩy còn ngăn "
                + "các điểm, hãy viết 12.5 (dấu chấm) hoặc ghi mỗi điểm trên một dòng / a decimal comma inside { } also separates "
                + "the scores: read as 12.5; write 12.5",
            "content/evaluations/2023.yaml:3: warning: điểm '24,5' trong cặp ngoặc { } được đọc là 24,5; trong { } dấu phẩy còn ngăn "
                + "các điểm, hãy viết 24.5 (dấu chấm) hoặc ghi mỗi điểm trên một dòng / a decimal comma inside { } also separates "
                + "the scores: read as 24.5; write 24.5",
        ])
    }

    /// "25.5" typed where Windows takes the comma for decimals becomes the date 25/05 in Excel,
    /// and reads "25/05/2024" in the cell and in its CSV: the error says so and what to type.
    func testADecimalExcelTurnedIntoADateIsNamedWithTheNumberTyped() throws {
        let loaded = try load([csv: .text(try csvText(row: 2, column: 3, with: "25/05/2024"))])
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.description), [
            "\(csv):3: error: điểm 'sinh-hoat' của 'ap-2' là ngày 25/05/2024, không phải số điểm: có lẽ gõ 25.5 trên máy dùng "
                + "dấu phẩy thập phân nên Excel đổi thành ngày; hãy đổi định dạng ô sang số và gõ lại 25,5 "
                + "/ a date is not a score: 25.5 typed where the decimal mark is a comma became a date",
        ])
    }

    /// A score typed as text with the word for points ("25đ", "24 điểm", "1,5 đ") was "'25đ' is
    /// not a number": it is the points it says.
    func testAScoreTypedWithTheWordForPointsIsThePoints() throws {
        var text = try csvText(row: 2, column: 3, with: "25đ")
        text = text.replacingOccurrences(of: "ap-1;14;14;28;", with: "ap-1;14 điểm;14;28 Đ;").replacingOccurrences(of: ";1,5;", with: ";1,5 đ;")
        let loaded = try load([csv: .text(text)])
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
        XCTAssertEqual(loaded.diagnostics.warningCount, 0, printed(loaded))
    }
}
