import BonTotKit
import Foundation
import XCTest

/// A score typed "1.000" (in a CSV, or a text cell of a workbook) read as 1 whatever the file:
/// in Vietnamese it is a thousand. The decimals the table types elsewhere tell which it means
/// (`TableDecimalMark`): with commas ("1,5"), a thousand, above the criterion's maximum, an
/// error at its cell; with points ("1.5"), one; with none, an error asking to write it plainly.
final class ThousandsLookalikeTests: WorkbookTestCase {
    /// The minimal fixture's CSV with cells replaced: (row from 1 with the header at 0, column from 0) → text.
    private func csvText(_ cells: [(row: Int, column: Int, text: String)]) throws -> String {
        let fixture = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
        var lines = fixture.split(whereSeparator: \.isNewline).map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
        for cell in cells { lines[cell.row][cell.column] = cell.text }
        return lines.map { $0.joined(separator: ";") }.joined(separator: "\n")
    }

    /// The fixture's CSV types ap-1's bonus "1,5": its "1.000" for ap-2's 'sinh-hoat' is a thousand.
    func testInACSVWritingDecimalCommasADotPartsThousands() throws {
        let loaded = try load([csv: .text(try csvText([(2, 3, "1.000")]))])
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.description), [
            "\(csv):3: error: điểm 'sinh-hoat' của 'ap-2' ghi '1.000': bảng này viết số lẻ bằng dấu phẩy (như '1,5' ở dòng 2) "
                + "nên '1.000' là 1000, vượt điểm tối đa 30; nếu là 1 điểm hãy ghi '1' / this table writes decimals with a comma "
                + "('1,5'), so '1.000' is 1000, above the max 30; for 1 point write '1'",
        ])
    }

    /// The same with the score's word ("1.000đ") or a sign ("-1.000"): still a thousand in a table
    /// of decimal commas, above the maximum, not 1 (or -1) read past the check.
    func testAWordOrASignDoesNotHideTheThousands() throws {
        let loaded = try load([csv: .text(try csvText([(2, 3, "1.000đ"), (3, 3, "-1.000")]))])
        let errors = loaded.diagnostics.sorted.filter { $0.severity == .error }
        XCTAssertEqual(errors.map(\.location.line), [3, 4], printed(loaded))
        XCTAssertTrue(errors.first?.message.hasPrefix("điểm 'sinh-hoat' của 'ap-2' ghi '1.000đ': bảng này viết số lẻ bằng dấu phẩy") == true,
                      printed(loaded))
        XCTAssertTrue(errors.last?.message.hasPrefix("điểm 'sinh-hoat' của 'truong-thcs' ghi '-1.000': bảng này viết số lẻ bằng dấu phẩy") == true,
                      printed(loaded))
    }

    /// The English gist counts as English does: "for 1 point" (or -1, under "Điểm trừ"), "for 2,5 points".
    func testTheEnglishGistSaysOnePointAndOtherwisePoints() throws {
        let loaded = try load([csv: .text(try csvText([(2, 3, "2.500"), (3, 3, "-1.000")]))])
        XCTAssertEqual(loaded.diagnostics.sorted.filter { $0.severity == .error }.map(\.description), [
            "\(csv):3: error: điểm 'sinh-hoat' của 'ap-2' ghi '2.500': bảng này viết số lẻ bằng dấu phẩy (như '1,5' ở dòng 2) "
                + "nên '2.500' là 2500, vượt điểm tối đa 30; nếu là 2,5 điểm hãy ghi '2,5' / this table writes decimals with a comma "
                + "('1,5'), so '2.500' is 2500, above the max 30; for 2,5 points write '2,5'",
            "\(csv):4: error: điểm 'sinh-hoat' của 'truong-thcs' ghi '-1.000': bảng này viết số lẻ bằng dấu phẩy (như '1,5' ở dòng 2) "
                + "nên '-1.000' là -1000, vượt điểm tối đa 30; nếu là -1 điểm hãy ghi '-1' / this table writes decimals with a comma "
                + "('1,5'), so '-1.000' is -1000, above the max 30; for -1 point write '-1'",
        ], printed(loaded))
    }

    /// The same CSV typed on an English-set computer ("1.5"): its "25.000" is 25, and the ranking
    /// is the fixture's own.
    func testInACSVWritingDecimalPointsItIsADecimal() throws {
        let loaded = try load([csv: .text(try csvText([(1, 6, "1.5"), (2, 3, "25.000")]))])
        XCTAssertEqual(loaded.diagnostics.errorCount, 0, printed(loaded))
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
    }

    /// No other decimal in the table: "25.000" could be either, and the clerk is asked for "25".
    func testALoneLookalikeIsAnErrorAskingForThePlainNumber() throws {
        let loaded = try load([csv: .text(try csvText([(1, 6, "2"), (2, 3, "25.000")]))])
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.description), [
            "\(csv):3: error: điểm 'sinh-hoat' của 'ap-2' ghi '25.000', không rõ là 25 điểm hay 25000 điểm (bảng không có số lẻ "
                + "nào khác cho biết dấu thập phân); hãy ghi '25' nếu là 25 điểm / '25.000' may be 25 or 25000 points: write '25' for 25",
        ])
    }

    /// The same three in a workbook's text cells, named by their cell; a number the workbook
    /// stores (11.125) is a number, never a lookalike, and tells nothing of the mark.
    func testAWorkbooksTextCellsAreReadTheSameWay() throws {
        let comma = try load([xlsx: .bytes(try OfficeFixtures.bytes("scores-thousands-comma.xlsx"))])
        XCTAssertEqual(comma.diagnostics.sorted.map(\.description), [
            "\(xlsx):Sheet1!D3: error: điểm 'sinh-hoat' của 'ap-2' ghi '1.000': bảng này viết số lẻ bằng dấu phẩy (như '1,5' ở ô Sheet1!G2) "
                + "nên '1.000' là 1000, vượt điểm tối đa 30; nếu là 1 điểm hãy ghi '1' / this table writes decimals with a comma "
                + "('1,5'), so '1.000' is 1000, above the max 30; for 1 point write '1'",
        ])

        let point = try load([xlsx: .bytes(try OfficeFixtures.bytes("scores-thousands-point.xlsx"))])
        XCTAssertEqual(point.diagnostics.errorCount, 0, printed(point))
        XCTAssertEqual(ranking(point), try expected(), printed(point))

        let lone = try load([xlsx: .bytes(try OfficeFixtures.bytes("scores-thousands-lone.xlsx"))])
        XCTAssertEqual(lone.diagnostics.sorted.map(\.description), [
            "\(xlsx):Sheet1!D3: error: điểm 'sinh-hoat' của 'ap-2' ghi '25.000', không rõ là 25 điểm hay 25000 điểm (bảng không có số lẻ "
                + "nào khác cho biết dấu thập phân); hãy ghi '25' nếu là 25 điểm / '25.000' may be 25 or 25000 points: write '25' for 25",
        ])
    }
}
