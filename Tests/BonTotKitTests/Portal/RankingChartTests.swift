import XCTest
@testable import BonTotKit

/// The inline SVG charts of rankings and profiles: geometry, escaping, accessible names.
final class RankingChartTests: XCTestCase {
    func testCoordinatesAreWrittenTheSameWayOnEveryRun() {
        XCTAssertEqual(ChartText.coordinate(12), "12")
        XCTAssertEqual(ChartText.coordinate(392.4), "392.4")
        XCTAssertEqual(ChartText.coordinate(12.25), "12.3")
        XCTAssertEqual(ChartText.coordinate(-3.21), "-3.2")
        XCTAssertEqual(ChartText.coordinate(-0.04), "0")
    }

    func testBarsScaleToTheMaximumAndGuidesSitAtTheirValue() {
        let chart = HorizontalBarChart(id: "c", title: "Tổng điểm", description: "A: 50 điểm.",
                                       data: [ChartDatum(label: "A", value: 50, valueText: "50")], maximum: 100,
                                       guides: [ChartGuide(value: 90, label: "90")])
        let svg = chart.svg
        let plot = HorizontalBarChart.width - HorizontalBarChart.valueRoom
        XCTAssertTrue(svg.contains("width=\"\(ChartText.coordinate(plot / 2))\" height=\"14\""), svg)
        XCTAssertTrue(svg.contains("<path d=\"M\(ChartText.coordinate(plot * 0.9)) 0V44\" class=\"guide\""), svg)
        // One image to a screen reader, named and described; drawn as a band for each bar and
        // one for the scale, hidden from it, which a printed page may fall between.
        XCTAssertTrue(svg.hasPrefix("<div class=\"chart-bars\" role=\"img\" aria-labelledby=\"c-tieu-de c-mo-ta\">"), svg)
        XCTAssertTrue(svg.contains("<span id=\"c-tieu-de\" hidden>Tổng điểm</span>\n<span id=\"c-mo-ta\" hidden>A: 50 điểm.</span>"))
        let bands = svg.matches(of: #/<svg [^>]*class="([a-z-]*)" viewBox="([0-9. ]*)"[^>]*aria-hidden="true"/#)
        XCTAssertEqual(bands.map { "\($0.output.1): \($0.output.2)" }, ["chart-row: 0 0 400 40", "chart-scale: 0 40 400 26"], svg)
        XCTAssertTrue(svg.hasSuffix("</svg>\n</div>"))
    }

    /// Each band of a ranking's chart repeats the guides (dashed, running the whole chart so that
    /// their dashes go on unbroken from band to band): drawn as a line each, they made the page of
    /// a ranking of 1000 branches 37 % larger (1,49 → 2,05 MB) than one tall chart did. They are
    /// one path to a band, its subpaths the guides: 1,84 MB, 24 % larger.
    func testEachBandDrawsItsGuidesAsOnePathRunningTheWholeChart() {
        let data = (1...200).map { ChartDatum(label: "Chi bộ khu dân cư số \($0)", value: Double(100 - $0 % 40), valueText: "\(100 - $0 % 40)") }
        let guides = [50, 70, 80, 90].map { ChartGuide(value: Double($0), label: "\($0)") }
        let svg = HorizontalBarChart(id: "c", title: "T", description: "D", data: data, maximum: 100, guides: guides).svg
        let bands = svg.split(separator: "<svg ").dropFirst()
        XCTAssertEqual(bands.count, 201, "a band to each bar and one for the scale")
        let plot = HorizontalBarChart.width - HorizontalBarChart.valueRoom
        let whole = ChartText.coordinate(HorizontalBarChart.height(of: data[...]) - HorizontalBarChart.axisHeight)
        let path = "<path d=\"" + guides.map { "M\(ChartText.coordinate(plot * $0.value / 100)) 0V\(whole)" }.joined()
            + "\" class=\"guide\" stroke=\"#8a8580\" stroke-dasharray=\"4 3\"/>"
        for band in bands {
            XCTAssertEqual(band.components(separatedBy: "class=\"guide\"").count - 1, 1, "one guide element to a band: \(band)")
            XCTAssertTrue(band.contains(path), "the guides run the whole chart, their dashes unbroken: \(band)")
        }
        // What a band draws besides its bar (its name, the bar, its value): its <svg>, the guides, the axis.
        let barsOwn = svg.matches(of: #/<g class="bar">.*?</g>/#).map(\.output.utf8.count).reduce(0, +)
        let overhead = (svg.utf8.count - barsOwn) / data.count
        XCTAssertLessThanOrEqual(overhead, 450, "bytes a band adds to its bar's own drawing")
    }

    func testEveryTextInsideTheSVGIsEscaped() {
        let chart = ColumnChart(id: "d", title: "<Tiêu đề>", description: "Mô tả \"x\" & 'y'",
                                data: [ChartDatum(label: ["<b>", "2024"], value: 5, valueText: "5 & 6")], maximum: 10)
        let svg = chart.svg
        XCTAssertTrue(svg.contains("<title id=\"d-tieu-de\">&lt;Tiêu đề&gt;</title>"))
        XCTAssertTrue(svg.contains("Mô tả &quot;x&quot; &amp; &#39;y&#39;"))
        XCTAssertTrue(svg.contains(">&lt;b&gt;</text>"))
        XCTAssertTrue(svg.contains(">2024</text>"), "a second label line")
        XCTAssertTrue(svg.contains(">5 &amp; 6</text>"))
        XCTAssertFalse(svg.contains("<b>"))
    }

    /// A word wider than a line is broken on lines of its own, a name of more than two lines is
    /// shortened with "…" and whole in its bar's `<title>`; a name that fits has none.
    func testAWordWiderThanTheChartIsBrokenAndANameOverTwoLinesShortened() {
        let word = String(repeating: "GiồngRiềngHòaThuận", count: 3)
        let lines = ChartText.lines("Chi bộ \(word) ấp", width: 40)
        XCTAssertEqual(lines.first, "Chi bộ")
        XCTAssertEqual(lines.count, 3, "\(lines)")
        XCTAssertTrue(lines.allSatisfy { $0.count <= 40 && ChartText.ems($0) <= 40 * ChartText.averageEms }, "\(lines)")
        XCTAssertEqual(ChartText.lines("Chi bộ \(word) ấp", width: 40).joined(), "Chi bộ\(word) ấp")
        XCTAssertEqual(ChartText.lines(String(repeating: "i", count: 50), width: 40).map(\.count), [40, 10])
        XCTAssertEqual(ChartText.lines("CHI BỘ TRƯỜNG TRUNG HỌC PHỔ THÔNG HÒA THUẬN MỚI", width: 48),
                       ["CHI BỘ TRƯỜNG TRUNG HỌC PHỔ THÔNG HÒA", "THUẬN MỚI"], "capitals take a line sooner")
        XCTAssertEqual(ChartText.ems("ỉ"), ChartText.ems("i"), "a letter is as wide as its base letter")
        XCTAssertEqual(ChartText.ems("Ộ"), ChartText.ems("O"))
        let svg = HorizontalBarChart(id: "c", title: "T", description: "D",
                                     data: [ChartDatum(label: "Chi bộ ấp Ấp Bắc \(word)", value: 80, valueText: "80"),
                                            ChartDatum(label: "Chi bộ ấp Eo Gió", value: 70, valueText: "70")], maximum: 100).svg
        XCTAssertEqual(svg.matches(of: #/class="bar-label"/#).count, 3, "two lines for the long name, one for the other")
        XCTAssertTrue(svg.contains("<g class=\"bar\"><title>Chi bộ ấp Ấp Bắc \(word)</title>"), svg)
        XCTAssertTrue(svg.contains("…</text>"), svg)
        XCTAssertTrue(svg.contains("<g class=\"bar\"><text x=\"4\" y=\"\(ChartText.coordinate(HorizontalBarChart.rowHeight(lines: 2) + 14))\""),
                      "the other name has no title: \(svg)")
    }

    func testALongNameIsBrokenBetweenWordsSoThatAPhoneNeedNotShrinkTheChart() {
        XCTAssertEqual(ChartText.lines("Chi bộ Cơ quan Mặt trận Tổ quốc và các đoàn thể phường", width: 40),
                       ["Chi bộ Cơ quan Mặt trận Tổ quốc và các", "đoàn thể phường"])
        XCTAssertEqual(ChartText.lines("Chi bộ ấp Eo Gió", width: 40), ["Chi bộ ấp Eo Gió"])
        XCTAssertEqual(ChartText.lines("", width: 40), [""])
        let long = "Chi bộ Cơ quan Mặt trận Tổ quốc và các đoàn thể phường Thanh Lam quận Tân Tiến"
        let svg = HorizontalBarChart(id: "c", title: "T", description: "D",
                                     data: [ChartDatum(label: long, value: 80, valueText: "80"),
                                            ChartDatum(label: "B", value: 70, valueText: "70")], maximum: 100).svg
        XCTAssertEqual(svg.matches(of: #/class="bar-label"/#).count, 3, "two lines for the long name, one for B")
        let bar = HorizontalBarChart.rowHeight(lines: 2)
        XCTAssertTrue(svg.contains("<rect x=\"0\" y=\"\(ChartText.coordinate(bar + 5 + HorizontalBarChart.lineHeight))\""),
                      "the second bar starts below the two lines of the first item: \(svg)")
    }

    func testValuesOfManyColumnsAreWrittenSmallerSoThatTheyDoNotOverlap() {
        let few = ColumnChart(id: "a", title: "T", description: "D",
                              data: (1...5).map { ChartDatum(label: "\($0)", value: 90, valueText: "94,8 %") }, maximum: 100).svg
        XCTAssertFalse(few.contains("font-weight=\"700\" font-size="), "five columns keep the size of the chart")
        let many = ColumnChart(id: "b", title: "T", description: "D",
                               data: (1...12).map { ChartDatum(label: "\($0)", value: 90, valueText: "95 %") }, maximum: 100).svg
        XCTAssertTrue(many.contains("class=\"bar-value\" fill=\"#1d1d1f\" font-weight=\"700\" font-size=\"10\">95 %</text>"), many)
    }

    func testLevelsTakeTheToneOfTheirPositionInTheRubric() {
        XCTAssertEqual(ChartTone.level(0).fill, "#b3161b")
        XCTAssertEqual(ChartTone.level(1).cssClass, "tone-1")
        XCTAssertEqual(ChartTone.level(9), ChartTone.level(3), "levels past the fourth share the last colour")
    }
}
