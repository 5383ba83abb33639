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
        let widths = try Self.measure(page: "index.html", selector: ".top-table", width: 375, in: built)
        XCTAssertGreaterThan(widths.visible, 0, "the table was measured")
        XCTAssertLessThanOrEqual(widths.laidOut, widths.visible,
                                 "the table is \(widths.laidOut) px wide in a \(widths.visible) px frame: "
                                 + "the reader must scroll sideways")
    }

    /// How wide the element `selector` of `page` is laid out (its scroll width) and how much of it
    /// shows (its client width), the page framed `width` pixels wide.
    static func measure(page: String, selector: String, width: Int, in built: BuiltSite) throws -> (laidOut: Int, visible: Int) {
        let probe = """
            <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>đo</title></head><body>
            <iframe id="khung" src="\(page)" style="width:\(width)px;height:800px;border:0"></iframe>
            <script>document.getElementById("khung").addEventListener("load", function () {
              var element = this.contentDocument.querySelector(\("\"" + selector + "\""));
              var wrap = element.parentElement.classList.contains("table-wrap") ? element.parentElement : element;
              document.body.setAttribute("data-do", wrap.scrollWidth + "/" + wrap.clientWidth);
            });</script></body></html>
            """
        let probeFile = built.output.appending(path: "do-\(UUID().uuidString).html")
        try probe.write(to: probeFile, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: probeFile) }
        let result = try ExternalTool.run(try SearchPageBrowserTests.chromium(), [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--allow-file-access-from-files",
            "--user-data-dir=\(built.root.appending(path: "chromium-profile").path)",
            "--virtual-time-budget=5000", "--dump-dom", probeFile.absoluteString,
        ])
        guard let start = result.output.range(of: "data-do=\""),
              let end = result.output[start.upperBound...].firstIndex(of: "\"") else {
            XCTFail("the probe page measured nothing: \(result.output.prefix(500))")
            return (0, 0)
        }
        let numbers = result.output[start.upperBound..<end].split(separator: "/").compactMap { Int($0) }
        return numbers.count == 2 ? (numbers[0], numbers[1]) : (0, 0)
    }
}
