@testable import BonTotKit
import Foundation
import XCTest

/// A ranking of more than twenty branches is charted in parts of about twenty bars, each its own
/// figure with a title above it, so that a printed part fits a page with names of 8 pt or more
/// (`PrintedTablesTests` prints one); a chart of twenty bars or fewer is drawn in one piece.
final class RankingChartPartsTests: SiteCopyTestCase {
    /// The portal fixture's changes adding `count` branches ("Chi bộ khu dân cư số 1" …) scored
    /// in 2024, their names `suffix`ed; branch `number` scores `meetings(number)` for its
    /// meetings (by default five branches to a total).
    static func branches(_ count: Int, suffix: String = "",
                         meetings: (Int) -> Int = { 24 - ($0 - 1) / 5 }) throws -> [String: String?] {
        var changes: [String: String?] = [:]
        var scores = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/content/evaluations/2024.csv"), encoding: .utf8)
        for number in 1...count {
            changes["content/branches/kdc-\(number).yaml"] = "name: Chi bộ khu dân cư số \(number)\(suffix)\nkind: khu-dan-cu\n"
            scores += "kdc-\(number);12;12;\(meetings(number));16;16;0;0;0;;\n"
        }
        changes["content/evaluations/2024.csv"] = scores
        return changes
    }

    private func rankingPage(branches count: Int, suffix: String = "") throws -> String {
        let built = try BuiltSite.build(changes: Self.branches(count, suffix: suffix))
        keep(built.root)
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        return built.page("xep-hang/2024/index.html")
    }

