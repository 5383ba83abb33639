import BonTotKit
import Foundation
import XCTest

/// The tables of the leading branches and units in the bulletins of the repository's district
/// (`examples/huyen`), printed by WeasyPrint as `bontot build --pdf` prints them and read back
/// with `pdftotext -layout`, and by headless Chromium: each name and level on one line.
final class LeadingTablesPrintTests: XCTestCase {
    /// Every row of every "dẫn đầu" table is one printed line: a branch's or unit's name
    /// ("Chi bộ Cơ quan Ủy ban nhân dân phường", "Đảng bộ phường Thanh Lam") and its level
    /// ("Hoàn thành xuất sắc nhiệm vụ") were broken under WeasyPrint's own column widths, and
    /// the units' last heading read "Đảng bộ cơ sở 4 / tốt".
    func testTheNamesAndLevelsOfTheLeadingTablesArePrintedOnOneLine() throws {
        XCTAssertNotNil(PDFEngine.find("weasyprint"), "WeasyPrint (installed by make test)")
        let site = try Self.district()
        let output = site.deletingLastPathComponent().appending(path: "output")
        let report = SiteBuilder.build(BuildOptions(siteRoot: site, output: output, pdf: true, pdfEngine: "weasyprint"))
        XCTAssertTrue(report.succeeded, report.problems)
        let tables = try Self.checkLeadingTables(printedIn: output)
        XCTAssertTrue(tables.contains { $0.hasSuffix("Các đảng bộ cơ sở dẫn đầu") }, "the district's table of units: \(tables)")
        XCTAssertTrue(tables.contains { $0.contains("phuong-thanh-lam") && $0.hasSuffix("Các chi bộ dẫn đầu") },
                      "Thanh Lam's tables of branches: \(tables)")
    }

    /// The same tables printed by headless Chromium (`--pdf-engine chromium`, as a clerk's
    /// browser prints the page): the district's bulletin of December 2025 (its branches and its
    /// units) and Thanh Lam's, each built alone (`--month`) to keep the test short.
    func testChromiumPrintsTheLeadingTablesOnOneLineToo() throws {
        XCTAssertNotNil(PDFEngine.find("chromium"), "Chromium (installed by make test)")
        let district = try Self.district()
        let december = YearMonth(year: 2025, month: 12)
        var tables: [String] = []
        for (name, site) in [("huyen", district), ("thanh-lam", district.deletingLastPathComponent().deletingLastPathComponent())] {
            let output = district.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appending(path: "output-\(name)")
            let report = SiteBuilder.build(BuildOptions(siteRoot: site, output: output, pdf: true, pdfEngine: "chromium", month: december))
            XCTAssertTrue(report.succeeded, report.problems)
            tables += try Self.checkLeadingTables(printedIn: output)
        }
        XCTAssertTrue(tables.contains { $0.hasPrefix("output-huyen/") && $0.hasSuffix("Các đảng bộ cơ sở dẫn đầu") }, "the district's table of units: \(tables)")
        XCTAssertTrue(tables.contains { $0.hasPrefix("output-huyen/") && $0.hasSuffix("Các chi bộ dẫn đầu") }, "the district's table of branches: \(tables)")
        XCTAssertTrue(tables.contains { $0.hasPrefix("output-thanh-lam/") && $0.hasSuffix("Các chi bộ dẫn đầu") }, "Thanh Lam's table of branches: \(tables)")
    }

    /// Reads every PDF under `output` back (`pdftotext -layout`) and fails for each "dẫn đầu"
    /// table whose heading «4 tốt» or one of whose rows is broken over two lines; returns the
    /// tables found, as "output/path: title".
    static func checkLeadingTables(printedIn output: URL, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let pdfs = OutputTree(output).paths.filter { $0.hasSuffix(".pdf") }
        var tables: [String] = []
        for path in pdfs {
            let pdf = "\(output.lastPathComponent)/\(path)"
            let text = try PrintedSheets(pdf: output.appending(path: path)).texts.joined(separator: "\n")
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for start in lines.indices where lines[start].contains(" dẫn đầu") {
                guard let header = lines[start...].firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("Hạng") })
                else { XCTFail("\(pdf): no header under «\(lines[start])»", file: file, line: line); continue }
                let title = lines[start].trimmingCharacters(in: .whitespaces)
                tables.append("\(pdf): \(title)")
                for heading in lines[(start + 1)...header] where heading.trimmingCharacters(in: .whitespaces).hasSuffix(" 4") {
                    XCTFail("\(pdf), «\(title)»: the heading «4 tốt» is broken: «\(heading)»", file: file, line: line)
                }
                let rows = lines[(header + 1)...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
                XCTAssertFalse(rows.isEmpty, "\(pdf): «\(title)» has no rows", file: file, line: line)
                for row in rows where row.firstMatch(of: /^\s*[0-9]+ \S/) == nil {
                    XCTFail("\(pdf), «\(title)»: a name or a level is broken over two lines: «\(row.trimmingCharacters(in: .whitespaces))»\n"
                            + rows.joined(separator: "\n"), file: file, line: line)
                }
            }
        }
        return tables
    }

    /// A copy of `examples/huyen` in a temporary folder, with the repository's own site (the
    /// unit Thanh Lam, at `../..`) two folders above it as in the repository.
    static func district() throws -> URL {
        let repository = BuiltSite.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let copy = try TemporaryFolder.make().appending(path: "kho")
        try FileManager.default.createDirectory(at: copy.appending(path: "examples"), withIntermediateDirectories: true)
        for item in ["site.yaml", "content"] {
            try FileManager.default.copyItem(at: repository.appending(path: item), to: copy.appending(path: item))
        }
        let district = copy.appending(path: "examples/huyen")
        try FileManager.default.copyItem(at: repository.appending(path: "examples/huyen"), to: district)
        try? FileManager.default.removeItem(at: district.appending(path: ".bontot-cache"))
        return district
    }
}
