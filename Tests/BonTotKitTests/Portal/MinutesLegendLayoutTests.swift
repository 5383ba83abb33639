import BonTotKit
import Foundation
import XCTest

/// The legend of the meetings grid on a phone, measured in headless Chromium
/// (`PhoneWidthTests.probe`; Chromium comes with `make test`, and without it this test fails).
final class MinutesLegendLayoutTests: XCTestCase {
    /// Each mark of the legend ("✓", "✗", "CĐ" …) stays a box one line high beside its
    /// explanation, however many lines the explanation takes on a phone: the grid stretched the
    /// box to the explanation's height, a tall empty frame around a small mark.
    func testTheLegendsMarksStayOneLineHighOnAPhone() throws {
        let built = try BuiltSite.build()
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let read = try PhoneWidthTests.probe(page: "sinh-hoat/index.html", selector: ".minutes-legend", width: 375, in: built, reading: """
            var marks = wrap.querySelectorAll("dt");
            var tallest = 0, wrapped = 0;
            for (var i = 0; i < marks.length; i++) {
              var range = wrap.ownerDocument.createRange();
              range.selectNodeContents(marks[i]);
              var text = range.getBoundingClientRect().height;
              tallest = Math.max(tallest, marks[i].getBoundingClientRect().height / text);
              var explanation = marks[i].nextElementSibling;
              if (explanation && explanation.getBoundingClientRect().height > 1.8 * text) { wrapped += 1; }
            }
            done(marks.length + "," + wrapped + "," + tallest.toFixed(2));
            """)
        let parts = read.split(separator: ",").map(String.init)
        XCTAssertEqual(parts.count, 3, "the probe read the legend: \(read)")
        guard parts.count == 3, let marks = Int(parts[0]), let wrapped = Int(parts[1]), let tallest = Double(parts[2]) else { return }
        XCTAssertGreaterThan(marks, 0, "the legend has marks")
        XCTAssertGreaterThan(wrapped, 0, "some explanation takes two lines or more on a phone, as the test needs (\(read))")
        XCTAssertLessThan(tallest, 1.6, "a mark's box is \(tallest) times its line's height (\(read))")
    }
}
