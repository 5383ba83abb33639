import BonTotKit
import Foundation
import XCTest

/// The district's "Chi bộ 4 tốt" of the year, printed: each unit's branches stay on one sheet
/// with the unit's name. In a district of twenty units Chromium carried a unit's last rows of
/// branches over to the next sheet, read there without the unit they belong to; each unit's
/// branches now run on after its name in one line of their own (`li`), kept whole on a sheet.
final class DistrictFourGoodPrintTests: XCTestCase {
    func testAUnitsFourGoodBranchesArePrintedOnOneSheetUnderItsName() throws {
        // An editorial of 4 or 18 paragraphs brings Ấp Bắc's line across a sheet's end (found by
        // printing without `li { break-inside: avoid }`).
        try assertPrintedOnOneSheet(paragraphs: [0, 4, 18]) { $0.hasPrefix("Đảng bộ xã Ấp Bắc (28):") }
    }

    /// A district whose own `templates/bulletin.mustache` still lists each unit under a heading
    /// (`{{#groups}}`, `BulletinDistrictFourGood.groups`) prints each unit's list whole under it, as
    /// before the lines, with the built-in `bulletin.css`.
    func testAUnitsHeadedListOfASitesOwnTemplateIsPrintedOnOneSheetUnderItsName() throws {
        let own = try DistrictBulletinFourGoodLinesTests.headedListsTemplate()
        // An editorial of 0, 3 or 15 paragraphs brings Ấp Bắc's list across a sheet's end (found by
        // printing without `.four-good-group { break-inside: avoid }`).
        try assertPrintedOnOneSheet(template: own, paragraphs: [0, 3, 15]) { $0 == "Đảng bộ xã Ấp Bắc (28)" }
    }

    /// Ấp Bắc, holding 28 "Chi bộ 4 tốt" in 2024, printed by Chromium after an editorial of each of
    /// `paragraphs`, with `template` as the site's own bulletin: the printed line `isName` says is
    /// its name is printed once, and all its branches on that sheet.
    private func assertPrintedOnOneSheet(template: String? = nil, paragraphs: [Int], isName: (String) -> Bool,
                                         file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertNotNil(PDFEngine.find("chromium"), "Chromium (installed by make test)", file: file, line: line)
        // Ấp Bắc holds 28 "Chi bộ 4 tốt" in 2024: its line runs over several printed lines.
        let names = (11...36).map { "Chi bộ tổ \($0) Ấp Bắc" }
        let site = try DistrictFixture.prepare(for: self)
        if let template { try site.write("templates/bulletin.mustache", template) }
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
        for count in paragraphs {
            try site.write("content/bulletins/2024-12.md", "---\ntitle: Tổng kết năm\nnumber: 12\n---\n"
                           + (0..<count).map { "Đoạn \($0 + 1): \(paragraph)\n\n" }.joined())
            let report = SiteBuilder.build(BuildOptions(siteRoot: site.root, pdf: true, pdfEngine: "chromium", month: december))
            XCTAssertTrue(report.succeeded, report.problems, file: file, line: line)
            let sheets = try PrintedSheets(pdf: site.output.appending(path: Router().file(.bulletinPDF(december)))).texts
            let headed = sheets.indices.filter { sheets[$0].split(separator: "\n").contains { isName($0.trimmingCharacters(in: .whitespaces)) } }
            XCTAssertEqual(headed.count, 1, "\(count) paragraphs: Ấp Bắc's name printed once: \(headed)", file: file, line: line)
            let listed = Set(names.flatMap { name in sheets.indices.filter { sheets[$0].contains(name) } })
            XCTAssertEqual(listed, Set(headed), "\(count) paragraphs: Ấp Bắc's branches printed on sheets \(listed.sorted().map { $0 + 1 }), "
                           + "its name on \(headed.map { $0 + 1 })", file: file, line: line)
        }
    }
}
