import BonTotKit
import Foundation
import XCTest

/// The district's own pages on a phone (375 px wide, measured in headless Chromium as
/// `PhoneWidthTests` does): the unit ranking and the list of units read without a column
/// squeezed to a word a line.
final class DistrictPhoneWidthTests: XCTestCase {
    private func builtDistrict() throws -> BuiltSite {
        let built = try BuiltSite.build(DistrictFixture.name)
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        return built
    }

    /// The unit ranking shows rank, unit, total, level and the 4-tốt mark within the screen, as
    /// the branch ranking does; the box above it brings back the criteria's scores.
    func testTheUnitRankingFitsAPhone() throws {
        let built = try builtDistrict()
        let page = "xep-hang-don-vi/index.html"
        XCTAssertTrue(built.page(page).contains("class=\"narrow-hint\""), "the narrow screen says what the table leaves out")
        try PhoneWidthTests.assertFitsAPhone(page: page, selector: ".ranking-table", named: "the unit ranking", in: built)
        let read = try PhoneWidthTests.probe(page: page, selector: ".ranking-table", width: 375, in: built, reading: """
            var cell = wrap.querySelector("th.criterion");
            var before = getComputedStyle(cell).display;
            wrap.ownerDocument.getElementById("hien-diem-tieu-chi").click();
            done(before + "," + getComputedStyle(cell).display);
            """)
        XCTAssertEqual(read, "none,table-cell", "criterion hidden on a phone, shown once the box is ticked")
    }

    /// The list of units keeps its name column readable (at least 9rem, 144 px) on a phone: the
    /// table scrolls in its frame rather than breaking "Đảng bộ xã …" one word a line.
    func testTheUnitsNamesAreNotSqueezedOnAPhone() throws {
        let built = try builtDistrict()
        let read = try PhoneWidthTests.probe(page: "don-vi/index.html", selector: ".unit-table", width: 375, in: built, reading: """
            done(String(Math.round(wrap.querySelector("thead th").getBoundingClientRect().width)));
            """)
        XCTAssertGreaterThanOrEqual(Int(read) ?? 0, 144, "the units' name column is \(read) px wide on a phone")
    }
}
