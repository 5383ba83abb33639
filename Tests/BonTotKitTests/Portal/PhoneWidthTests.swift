import BonTotKit
import Foundation
import XCTest

/// Pages on a phone (375 px wide), measured in headless Chromium: the page is shown in a frame
/// of that width by a page of the test's own beside it in the output, which reads how wide its
/// tables are once laid out. Chromium comes with `make test`; without it these tests fail.
final class PhoneWidthTests: XCTestCase {
    /// The home's leading branches show rank, branch, total, level and the 4-tốt mark within the
    /// screen, as the ranking page does: no column hidden to the right, no level cut mid-word.
    func testTheHomesLeadingBranchesFitAPhone() throws {
        let built = try BuiltSite.build()
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        XCTAssertTrue(built.page("index.html").contains("class=\"top-table\""), "the fixture's home lists the leading branches")
        try Self.assertFitsAPhone(page: "index.html", selector: ".top-table", named: "the table", in: built)
    }

    /// The ranking on a phone 360 px wide (the frame's scroll bar takes 15 of its 375 pixels)
    /// shows rank, branch, total, level and the 4-tốt mark without sideways scrolling: the
    /// branch's name gives way to the level, as in the home's table.
    func testTheRankingFitsAPhone360PixelsWide() throws {
        let built = try BuiltSite.build()
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        try Self.assertFitsAPhone(page: "xep-hang/index.html", selector: ".ranking-table", named: "the ranking", in: built)
    }

    /// A table wider than the phone fades out at its right edge, which hides columns, and not at
    /// its left; a table that fits has no fade. (That the fade moves to the left edge as the
    /// reader scrolls is the browser's doing, from the stylesheet's scroll-driven animation;
    /// headless Chromium draws frames after a scroll too irregularly to test it here.)
    func testAWideTableFadesAtTheEdgeThatHidesColumns() throws {
        let built = try BuiltSite.build()
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let grid = try Self.fades(page: "sinh-hoat/index.html", selector: ".minutes-grid", width: 375, in: built)
        XCTAssertEqual(grid.end, 40, "the meeting grid overflows a phone: its right edge fades (\(grid))")
        XCTAssertEqual(grid.start, 0, "nothing is hidden to the left before scrolling (\(grid))")
        let top = try Self.fades(page: "index.html", selector: ".top-table", width: 375, in: built)
        XCTAssertEqual(top.start, 0, "the home's leading branches fit: no fade (\(top))")
        XCTAssertEqual(top.end, 0, "the home's leading branches fit: no fade (\(top))")
    }

    /// A computer's screen 1280 px wide zoomed to 200 % is 640 px, as narrow as a phone: the
    /// ranking hides the criteria's scores there too, and a low-vision reader who needs the zoom
    /// brings them back with the box above the table, reached from the keyboard like any other.
    func testAtTwiceTheZoomTheCriteriasScoresCanBeShown() throws {
        let built = try BuiltSite.build()
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let read = try Self.probe(page: "xep-hang/index.html", selector: ".ranking-table", width: 640, in: built, reading: """
            var cell = wrap.querySelector("th.criterion");
            var box = wrap.ownerDocument.getElementById("hien-diem-tieu-chi");
            var before = getComputedStyle(cell).display;
            box.focus();
            var focused = wrap.ownerDocument.activeElement === box;
            box.click();
            done([before, getComputedStyle(box).display !== "none", focused, getComputedStyle(cell).display].join(","));
            """)
        XCTAssertEqual(read, "none,true,true,table-cell", "criterion hidden, box shown and focusable, criterion shown once ticked")
        let wide = try Self.probe(page: "xep-hang/index.html", selector: ".ranking-table", width: 1200, in: built, reading: """
            done(getComputedStyle(wrap.ownerDocument.getElementById("hien-diem-tieu-chi")).display
                 + "," + getComputedStyle(wrap.querySelector("th.criterion")).display);
            """)
        XCTAssertEqual(wide, "none,table-cell", "a wide screen shows every column and no box")
    }

