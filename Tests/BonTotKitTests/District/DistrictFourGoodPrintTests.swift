import BonTotKit
import Foundation
import XCTest

/// The district's "Chi bộ 4 tốt" of the year, printed: each unit's branches stay on one sheet
/// with the unit's name. In a district of twenty units Chromium carried a unit's last rows of
/// branches over to the next sheet, read there without the unit they belong to; each unit's
/// branches now run on after its name in one line of their own (`li`), kept whole on a sheet.
final class DistrictFourGoodPrintTests: XCTestCase {
    func testAUnitsFourGoodBranchesArePrintedOnOneSheetUnderItsName() throws {
        XCTAssertNotNil(PDFEngine.find("chromium"), "Chromium (installed by make test)")
        // Ấp Bắc holds 28 "Chi bộ 4 tốt" in 2024: its line runs over several printed lines.
        let names = (11...36).map { "Chi bộ tổ \($0) Ấp Bắc" }
        let site = try DistrictFixture.prepare(for: self)
        var scores = try site.read("xa-b/content/evaluations/2024.yaml")
        for (number, name) in zip(11...36, names) {
            try site.write("xa-b/content/branches/to-\(number).yaml",
                           "name: \(name)\nkind: khu-dan-cu\nsecretary: Bí thư\nmembers: { official: 20, probationary: 0 }\n")
            scores += "  to-\(number): { chinh-tri: 27, sinh-hoat: 27, doan-ket: 18, dang-vien: 18 }\n"
        }
        try site.write("xa-b/content/evaluations/2024.yaml", scores)
        let december = YearMonth(year: 2024, month: 12)
        let paragraph = "các chi bộ tiếp tục duy trì nền nếp sinh hoạt, nâng cao chất lượng sinh hoạt chi bộ, "
            + "thực hiện tốt các nghị quyết đã đề ra trong năm."
        // An editorial of 4 or 18 paragraphs brings Ấp Bắc's line across a sheet's end (found by
        // printing without `li { break-inside: avoid }`).
        for paragraphs in [0, 4, 18] {
            try site.write("content/bulletins/2024-12.md", "---\ntitle: Tổng kết năm\nnumber: 12\n---\n"
                           + (0..<paragraphs).map { "Đoạn \($0 + 1): \(paragraph)\n\n" }.joined())
            let report = SiteBuilder.build(BuildOptions(siteRoot: site.root, pdf: true, pdfEngine: "chromium", month: december))
            XCTAssertTrue(report.succeeded, report.problems)
            let sheets = try PrintedSheets(pdf: site.output.appending(path: Router().file(.bulletinPDF(december)))).texts
            let headed = sheets.indices.filter { sheets[$0].split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("Đảng bộ xã Ấp Bắc (28):") } }
            XCTAssertEqual(headed.count, 1, "\(paragraphs) paragraphs: Ấp Bắc's heading printed once: \(headed)")
            let listed = Set(names.flatMap { name in sheets.indices.filter { sheets[$0].contains(name) } })
            XCTAssertEqual(listed, Set(headed), "\(paragraphs) paragraphs: Ấp Bắc's branches printed on sheets \(listed.sorted().map { $0 + 1 }), "
                           + "its name on \(headed.map { $0 + 1 })")
        }
    }
}
