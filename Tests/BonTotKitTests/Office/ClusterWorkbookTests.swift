import BonTotKit
import Foundation
import XCTest

/// A score workbook keeping a sheet a cluster (cụm thi đua), each sheet with its own Party
/// header, title and header row (`make_cluster_workbooks.py`): read whole when the sheets'
/// header rows name the same columns, each problem named at its sheet's cell.
final class ClusterWorkbookTests: WorkbookTestCase {
    /// "Cụm 1" (ap-1, ap-2) and "Cụm 2" (truong-thcs, cong-an-xa, with an STT column) read only
    /// the first sheet: truong-thcs and cong-an-xa were "unscored", with a warning to put every
    /// cluster on one sheet. Both sheets are now read, and rank as the CSV does.
    func testEveryClustersSheetIsReadWhenTheirHeaderRowsMatch() throws {
        let loaded = try workbook("scores-clusters-clerk.xlsx")
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
        XCTAssertEqual(loaded.diagnostics.warningCount, 0, printed(loaded))

        let plain = try workbook("scores-by-cluster.xlsx")
        XCTAssertEqual(ranking(plain), try expected(), printed(plain))
        XCTAssertEqual(plain.diagnostics.warningCount, 0, printed(plain))
    }

    /// A summary sheet of every branch ("Tổng hợp") in front of the clusters' sheets is read
    /// alone: reading them all would score each branch twice.
    func testASummaryInFrontOfTheClustersIsReadAlone() throws {
        let loaded = try workbook("scores-clusters-summary.xlsx")
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
        XCTAssertEqual(loaded.diagnostics.warningCount, 0, printed(loaded))
    }

    /// A score above its maximum on the second sheet, and a branch scored on both, are errors
    /// at the cells of the sheet they are on.
    func testErrorsNameTheSheetTheyAreOn() throws {
        let loaded = try workbook("scores-clusters-errors.xlsx")
        let errors = loaded.diagnostics.sorted.filter { $0.severity == .error }.map(\.description)
        XCTAssertEqual(errors.count, 2, errors.joined(separator: "\n"))
        XCTAssertTrue(errors.contains { $0.hasPrefix("\(xlsx):'Cụm 2'!E7: error: ") && $0.contains("31") }, errors.joined(separator: "\n"))
        XCTAssertTrue(errors.contains {
            $0.hasPrefix("\(xlsx):'Cụm 2'!B9: error: chi bộ 'ap-1' được chấm hai lần trong kỳ (lần đầu ở ô 'Cụm 1'!A7)")
        }, errors.joined(separator: "\n"))
    }

    /// Sheets whose header rows differ ("Cụm 2" without the "Ghi chú" column) may hold other
    /// tables: only the first is read, and the warning says which sheet's header differs.
    func testSheetsWithAnotherHeaderRowAreNotRead() throws {
        let loaded = try workbook("scores-clusters-differ.xlsx")
        let warnings = loaded.diagnostics.sorted.filter { $0.severity == .warning }.map(\.description)
        XCTAssertEqual(warnings.filter { $0.contains("xlsx_sheet") || $0.contains("chỉ đọc trang đầu") }, [
            "\(xlsx):'Cụm 1'!A1: warning: chỉ đọc trang đầu 'Cụm 1'; các trang 'Cụm 2' cũng có bảng điểm nhưng không được đọc "
                + "(dòng tiêu đề của trang 'Cụm 2' khác trang đầu). Nếu điểm nằm ở trang khác, hãy ghi tên trang vào site.yaml "
                + "('xlsx_sheet: …'); nếu mỗi cụm một trang, hãy cho các trang cùng một dòng tiêu đề / only the first sheet is read; "
                + "other sheets with scores are not: name one with xlsx_sheet:, or give every cluster's sheet the same header row",
        ], printed(loaded))
    }
}
