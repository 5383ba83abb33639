import XCTest
@testable import BonTotKit

/// A score typed as text with the word for points after it, as clerks type it in a workbook or
/// a CSV: the number is the points; anything else is no worded score.
final class PointsWordTests: XCTestCase {
    func testTheWordForPointsInEveryShapeAClerkTypesIt() {
        let worded: [(String, Double)] = [("25đ", 25), ("24 điểm", 24), ("1,5 đ", 1.5), ("25đ.", 25), ("24 ĐIỂM", 24),
                                          ("20 diem", 20), (" 18 Điểm ", 18), ("-2đ", -2)]
        for (text, points) in worded {
            XCTAssertEqual(EvaluationEntryBuilder.pointsNumber(text), points, text)
        }
    }

    func testATextWithoutTheWordIsNoWordedScore() {
        for text in ["25", "2.5", "1,5", "đ", "điểm", "25 đồng", "25 điểm thưởng", "", "x25đx"] {
            XCTAssertNil(EvaluationEntryBuilder.pointsNumber(text), text)
        }
    }
}
