import BonTotKit
import Foundation
import XCTest

/// A commune's score table stating the level its committee decided (a branch kept at "tốt" under
/// the xuất sắc quota): the warning that it differs from the computed level named the branch's
/// row (`ap-1:`, the sheet's name cell 'Bảng điểm'!B10), where the clerk looks for a level and
/// finds none; it names the level's own place, the `level:` line or the "Xếp loại" cell.
final class StatedLevelPlaceTests: XCTestCase {
    private static let scores = """
        scores:
          ap-1:
            chinh-tri: 27
            sinh-hoat: 27
            doan-ket: 18
            dang-vien: 18
            level: tot
          ap-2: { chinh-tri: 25, sinh-hoat: 25, doan-ket: 17, dang-vien: 17 }

        """

    func testTheWarningNamesTheLineOfTheStatedLevel() throws {
        let (_, report) = try DistrictFixture.build(for: self, changes: ["xa-a/content/evaluations/2024.yaml": Self.scores])
        XCTAssertTrue(report.succeeded, report.problems)
        let warnings = report.diagnostics.entries.map(\.description).filter { $0.contains("khác mức tính theo điểm") }
        XCTAssertEqual(warnings, ["xa-a/content/evaluations/2024.yaml:7: warning: mức xếp loại ghi 'tot' (Hoàn thành tốt nhiệm vụ) khác mức tính theo "
                                  + "điểm 'Hoàn thành xuất sắc nhiệm vụ' (90) / stated level differs from computed"])
    }
}
