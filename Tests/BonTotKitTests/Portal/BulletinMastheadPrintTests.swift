import BonTotKit
import Foundation
import XCTest

/// The printed bulletin's head (Hướng dẫn 36-HD/VPTW) when the names are long, as a school's
/// committee in a province's bloc of agencies has them, read back from the PDF with poppler.
final class BulletinMastheadPrintTests: XCTestCase {
    /// "Thành phố Hồ Chí Minh, ngày 31 tháng 12 năm 2024" stays on one line within the sheet's
    /// right margin, printed by `bontot build --pdf` (WeasyPrint) and from the browser
    /// (Chromium); the long committee names wrap in their column instead. Before, Chromium
    /// printed the date's last words past the margin, and started a line with the dash of "BÀ RỊA
    /// - VŨNG TÀU".
    func testALongPlaceAndDateStayOnOneLineWithinTheMargin() throws {
        let root = try BuiltSite.prepare("portal", changes: [:])
        let siteFile = root.appending(path: "site.yaml")
        var site = try String(contentsOf: siteFile, encoding: .utf8)
        site = site.replacingOccurrences(of: "parent: Đảng bộ huyện Giồng Riềng",
                                         with: "parent: Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Bà Rịa - Vũng Tàu")
            .replacingOccurrences(of: "issuer: Đảng ủy xã Hòa Thuận", with: "issuer: Đảng ủy Công ty Xổ số Bà Rịa - Vũng Tàu")
            .replacingOccurrences(of: "place: Hòa Thuận", with: "place: Thành phố Hồ Chí Minh")
        try site.write(to: siteFile, atomically: true, encoding: .utf8)
        for (engine, pdf) in try PrintedBulletin.prints(root: root, month: YearMonth(year: 2024, month: 12)) {
            let first = try XCTUnwrap(PrintedSheets(pdf: pdf).texts.first, engine)
            XCTAssertTrue(first.contains("Thành phố Hồ Chí Minh, ngày 31 tháng 12 năm 2024"), "\(engine): the date wrapped: \(first.prefix(600))")
            XCTAssertEqual(try LongWordsTests.wordsPastTheRightMargin(pdf: pdf).past, [], "\(engine): the head runs past the right margin")
            let dashFirst = first.split(separator: "\n").filter { $0.drop { $0 == " " }.hasPrefix("-") }
            XCTAssertEqual(dashFirst, [], "\(engine): a line of the head starts with the dash of 'BÀ RỊA - VŨNG TÀU'")
        }
    }
}
