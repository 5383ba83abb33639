import BonTotKit
import Foundation
import XCTest

/// The portal in forced colours (Windows' high-contrast themes, which a reader with low vision
/// turns on): the browser paints every background in the theme's one colour, but leaves the
/// chart's bars in theirs. Measured in headless Chromium forced into high contrast.
final class ForcedColoursTests: XCTestCase {
    /// A chart's legend tells its colours apart by swatches, small boxes painted by their
    /// background: in forced colours they took the page's background and vanished, while the
    /// bars kept their colours, and the reader could not tell which colour was which level.
    func testAChartsLegendKeepsTheColoursOfItsBars() throws {
        let built = try BuiltSite.build()
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let read = try PhoneWidthTests.probe(page: "xep-hang/index.html", selector: ".chart", width: 800, in: built,
                                             browserFlags: ["--force-high-contrast"], reading: """
            var pairs = Array.prototype.map.call(wrap.querySelectorAll(".chart-legend .swatch"), function (swatch) {
              var tone = swatch.className.split(" ").filter(function (name) { return name.indexOf("tone-") === 0; })[0];
              var bar = wrap.querySelector("svg rect." + tone);
              return tone + "=" + getComputedStyle(swatch).backgroundColor + "/" + (bar ? getComputedStyle(bar).fill : "no bar");
            });
            done(wrap.ownerDocument.defaultView.matchMedia("(forced-colors: active)").matches + ";" + pairs.join(";"));
            """)
        let parts = read.split(separator: ";").map(String.init)
        XCTAssertEqual(parts.first, "true", "the browser was in forced colours (\(read))")
        let pairs = parts.dropFirst()
        XCTAssertGreaterThanOrEqual(pairs.count, 2, "the ranking's chart has a legend of its levels (\(read))")
        for pair in pairs {
            let colours = pair.split(separator: "=").last?.split(separator: "/").map(String.init) ?? []
            XCTAssertEqual(colours.count, 2, pair)
            XCTAssertEqual(colours.first, colours.last, "the swatch is not the colour of its bars: \(pair)")
        }
    }
}