    /// The charts (a `<div>` of bands) of the chart section of `page`.
    private func charts(_ page: String) -> [Substring] {
        let section = page.firstRange(of: "<h2 id=\"bieu-do\">").map { page[$0.lowerBound...] } ?? ""
        return section.matches(of: #/<div class="chart-bars"(.|\n)*?</div>/#).map { $0.output.0 }
    }

    /// The printed size, in points, of a chart's 14-unit names: the chart printed 10,5 cm wide
    /// (the print stylesheet), its bars running on over sheets rather than drawn smaller.
    private func printedNameSize(_ chart: Substring) throws -> Double {
        let match = try XCTUnwrap(chart.firstMatch(of: #/viewBox="0 [0-9.]+ ([0-9.]+) [0-9.]+"/#))
        let width = try XCTUnwrap(Double(match.output.1))
        return HorizontalBarChart.fontSize * (105 / 25.4 * 72) / width
    }

    func testTheSplitOfBarsIntoParts() {
        let bars = { (count: Int, name: String) in (0..<count).map { _ in ChartDatum(label: name, value: 80, valueText: "80") } }
        XCTAssertEqual(HorizontalBarChart.parts(of: bars(20, "A")), [0..<20])
        XCTAssertEqual(HorizontalBarChart.parts(of: bars(21, "A")), [0..<11, 11..<21])
        XCTAssertEqual(HorizontalBarChart.parts(of: bars(50, "A")), [0..<17, 17..<34, 34..<50])
        XCTAssertEqual(HorizontalBarChart.parts(of: bars(60, "A")), [0..<20, 20..<40, 40..<60])
        XCTAssertEqual(HorizontalBarChart.parts(of: []), [0..<0])
        // Names of two lines: twenty such bars are taller than a printed page, so more parts.
        let long = String(repeating: "Chi bộ khu dân cư ", count: 4)
        let parts = HorizontalBarChart.parts(of: bars(40, long))
        XCTAssertEqual(parts, [0..<14, 14..<27, 27..<40])
        XCTAssertTrue(parts.allSatisfy { HorizontalBarChart.height(of: bars(40, long)[$0]) <= HorizontalBarChart.tallestPart })
    }

    /// 50 branches were one chart whose names printed at about 4 pt; now three parts of 17, 17
    /// and 16 bars, each titled, with its own accessible name, description and legend.
    func testALongRankingIsChartedInPartsWithReadableNames() throws {
        let page = try rankingPage(branches: 45)
        let svgs = charts(page)
        XCTAssertEqual(svgs.count, 3, "three parts")
        XCTAssertEqual(svgs.map { $0.matches(of: #/<g class="bar">/#).count }, [17, 17, 16])
        XCTAssertEqual(page.matches(of: #/<h3 class="chart-part">[^<]*</h3>\n<figure class="chart">/#).map { String($0.output) },
                       ["<h3 class=\"chart-part\">Phần 1/3: hạng 1 đến 15</h3>\n<figure class=\"chart\">",
                        "<h3 class=\"chart-part\">Phần 2/3: hạng 15 đến 30</h3>\n<figure class=\"chart\">",
                        "<h3 class=\"chart-part\">Phần 3/3: hạng 35 đến 50</h3>\n<figure class=\"chart\">"])
        for (number, svg) in svgs.enumerated() {
            let id = "bieu-do-xep-hang-\(number + 1)"
            XCTAssertTrue(svg.contains("aria-labelledby=\"\(id)-tieu-de \(id)-mo-ta\""), String(svg.prefix(400)))
            XCTAssertTrue(svg.contains("<span id=\"\(id)-tieu-de\" hidden>Tổng điểm — Xếp hạng thi đua năm 2024 (phần \(number + 1)/3)</span>"),
                          String(svg.prefix(600)))
            let description = try XCTUnwrap(svg.firstMatch(of: #/<span id="[^"]*-mo-ta" hidden>([^<]*)</span>/#)).output.1
            XCTAssertEqual(description.matches(of: #/điểm/#).count, [17, 17, 16][number], "the part's own bars described")
            XCTAssertGreaterThanOrEqual(try printedNameSize(svg), 8, "part \(number + 1)'s names on A4")
        }
        let second = svgs.dropFirst().first ?? ""
        XCTAssertTrue(second.contains("<span id=\"bieu-do-xep-hang-2-mo-ta\" hidden>15. Chi bộ khu dân cư số"), String(second.prefix(700)))
        XCTAssertEqual(page.matches(of: #/<figure class="chart">/#).count, 3)
        XCTAssertEqual(page.matches(of: #/<ul class="chart-legend">/#).count, 3, "each part with the legend of its colours")
        XCTAssertEqual(page.matches(of: #/<table/#).count, 1, "the one table beside the chart")
    }

    /// Names of two lines make a bar taller: 45 such bars go in four parts, still readable.
    func testLongNamesMakeMoreParts() throws {
        let page = try rankingPage(branches: 40, suffix: " thuộc Đảng bộ phường Thanh Lam quận Tân Tiến")
        let svgs = charts(page)
        XCTAssertGreaterThan(svgs.count, 2)
        for svg in svgs {
            XCTAssertLessThanOrEqual(svg.matches(of: #/<g class="bar">/#).count, 20)
            XCTAssertGreaterThanOrEqual(try printedNameSize(svg), 8)
        }
        XCTAssertEqual(svgs.map { $0.matches(of: #/<g class="bar">/#).count }.reduce(0, +), 45)
    }

    /// Twenty branches: one chart as before, no part titles, the id of the whole chart.
    func testTwentyBarsAreOneChart() throws {
        let page = try rankingPage(branches: 15)
        let svgs = charts(page)
        XCTAssertEqual(svgs.count, 1)
        XCTAssertEqual(svgs.first?.matches(of: #/<g class="bar">/#).count, 20)
        XCTAssertTrue(svgs.first?.contains("aria-labelledby=\"bieu-do-xep-hang-tieu-de bieu-do-xep-hang-mo-ta\"") == true)
        XCTAssertFalse(page.contains("chart-part"))
        XCTAssertTrue(page.contains("</h2>\n<figure class=\"chart\">\n<div class=\"chart-bars\""), "the figure right under the heading")
    }

    /// The two template engines write a chart in parts with the same bytes.
    func testBothEnginesWriteThePartsAlike() throws {
        let root = keep(try BuiltSite.prepare("portal", changes: Self.branches(45)))
        var pages: [String] = []
        for engine in ["mustache", "compiled"] {
            let output = root.deletingLastPathComponent().appending(path: "out-\(engine)")
            let build = try BontotProcess.run(["build", "--quiet", "--clean", "--site", root.path, "--output", output.path],
                                              environment: ["BONTOT_TEMPLATE_ENGINE": engine])
            XCTAssertEqual(build.status, 0, "\(engine): \(build.errors)")
            pages.append(String(decoding: try Data(contentsOf: output.appending(path: "xep-hang/2024/index.html")), as: UTF8.self))
        }
        XCTAssertTrue(pages[0].contains("Phần 3/3"))
        XCTAssertEqual(pages[0], pages[1])
    }
}
