@testable import BonTotOffice
import XCTest

/// The decimals a number format shows, which decide whether a score cell shows what it holds
/// (`RoundedScoreCellsTests`): a format the reader misjudged would warn on every score of a
/// sheet formatted `#,##0.00_)`, or never on one formatted `0`.
final class ShownDecimalsTests: XCTestCase {
    func testTheDecimalsOfFormatCodesAsExcelWritesThem() {
        let codes: [String: Int?] = ["0": 0, "0.0": 1, "#,##0": 0, "#,##0.00_);(#,##0.00)": 2, "[Red]0.0": 1,
                                     "0.00 \"điểm\"": 2, "General": nil, "@": nil, "0.00E+00": nil, "\"điểm\"": nil]
        for (code, decimals) in codes {
            XCTAssertEqual(ShownDecimals.count(inCode: code), decimals, code)
        }
    }

    func testANumberIsShownOnlyWhenTheFormatRoundsIt() {
        XCTAssertEqual(ShownDecimals.rounded("27.96", to: 0), "28")
        XCTAssertEqual(ShownDecimals.rounded("17.75", to: 1), "17.8")
        XCTAssertNil(ShownDecimals.rounded("25.5", to: 2))
        XCTAssertNil(ShownDecimals.rounded("28", to: 0))
        XCTAssertEqual(ShownDecimals.shown("28", raw: "27.96"), "28")
        XCTAssertEqual(ShownDecimals.shown("17,8", raw: "17.75"), "17.8")
        XCTAssertNil(ShownDecimals.shown("1,000", raw: "1000"), "a thousands separator is no rounding")
        XCTAssertNil(ShownDecimals.shown("28 điểm", raw: "27.96"))
    }
}
