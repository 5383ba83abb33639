import BonTotKit
import Foundation
import XCTest

/// An Excel score sheet of a year scored on a former scale (`Tests/Fixtures/office/
/// make_former_scale_workbooks.py`: a title row, then the criteria headed by the former scale's
/// names, the branches or units by their names) is read against that year's scale: it ranks the
/// year as the fixture's CSV of the same scores does; the same sheet given as a year of today's
/// scale is refused at the workbook, whose headers name criteria today's scale does not have.
final class FormerScaleWorkbookTests: XCTestCase {
    private static let office = BuiltSite.fixtures.deletingLastPathComponent().appending(path: "office")

    func testABranchWorkbookOfAFormerYearIsReadAgainstThatYearsScale() throws {
        try check(fixture: "former-rubric", folder: "content/evaluations", ranking: "xep-hang",
                  workbook: "former-scale-branches-2021.xlsx")
    }

    func testAUnitWorkbookOfAFormerYearIsReadAgainstThatYearsUnitScale() throws {
        try check(fixture: "former-unit-rubric", folder: "content/unit-evaluations", ranking: "xep-hang-don-vi",
                  workbook: "former-scale-units-2021.xlsx")
    }

    /// Builds `fixture` with its `<folder>/2021.csv` and again with the workbook in its place:
    /// the 2021 ranking (its CSV, its page's table) is the same. The workbook as 2024's scores
    /// (today's scale) is an error at the workbook.
    private func check(fixture: String, folder: String, ranking: String, workbook: String,
                       file: StaticString = #filePath, line: UInt = #line) throws {
        let data = try Data(contentsOf: Self.office.appending(path: workbook))
        let reference = try BuiltSite.build(fixture)
        XCTAssertTrue(reference.report.succeeded, "\(reference.report.diagnostics.sorted)", file: file, line: line)

        let root = try BuiltSite.prepare(fixture, changes: ["\(folder)/2021.csv": nil])
        try data.write(to: root.appending(path: "\(folder)/2021.xlsx"))
        let site = BuiltSite.rebuild(root: root)
        XCTAssertEqual(site.report.diagnostics.sorted.map(\.description), [], file: file, line: line)
        XCTAssertEqual(String(decoding: site.bytes("\(ranking)/2021/bang-xep-hang.csv"), as: UTF8.self),
                       String(decoding: reference.bytes("\(ranking)/2021/bang-xep-hang.csv"), as: UTF8.self), file: file, line: line)
        XCTAssertEqual(table(site.page("\(ranking)/2021/index.html")), table(reference.page("\(ranking)/2021/index.html")),
                       file: file, line: line)

        let today = try BuiltSite.prepare(fixture, changes: ["\(folder)/2024.csv": nil, "\(folder)/2024.yaml": nil])
        try data.write(to: today.appending(path: "\(folder)/2024.xlsx"))
        let refused = BuiltSite.rebuild(root: today)
        let errors = refused.report.diagnostics.sorted.filter { $0.severity == .error }
        XCTAssertFalse(errors.isEmpty, "the former criteria are no columns of today's scale", file: file, line: line)
        XCTAssertTrue(errors.allSatisfy { $0.location.file == "\(folder)/2024.xlsx" }, "\(errors)", file: file, line: line)
    }

    /// The ranking table of a page, its text only.
    private func table(_ page: String) -> String {
        let body = page.components(separatedBy: "<tbody>").dropFirst().first?.components(separatedBy: "</tbody>").first ?? ""
        return body.replacingOccurrences(of: #"<[^>]+>"#, with: " ", options: .regularExpression)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
