@testable import BonTotKit
import XCTest

/// A criterion merged over its items and a "Cộng" column of their sum (`make_grouped_header_workbooks.py`):
/// the "Cộng" was read as the sheet's total, and each branch's row warned that its total (the
/// criterion's 28) differed from the sum of its scores (94,5). It is the criterion's subtotal,
/// left out; a "Tổng điểm" column merged down is still the total compared.
final class GroupSubtotalTests: WorkbookTestCase {
    func testACriterionsSubtotalUnderItIsNotTheTotal() throws {
        try assertRanksAsTheCSV(try workbook("scores-criterion-subtotal.xlsx"))
    }

    func testTheTotalFirstUnderAGroupIsStillTheTotal() {
        XCTAssertEqual(GroupSubtotal.columns(upper: ["Chi bộ", "Kết quả", ""], lower: ["", "Tổng điểm", "Xếp loại"]), [])
        XCTAssertEqual(GroupSubtotal.columns(upper: ["Chi bộ", "Tiêu chí 1", "", "", "Tổng điểm"],
                                             lower: ["", "1.1", "1.2", "Cộng (30đ)", ""]), [3])
    }
}
