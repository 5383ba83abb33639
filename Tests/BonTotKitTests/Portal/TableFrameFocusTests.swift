import BonTotKit
import Foundation
import XCTest

/// A keyboard user tabs to a table's frame to scroll a wide table sideways. Every frame was a
/// Tab stop (and a named region), also where its table fits and nothing scrolls: the reader
/// tabbed through empty stops. The page's `table-frames.js` keeps a frame a stop only while
/// its table overflows it; without script, every frame stays one. Measured in headless
/// Chromium (`PhoneWidthTests.probe`); without it these tests fail.
final class TableFrameFocusTests: XCTestCase {
    /// What makes the frame `wrap` a stop, read in the framed page: tabindex, role and name.
    private static let stop = """
        function stop(wrap) {
          return ["tabindex", "role", "aria-label"].map(function (name) { return wrap.getAttribute(name) || "-"; }).join("|");
        }
        """

    /// Every frame is a stop in the markup, for a browser without script, and every page with
    /// the layout loads the script, which the build writes among the assets.
    func testWithoutScriptEveryFrameIsAStop() throws {
        let built = try BuiltSite.build()
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let home = built.page("index.html")
        XCTAssertTrue(home.contains("<div class=\"table-wrap\" role=\"region\" aria-label=\"Các chi bộ dẫn đầu\" tabindex=\"0\">"), home)
        XCTAssertTrue(home.contains("<script src=\"assets/table-frames.js\"></script>\n</body>"), home)
        XCTAssertTrue(built.page("chi-bo/ap-bac/index.html").contains("<script src=\"../../assets/table-frames.js\"></script>"))
        XCTAssertTrue(built.page("assets/table-frames.js").contains("removeAttribute(\"tabindex\")"))
    }

    /// On a phone (375 px) the meeting grid is wider than its frame, which stays a stop with its
    /// name; the home's leading branches fit, and their frame is no stop, no region.
    func testOnlyAFrameWhoseTableOverflowsIsAStop() throws {
        let built = try BuiltSite.build()
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let grid = try PhoneWidthTests.probe(page: "sinh-hoat/index.html", selector: ".minutes-grid", width: 375, in: built,
                                             reading: Self.stop + "done(stop(wrap) + '|' + (wrap.scrollWidth > wrap.clientWidth));")
        XCTAssertEqual(grid, "0|region|Nền nếp sinh hoạt chi bộ năm 2024|true")
        let top = try PhoneWidthTests.probe(page: "index.html", selector: ".top-table", width: 375, in: built,
                                            reading: Self.stop + "done(stop(wrap) + '|' + (wrap.scrollWidth > wrap.clientWidth));")
        XCTAssertEqual(top, "-|-|-|false")
    }

    /// At 200 % zoom (640 px) the ranking fits without the criteria's columns: no stop. Ticking
    /// the box that brings them back makes the table overflow, and its frame a stop again;
    /// unticking it undoes that.
    func testAFrameBecomesAStopWhenItsTableGrowsWiderThanIt() throws {
        let built = try BuiltSite.build()
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let read = try PhoneWidthTests.probe(page: "xep-hang/index.html", selector: ".ranking-table", width: 640, in: built, reading: Self.stop + """
            var box = wrap.ownerDocument.getElementById("hien-diem-tieu-chi");
            var states = [stop(wrap)];
            box.click();
            states.push(stop(wrap));
            box.click();
            states.push(stop(wrap));
            done(states.join(";"));
            """)
        XCTAssertEqual(read, "-|-|-;0|region|Bảng xếp hạng thi đua năm 2024;-|-|-")
    }
}
