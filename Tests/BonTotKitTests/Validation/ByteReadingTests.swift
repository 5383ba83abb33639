@testable import BonTotKit
import XCTest

/// Dates, times, months and minutes file names are read from their bytes: a meeting's date, its
/// hours and the month and kind its file name says come out as written, and the near misses a
/// clerk types (a digit short, a month 13, hours past midnight, full-width or Arabic-Indic
/// digits, a stray accent or line break, a sign) are no date, time or month at all, so the field's
/// error is reported instead.
final class ByteReadingTests: XCTestCase {
    /// Texts that are none of a date, a month or a time.
    private let nearMisses = ["2024-9-05", "2024-09-5", "2024-02-30", "2024-13-01", "2024-9", "2024-00", "2024-09-",
                              "-2024-09", "２０２４-09", "2024-0٩", "2024-0\u{301}9", "2024-\u{301}09", "2024\r\n-09", "", "-", "--",
                              "24:00", "19:60", "19:5", "19:30:00", ":30", "19:", "19：30", "1\u{301}9:30", "19:\u{301}30",
                              "19\r\n:30", "19:3\r\n", "18446744073709551621:00", "-9223372036854775808:00",
                              "9223372036854775808:00", "18446744073709553616-09-05", "+-1:00", "-:00", "+:00",
                              // A sign typed into a part is no digit: not the year 202, 5 September, 7:30 or 19:00.
                              "+202-09-05", "2024-+9-05", "2024-09-+5", "-024-09-05", "+024-09", "2024--9", "+7:30",
                              "-0:30", "19:-0", "19:+5", " 7:30", "19:30 "]

    func testDatesMonthsAndTimesReadAsWritten() {
        XCTAssertEqual(CalendarDate(iso: "2024-09-05"), CalendarDate(year: 2024, month: 9, day: 5))
        XCTAssertNil(YearMonth(iso: "2024-09-05"))
        XCTAssertEqual(YearMonth(iso: "2024-09"), YearMonth(year: 2024, month: 9))
        XCTAssertNil(CalendarDate(iso: "2024-09"))
        let times = ["19:30": 19 * 60 + 30, "8:05": 8 * 60 + 5, "0:00": 0, "23:59": 23 * 60 + 59, "007:30": 7 * 60 + 30,
                     "0000000000000000000000019:30": 19 * 60 + 30]
        for (text, minutes) in times {
            XCTAssertEqual(TimeOfDay(text)?.minutesSinceMidnight, minutes, text)
            XCTAssertNil(CalendarDate(iso: text), text)
        }
    }

    func testNearMissesAreNoDateMonthOrTime() {
        for text in nearMisses {
            XCTAssertNil(CalendarDate(iso: text), text)
            XCTAssertNil(YearMonth(iso: text), text)
            XCTAssertNil(TimeOfDay(text), text)
        }
    }

    func testAMinutesFileNameSaysItsBranchMonthAndKind() {
        typealias Named = MinutesFileNameCheck.Named
        let named: [String: Named] = [
            "ap-1-2024-09": Named(prefix: "ap-1", year: 2024, month: 9, kind: nil),
            "ap-1-2024-09-chuyen-de": Named(prefix: "ap-1", year: 2024, month: 9, kind: .chuyenDe),
            "ap-1-2024-09-chuyen-de-2": Named(prefix: "ap-1", year: 2024, month: 9, kind: .chuyenDe),
            "ap-1-2024-09-chuyen-dex": Named(prefix: "ap-1", year: 2024, month: 9, kind: nil),
            "ap-1-2024-09-cap-uy": Named(prefix: "ap-1", year: 2024, month: 9, kind: .capUy),
            "ap-1-2024-09-bat-thuong": Named(prefix: "ap-1", year: 2024, month: 9, kind: .batThuong),
            "ap-1-2024-09-thuong-ky": Named(prefix: "ap-1", year: 2024, month: 9, kind: .thuongKy),
            "ap--2024-09": Named(prefix: "ap-", year: 2024, month: 9, kind: nil),
            "ap-1-2024-09-": Named(prefix: "ap-1", year: 2024, month: 9, kind: nil),
            "a-b-2024-09-2025-10": Named(prefix: "a-b", year: 2024, month: 9, kind: nil),
            "ap-2024-09-x": Named(prefix: "ap", year: 2024, month: 9, kind: nil),
            "chi-bộ-2024-09-chuyen-de": Named(prefix: "chi-bộ", year: 2024, month: 9, kind: .chuyenDe),
        ]
        for (slug, expected) in named {
            XCTAssertEqual(MinutesFileNameCheck.named(slug), expected, slug)
        }
        for slug in ["ap-1-2024-13", "ap-1-2024-9", "2024-09", "ap-٢٠٢٤-09", ""] {
            XCTAssertNil(MinutesFileNameCheck.named(slug), slug)
        }
    }

    func testABodyHoldsOnlyWebAddressesUnlessItLinksAFileOrWritesHTML() {
        let bodies = ["": true, "Chi bộ họp.": true, "Xem [nghị quyết](https://dangcongsan.vn/a).": true,
                      "[a]( \n HTTP://x)": true, "[a](#muc-1)": true, "kết thúc]": true, "]": true, "[a](http:)": true,
                      "[a](media/anh.jpg)": false, "[a]: media/anh.jpg": false, "<https://x>": false, "a < b": false,
                      "](": false, "[a](": false, "[a](https://x) rồi [b](../media/b.jpg)": false,
                      "[a](tel:0912) [b](mailto:x@y.vn) ]:": false]
        for (body, expected) in bodies {
            var text = body
            XCTAssertEqual(text.withUTF8(BodyLinks.holdsOnlyWebAddresses), expected, body)
        }
    }
}