    /// Fails unless the element `selector` of `page` (`named` in the message), framed 375 px
    /// wide, is measured and shows whole: no sideways scrolling.
    static func assertFitsAPhone(page: String, selector: String, named: String, in built: BuiltSite,
                                 file: StaticString = #filePath, line: UInt = #line) throws {
        let widths = try measure(page: page, selector: selector, width: 375, in: built)
        XCTAssertGreaterThan(widths.visible, 0, "the table was measured", file: file, line: line)
        XCTAssertLessThanOrEqual(widths.laidOut, widths.visible,
                                 "\(named) is \(widths.laidOut) px wide in a \(widths.visible) px frame: "
                                 + "the reader must scroll sideways", file: file, line: line)
    }

    /// How wide the element `selector` of `page` is laid out (its scroll width) and how much of it
    /// shows (its client width), the page framed `width` pixels wide.
    static func measure(page: String, selector: String, width: Int, in built: BuiltSite) throws -> (laidOut: Int, visible: Int) {
        let numbers = try probe(page: page, selector: selector, width: width, in: built, reading: """
            done(wrap.scrollWidth + "/" + wrap.clientWidth);
            """).split(separator: "/").compactMap { Int($0) }
        return numbers.count == 2 ? (numbers[0], numbers[1]) : (0, 0)
    }

    /// The widths, in pixels, of the fades at the start and end edges of the frame of `selector`'s
    /// table as the page opens, read once the browser has drawn it (it samples the scrolling as
    /// it draws).
    static func fades(page: String, selector: String, width: Int, in built: BuiltSite) throws -> (start: Int, end: Int) {
        let read = try probe(page: page, selector: selector, width: width, in: built, reading: """
            setTimeout(function () {
              var style = getComputedStyle(wrap);
              done(parseInt(style.getPropertyValue("--fade-start"), 10) + "," + parseInt(style.getPropertyValue("--fade-end"), 10));
            }, 300);
            """)
        let numbers = read.split(separator: ",").compactMap { Int($0) }
        guard numbers.count == 2 else {
            XCTFail("the probe read no fades: \(read)")
            return (-1, -1)
        }
        return (numbers[0], numbers[1])
    }

    /// Frames `page` `width` pixels wide in a page of the test's own beside it in the output, runs
    /// `script` once it has loaded (with `wrap`, the frame of `selector`'s table, or the element
    /// itself, `getComputedStyle` of the framed page, and `done(text)`), and returns the text handed to `done`.
    /// `browserFlags` are added to Chromium's (`--force-high-contrast`: forced colours).
    static func probe(page: String, selector: String, width: Int, in built: BuiltSite, browserFlags: [String] = [],
                      reading script: String) throws -> String {
        let probe = """
            <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>đo</title></head><body>
            <iframe id="khung" src="\(page)" style="width:\(width)px;height:800px;border:0"></iframe>
            <script>document.getElementById("khung").addEventListener("load", function () {
              var frame = this.contentWindow;
              var getComputedStyle = frame.getComputedStyle.bind(frame);
              var element = this.contentDocument.querySelector(\("\"" + selector + "\""));
              var wrap = element.parentElement.classList.contains("table-wrap") ? element.parentElement : element;
              function done(text) { document.body.setAttribute("data-do", text); }
              \(script)
            });</script></body></html>
            """
        let probeFile = built.output.appending(path: "do-\(UUID().uuidString).html")
        try probe.write(to: probeFile, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: probeFile) }
        let result = try ExternalTool.run(try SearchPageBrowserTests.chromium(), [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--allow-file-access-from-files",
            "--user-data-dir=\(built.root.appending(path: "chromium-profile").path)",
            "--virtual-time-budget=5000",
        ] + browserFlags + ["--dump-dom", probeFile.absoluteString])
        guard let start = result.output.range(of: "data-do=\""),
              let end = result.output[start.upperBound...].firstIndex(of: "\"") else {
            XCTFail("the probe page measured nothing: \(result.output.prefix(500))")
            return ""
        }
        return String(result.output[start.upperBound..<end])
    }
}
