@testable import BonTotKit
import XCTest

/// Dates, times, months and minutes file names are read from their bytes, no longer walked by
/// characters: they read as the character-by-character reading did (kept here as the
/// reference) on every text, the near misses, signs and letters outside ASCII included, so a
/// meeting's date, its hours and the warnings on its file name stay as they were.
final class ByteReadingTests: XCTestCase {
    private let texts = ["2024-09-05", "2024-9-05", "2024-09-5", "2024-02-30", "2024-13-01", "+202-09-05", "2024-+9-05",
                         "2024-09", "2024-9", "2024-00", "+024-09", "2024-09-", "-2024-09", "２０２４-09", "2024-0٩",
                         "2024-0\u{301}9", "2024-\u{301}09", "2024\r\n-09", "", "-", "--",
                         "19:30", "8:05", "0:00", "23:59", "24:00", "19:60", "19:5", "+7:30", "19:-0", "007:30", "19:30:00",
                         ":30", "19:", "19：30", "1\u{301}9:30", "19:\u{301}30", "19\r\n:30", "19:3\r\n",
                         "0000000000000000000000019:30", "18446744073709551621:00", "-9223372036854775808:00", "9223372036854775808:00",
                         "18446744073709553616-09-05", "+-1:00", "-:00", "+:00"]

    func testDatesTimesAndMonthsReadAsByCharacters() {
        for text in texts {
            XCTAssertEqual(CalendarDate(iso: text), Self.dateByCharacters(text), text)
            XCTAssertEqual(YearMonth(iso: text), Self.monthByCharacters(text), text)
            XCTAssertEqual(TimeOfDay(text), Self.timeByCharacters(text), text)
        }
    }

    func testMinutesFileNamesReadAsByCharacters() {
        let slugs = ["ap-1-2024-09", "ap-1-2024-09-chuyen-de", "ap-1-2024-09-chuyen-de-2", "ap-1-2024-09-chuyen-dex",
                     "ap-1-2024-09-cap-uy", "ap-1-2024-09-bat-thuong", "ap-1-2024-09-thuong-ky", "ap-1-2024-13", "ap-1-2024-9",
                     "ap-1-+024-09", "ap-1-2024-+9", "2024-09", "-2024-09", "ap--2024-09", "ap-1-2024-09-", "a-b-2024-09-2025-10",
                     "ap-2024-09-x", "ap-٢٠٢٤-09", "chi-bộ-2024-09-chuyen-de", ""]
        for slug in slugs {
            XCTAssertEqual(MinutesFileNameCheck.named(slug), Self.namedByCharacters(slug), slug)
        }
    }

    func testBodiesWithOnlyWebAddressesAreToldAsBefore() {
        let bodies = ["", "Chi bộ họp.", "Xem [nghị quyết](https://dangcongsan.vn/a).", "[a]( \n HTTP://x)", "[a](#muc-1)",
                      "[a](media/anh.jpg)", "[a]: media/anh.jpg", "<https://x>", "a < b", "kết thúc]", "]", "](", "[a](",
                      "[a](https://x) rồi [b](../media/b.jpg)", "[a](tel:0912) [b](mailto:x@y.vn) ]:", "[a](http:)"]
        for body in bodies {
            var text = body
            XCTAssertEqual(text.withUTF8(BodyLinks.holdsOnlyWebAddresses), Self.onlyWebAddressesByteByByte(Array(body.utf8)), body)
        }
    }

    private static func dateByCharacters(_ text: String) -> CalendarDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    private static func monthByCharacters(_ text: String) -> YearMonth? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        return YearMonth(year: year, month: month)
    }

    private static func timeByCharacters(_ text: String) -> TimeOfDay? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]),
              (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        return TimeOfDay(minutesSinceMidnight: hour * 60 + minute)
    }

    private static func namedByCharacters(_ slug: String) -> MinutesFileNameCheck.Named? {
        let parts = slug.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        for index in parts.indices.dropFirst() where index + 1 < parts.count {
            guard parts[index].count == 4, parts[index + 1].count == 2,
                  parts[index].allSatisfy(\.isASCII), parts[index + 1].allSatisfy(\.isASCII),
                  let year = Int(parts[index]), let month = Int(parts[index + 1]), (1...12).contains(month)
            else { continue }
            let rest = parts[(index + 2)...].joined(separator: "-")
            let kind = MeetingKind.allCases.first { rest == $0.rawValue || rest.hasPrefix($0.rawValue + "-") }
            return .init(prefix: parts[..<index].joined(separator: "-"), year: year, month: month, kind: kind)
        }
        return nil
    }

    private static func onlyWebAddressesByteByByte(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "<") { return false }
            guard byte == UInt8(ascii: "]"), index < bytes.count else { continue }
            if bytes[index] == UInt8(ascii: ":") { return false }
            guard bytes[index] == UInt8(ascii: "(") else { continue }
            var start = index + 1
            while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0A { start += 1 }
            let rest = String(decoding: bytes[start...], as: UTF8.self).lowercased()
            guard rest.hasPrefix("#") || BodyLinks.webSchemes.contains(where: { rest.count > $0.count && rest.hasPrefix($0) }) else { return false }
            index = start
        }
        return true
    }
}
