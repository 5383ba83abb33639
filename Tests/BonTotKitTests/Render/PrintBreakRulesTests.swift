@testable import BonTotKit
import XCTest

/// The theme's print stylesheet keeps a printed table and chart together as a reader of paper
/// expects (`PrintedTablesTests` prints them in Chromium): a caption once, the header on every
/// page, the totals once at the end, no row alone at a page's end, no heading cut or left
/// alone, a chart no taller than a page.
final class PrintBreakRulesTests: XCTestCase {
    /// The rules of `style.css` inside its `@media print` blocks, without comments, white space folded.
    private func printRules() throws -> String {
        let css = String(decoding: try XCTUnwrap(BuiltInTheme.theme.assets["style.css"]), as: UTF8.self)
            .replacing(#/\/\*(.|\n)*?\*\//#, with: "")
        return css.components(separatedBy: "@media print").dropFirst().joined()
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The declarations of the print rule whose selector is exactly `selector`.
    private func declarations(of selector: String, in rules: String) -> String {
        rules.components(separatedBy: "}").compactMap { block -> String? in
            let parts = block.components(separatedBy: "{")
            guard parts.count >= 2 else { return nil }
            let head = parts[parts.count - 2].trimmingCharacters(in: .whitespaces)
            guard head.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == selector }) else { return nil }
            return parts[parts.count - 1]
        }.joined(separator: ";")
    }

    func testTheTotalsArePrintedOnceAndTheHeaderOnEveryPage() throws {
        let rules = try printRules()
        XCTAssertTrue(declarations(of: "thead", in: rules).contains("display: table-header-group"), rules)
        let totals = declarations(of: "tfoot", in: rules)
        XCTAssertTrue(totals.contains("display: table-row-group"), "a footer group repeats at the foot of every page: \(totals)")
        XCTAssertTrue(totals.contains("break-before: avoid"), "the totals go with the last row: \(totals)")
        XCTAssertFalse(rules.contains("caption { display: table-header-group"), "the caption is printed once")
    }

    func testNoRowIsLeftAloneAtAPagesEnd() throws {
        let rules = try printRules()
        XCTAssertTrue(declarations(of: "tbody tr:first-child:not(:last-child)", in: rules).contains("break-after: avoid"), rules)
        XCTAssertTrue(declarations(of: "tbody tr:last-child:not(:first-child)", in: rules).contains("break-before: avoid"), rules)
        XCTAssertEqual(declarations(of: "tbody tr:first-child", in: rules), "",
                       "a table's only row avoiding a break after it keeps the table with what follows it")
        XCTAssertTrue(declarations(of: "tr", in: rules).contains("break-inside: avoid"), rules)
    }

    func testHeadingsAreNeitherCutNorLeftAlone() throws {
        let rules = try printRules()
        for selector in ["h2", "h3", "caption", ".reasons-title"] {
            let heading = declarations(of: selector, in: rules)
            XCTAssertTrue(heading.contains("break-after: avoid"), "\(selector): \(heading)")
            XCTAssertTrue(heading.contains("break-inside: avoid"), "\(selector): \(heading)")
        }
    }

    /// No taller than a page with room left for its headings, caption and legend (`RankingPrintTests`).
    func testAChartIsNoTallerThanAPage() throws {
        let chart = declarations(of: ".chart svg", in: try printRules())
        XCTAssertTrue(chart.contains("max-height: 200mm"), chart)
        XCTAssertTrue(declarations(of: "figure", in: try printRules()).contains("break-inside: avoid"))
    }
}
