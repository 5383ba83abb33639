import BonTotKit
import Foundation
import XCTest

/// A score typed "1.000" in a YAML evaluation, which YAML reads as the float 1, is read as in a
/// CSV: the decimals the file's other scores are typed with ("1,5", a string to YAML, read as
/// 1.5; or "1.5") tell whether it is a thousand or one (`TableDecimalMark`), Yams keeping each
/// scalar's text as typed.
final class YAMLThousandsLookalikeTests: WorkbookTestCase {
    private let yaml = "content/evaluations/2024.yaml"

    /// The minimal fixture's 2024 scores as YAML, ap-1's bonus typed `bonus` and ap-2's
    /// 'sinh-hoat' typed `sinhHoat`.
    private func yamlText(bonus: String, sinhHoat: String) -> String {
        """
        period: 2024
        scores:
          ap-1:
            nhiem-vu-chinh-tri: { chi-tieu: 14, tien-do: 14 }
            sinh-hoat: 28
            doan-ket-ky-luat: 19
            dang-vien: 18
            bonus: \(bonus)
            note: Tặng Giấy khen
          ap-2:
            nhiem-vu-chinh-tri: { chi-tieu: 12, tien-do: 12 }
            sinh-hoat: \(sinhHoat)
            doan-ket-ky-luat: 17
            dang-vien: 16
          truong-thcs:
            nhiem-vu-chinh-tri: { chi-tieu: 11, tien-do: 11 }
            sinh-hoat: 21
            doan-ket-ky-luat: 15
            dang-vien: 15
          cong-an-xa:
            nhiem-vu-chinh-tri: { chi-tieu: 10, tien-do: 9 }
            sinh-hoat: 17
            doan-ket-ky-luat: 13
            dang-vien: 12
            violations: 1

        """
    }

    /// The file types ap-1's bonus "1,5" (read 1.5, as the CSV reads it): its "1.000" for ap-2's
    /// 'sinh-hoat' is a thousand, as in the CSV, not the 1 YAML makes of it.
    func testInAFileWritingDecimalCommasADotPartsThousands() throws {
        let loaded = try load([yaml: .text(yamlText(bonus: "1,5", sinhHoat: "1.000"))])
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.description), [
            "\(yaml):12: error: điểm 'sinh-hoat' của 'ap-2' ghi '1.000': bảng này viết số lẻ bằng dấu phẩy (như '1,5' ở dòng 8) "
                + "nên '1.000' là 1000, vượt điểm tối đa 30; nếu là 1 điểm hãy ghi '1' / this table writes decimals with a comma "
                + "('1,5'), so '1.000' is 1000, above the max 30; for 1 point write '1'",
        ])
    }

    /// Typed with decimal points ("1.5"), "25.000" is 25, and the ranking is the CSV's own; a
    /// decimal comma alone ("1,5", no lookalike) is read 1.5 as it always was.
    func testInAFileWritingDecimalPointsItIsADecimal() throws {
        XCTAssertEqual(ranking(try load([yaml: .text(yamlText(bonus: "1.5", sinhHoat: "25.000"))])), try expected())
        XCTAssertEqual(ranking(try load([yaml: .text(yamlText(bonus: "1,5", sinhHoat: "25"))])), try expected())
    }

    /// No other decimal in the file: "25.000" could be either, and the clerk is asked for "25".
    func testALoneLookalikeIsAnErrorAskingForThePlainNumber() throws {
        let loaded = try load([yaml: .text(yamlText(bonus: "2", sinhHoat: "25.000"))])
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.description), [
            "\(yaml):12: error: điểm 'sinh-hoat' của 'ap-2' ghi '25.000', không rõ là 25 điểm hay 25000 điểm (bảng không có số lẻ "
                + "nào khác cho biết dấu thập phân); hãy ghi '25' nếu là 25 điểm / '25.000' may be 25 or 25000 points: write '25' for 25",
        ])
    }
}
