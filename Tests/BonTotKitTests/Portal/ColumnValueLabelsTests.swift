import XCTest
@testable import BonTotKit

/// The values written above a column chart's columns (a branch's attendance by month): each
/// readable, none written over its neighbour's, none cut off at the chart's top.
final class ColumnValueLabelsTests: XCTestCase {
    /// One value drawn in the chart: its centre, baseline and size, in the chart's units.
    struct DrawnValue {
        var text: String
        var x: Double
        var y: Double
        var size: Double
    }

    /// The values above the columns of `svg`, left to right.
    static func values(_ svg: String) -> [DrawnValue] {
        svg.matches(of: #/<text x="([0-9.]+)" y="(-?[0-9.]+)" text-anchor="middle" class="bar-value"[^>]*?(?: font-size="([0-9.]+)")?>([^<]*)</text>/#)
            .map { match in
                DrawnValue(text: String(match.output.4), x: Double(match.output.1) ?? 0, y: Double(match.output.2) ?? 0,
                           size: match.output.3.flatMap { Double($0) } ?? ColumnChart.fontSize)
            }
    }

    /// A village's twelve months of attendance, from a commune's portal (Chi bộ ấp Tân Hòa, 2025):
    /// at 12 columns, "99,0 %" and "98,0 %" were written into each other ("99,0 %98,0 %") on the
    /// screen and on paper, since the smallest size still took 33 units of a 29-unit slot.
    func testTwelveMonthsOfRatesAreWrittenApartAndWhole() throws {
        let rates: [Double?] = [0.94, 0.99, 0.98, 1, 0.96, 0.96, 1, 0.98, 0.94, nil, 0.973, 1]
        let data = rates.enumerated().map { month, rate in
            ChartDatum(label: ["T\(month + 1)"], value: (rate ?? 0) * 100,
                       valueText: rate.map { VietnameseFormat.percent($0, for: .page) } ?? "—")
        }
        let svg = ColumnChart(id: "bieu-do-du-hop", title: "Tỷ lệ đảng viên dự họp theo tháng", description: "D",
                              data: data, maximum: 100).svg
        let drawn = Self.values(svg)
        XCTAssertEqual(drawn.map(\.text), data.map(\.valueText), "every month's value is written, in order")
        for (left, right) in zip(drawn, drawn.dropFirst()) {
            let half = ((Double(left.text.count) * 0.62 * left.size) + (Double(right.text.count) * 0.62 * right.size)) / 2
            let apartSideways = right.x - left.x >= half
            let apartUpAndDown = abs(right.y - left.y) >= min(left.size, right.size)
            XCTAssertTrue(apartSideways || apartUpAndDown, "'\(left.text)' and '\(right.text)' are written over each other: \(svg)")
        }
        for value in drawn {
            XCTAssertGreaterThanOrEqual(value.y - value.size * 0.8, 0, "'\(value.text)' is cut off at the chart's top: \(svg)")
        }
        let height = try XCTUnwrap(svg.firstMatch(of: #/viewBox="0 0 400 ([0-9.]+)"/#).flatMap { Double($0.output.1) })
        let axisLabels = svg.matches(of: #/y="([0-9.]+)" text-anchor="middle" class="axis"/#).compactMap { Double($0.output.1) }
        XCTAssertFalse(axisLabels.isEmpty)
        XCTAssertTrue(axisLabels.allSatisfy { $0 <= height }, "the months' labels stay inside the grown chart: \(svg)")
    }

    /// Five years of totals keep their values where they were: 5 units above each column.
    func testFewColumnsKeepTheirValuesAboveThem() {
        let svg = ColumnChart(id: "a", title: "T", description: "D",
                              data: [97, 98, 97, 96, 99].map { ChartDatum(label: ["x"], value: $0, valueText: "\(Int($0))") },
                              maximum: 100).svg
        XCTAssertTrue(svg.contains("viewBox=\"0 0 400 208\""), svg)
        XCTAssertEqual(Set(Self.values(svg).map(\.size)), [ColumnChart.fontSize])
        XCTAssertTrue(svg.contains("y=\"21.5\" text-anchor=\"middle\" class=\"bar-value\""), "97 of 100 is written 5 units above its column: \(svg)")
    }
}
