import BonTotKit
import Foundation
import XCTest

/// The tables of the leading branches and units in the bulletins of the repository's district
/// (`examples/huyen`), printed by WeasyPrint as `bontot build --pdf` prints them and read back
/// with `pdftotext -layout`: each name and level on one line.
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
        let pdfs = OutputTree(output).paths.filter { $0.hasSuffix(".pdf") }
        var tables: [String] = []
        for pdf in pdfs {
            let text = try PrintedSheets(pdf: output.appending(path: pdf)).texts.joined(separator: "\n")
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for start in lines.indices where lines[start].contains(" dẫn đầu") {
                guard let header = lines[start...].firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("Hạng") })
                else { XCTFail("\(pdf): no header under «\(lines[start])»"); continue }
                let title = lines[start].trimmingCharacters(in: .whitespaces)
                tables.append("\(pdf): \(title)")
                for line in lines[(start + 1)...header] where line.trimmingCharacters(in: .whitespaces).hasSuffix(" 4") {
                    XCTFail("\(pdf), «\(title)»: the heading «4 tốt» is broken: «\(line)»")
                }
                let rows = lines[(header + 1)...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
                XCTAssertFalse(rows.isEmpty, "\(pdf): «\(title)» has no rows")
                for row in rows where row.firstMatch(of: /^\s*[0-9]+ \S/) == nil {
                    XCTFail("\(pdf), «\(title)»: a name or a level is broken over two lines: «\(row.trimmingCharacters(in: .whitespaces))»\n"
                            + rows.joined(separator: "\n"))
                }
            }
        }
        XCTAssertTrue(tables.contains { $0.hasSuffix("Các đảng bộ cơ sở dẫn đầu") }, "the district's table of units: \(tables)")
        XCTAssertTrue(tables.contains { $0.contains("phuong-thanh-lam") && $0.hasSuffix("Các chi bộ dẫn đầu") },
                      "Thanh Lam's tables of branches: \(tables)")
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
