import XCTest
@testable import BonTotKit

final class VietnameseFormattingTests: XCTestCase {
    private func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: day)!
    }

    func testLongDatePadsDaysBelowTenAndJanuaryAndFebruary() {
        XCTAssertEqual(VietnameseFormat.longDate(date(2024, 9, 5)), "ngày 05 tháng 9 năm 2024")
        XCTAssertEqual(VietnameseFormat.longDate(date(2024, 2, 3)), "ngày 03 tháng 02 năm 2024")
        XCTAssertEqual(VietnameseFormat.longDate(date(2025, 1, 15)), "ngày 15 tháng 01 năm 2025")
        XCTAssertEqual(VietnameseFormat.longDate(date(2024, 12, 30)), "ngày 30 tháng 12 năm 2024")
    }

    func testShortDateMonthYearPlaceDateAndPeriod() {
        XCTAssertEqual(VietnameseFormat.shortDate(date(2024, 9, 5)), "05/09/2024")
        XCTAssertEqual(VietnameseFormat.monthYear(YearMonth(year: 2024, month: 9)), "tháng 9 năm 2024")
        XCTAssertEqual(VietnameseFormat.monthYear(YearMonth(year: 2024, month: 2)), "tháng 02 năm 2024")
        XCTAssertEqual(VietnameseFormat.placeDate(place: "Vĩnh Phúc", date: date(2024, 9, 30)),
                       "Vĩnh Phúc, ngày 30 tháng 9 năm 2024")
        XCTAssertEqual(VietnameseFormat.period(Period("2024")!), "năm 2024")
        XCTAssertEqual(VietnameseFormat.period(Period("2024-q3")!), "quý III năm 2024")
        XCTAssertEqual(VietnameseFormat.period(Period("2024-02")!), "tháng 02 năm 2024")
    }

    func testNumbersUseDotsForThousandsAndCommaForDecimals() {
        XCTAssertEqual(VietnameseFormat.number(6277), "6.277")
        XCTAssertEqual(VietnameseFormat.number(6277.0), "6.277")
        XCTAssertEqual(VietnameseFormat.number(1_234_567), "1.234.567")
        XCTAssertEqual(VietnameseFormat.number(999), "999")
        XCTAssertEqual(VietnameseFormat.number(18.75, fractionDigits: 1), "18,8")
        XCTAssertEqual(VietnameseFormat.number(1234.5, fractionDigits: 2), "1.234,50")
        XCTAssertEqual(VietnameseFormat.number(-3.25, fractionDigits: 1), "-3,3")
    }

    /// Scores read as typed, to two decimals: quarter points add up on the page, and a total
    /// just under a level's bound never reads as the bound.
    func testScoresPrintAsTypedToTwoDecimalsAndIntegersWithoutDecimals() {
        XCTAssertEqual(VietnameseFormat.score(28), "28")
        XCTAssertEqual(VietnameseFormat.score(27.5), "27,5")
        XCTAssertEqual(VietnameseFormat.score(18.75), "18,75")
        XCTAssertEqual(VietnameseFormat.score(27.96), "27,96")
        XCTAssertEqual(VietnameseFormat.score(89.95), "89,95")
        XCTAssertEqual(VietnameseFormat.score(0.1 + 0.2), "0,3")
        XCTAssertEqual(VietnameseFormat.score(11.25 + 14.5 + 27.75), "53,5")
        XCTAssertEqual(VietnameseFormat.score(-1.5), "-1,5")
        XCTAssertEqual(VietnameseFormat.score(27.333333), "27,33")
    }

    func testPercentages() {
        XCTAssertEqual(VietnameseFormat.percent(3.0 / 16), "18,8 %")
        XCTAssertEqual(VietnameseFormat.percent(2.0 / 14), "14,3 %")
        XCTAssertEqual(VietnameseFormat.percent(1.0 / 16), "6,3 %")
        XCTAssertEqual(VietnameseFormat.percent(1), "100,0 %")
    }

    /// A count out of a whole had two writings: the minutes table's footer wrote "1200/1200"
    /// where attendance wrote "1.200/1.200"; both now come from one formatter.
    func testFractionsOfCountsGroupThousands() {
        XCTAssertEqual(VietnameseFormat.fraction(36, of: 40), "36/40")
        XCTAssertEqual(VietnameseFormat.fraction(1234, of: 2400), "1.234/2.400")
    }

    func testCountsArePaddedToTwoDigits() {
        XCTAssertEqual(VietnameseFormat.count(3), "03")
        XCTAssertEqual(VietnameseFormat.count(0), "00")
        XCTAssertEqual(VietnameseFormat.count(16), "16")
        XCTAssertEqual(VietnameseFormat.count(123), "123")
        XCTAssertEqual(VietnameseFormat.count(1234), "1.234")
    }

    func testDurationsAndTimes() {
        XCTAssertEqual(VietnameseFormat.duration(minutes: 105), "1 giờ 45 phút")
        XCTAssertEqual(VietnameseFormat.duration(minutes: 120), "2 giờ")
        XCTAssertEqual(VietnameseFormat.duration(minutes: 45), "45 phút")
        XCTAssertEqual(VietnameseFormat.time(TimeOfDay("19:30")!), "19 giờ 30")
        XCTAssertEqual(VietnameseFormat.time(TimeOfDay("8:05")!), "8 giờ 05")
    }

    func testMeasuredPercentagesHaveOneDecimalAndNormsAreWrittenAsTheRuleWritesThem() {
        XCTAssertEqual(VietnameseFormat.percent(0.94), "94,0 %")
        XCTAssertEqual(VietnameseFormat.percent(0.5), "50,0 %")
        XCTAssertEqual(VietnameseFormat.percent(0.846_15), "84,6 %")
        XCTAssertEqual(VietnameseFormat.normPercent(0.85), "85 %")
        XCTAssertEqual(VietnameseFormat.normPercent(0.125), "12,5 %")
    }

    /// One formatter per kind of number: a page's percentage comes with its no-break space from
    /// the formatter, the console's with an ordinary one.
    func testPercentagesOnAPageNeverBreakBeforeTheSign() {
        XCTAssertEqual(VietnameseFormat.percent(3.0 / 16, for: .page), "18,8\u{00A0}%")
        XCTAssertEqual(VietnameseFormat.percent(3.0 / 16, for: .text), "18,8 %")
        XCTAssertEqual(VietnameseFormat.normPercent(0.85, for: .page), "85\u{00A0}%")
        XCTAssertEqual(VietnameseFormat.normPercent(0.125, for: .page), "12,5\u{00A0}%")
    }

    func testConsoleSecondsAndSizesAreVietnamese() {
        XCTAssertEqual(VietnameseFormat.seconds(0.2634), "0,26")
        XCTAssertEqual(VietnameseFormat.seconds(12.5), "12,50")
        XCTAssertEqual(VietnameseFormat.fileSize(0), "0 byte")
        XCTAssertEqual(VietnameseFormat.fileSize(9_216), "9 KB")
        XCTAssertEqual(VietnameseFormat.fileSize(1_834_000), "1,8 MB")
        XCTAssertEqual(VietnameseFormat.fileSize(2_500_000_000), "2,5 GB")
    }
}
