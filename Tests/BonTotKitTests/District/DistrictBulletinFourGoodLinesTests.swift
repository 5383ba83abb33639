import BonTotKit
import Foundation
import XCTest

/// The district bulletin's "Chi bộ 4 tốt" of the year, one line a unit: its name, how many of
/// its branches hold the title and which, run together; a unit that names none says why in a few
/// words. Each unit had its heading and its own list, which took about a sheet and a half for
/// twenty units.
final class DistrictBulletinFourGoodLinesTests: XCTestCase {
    private let december = YearMonth(year: 2024, month: 12)

    func testEachUnitHasOneLineInTheOrderOfUnitsAndOneThatNamesNoneSaysWhy() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: [
            "site.yaml": DistrictFixture.siteYAML().replacingOccurrences(
                of: "  - { id: xa-a, path: xa-a }\n  - { id: xa-b, path: xa-b }\n  - { id: xa-c, path: ./xa-c/ }\n",
                with: "  - { id: xa-c, path: ./xa-c/ }\n  - { id: xa-a, path: xa-a }\n  - { id: xa-b, path: xa-b }\n"),
            // Long Thạnh scored none of its branches in 2024; Ấp Bắc scored them, none well enough.
            "xa-c/content/evaluations/2024.yaml": nil,
            "xa-b/content/evaluations/2024.yaml": """
                scores:
                  ap-bac-1: { chinh-tri: 20, sinh-hoat: 20, doan-ket: 14, dang-vien: 14 }
                  ap-bac-2: { chinh-tri: 21, sinh-hoat: 20, doan-ket: 14, dang-vien: 14 }
                  ap-bac-3: { chinh-tri: 20, sinh-hoat: 20, doan-ket: 14, dang-vien: 14 }

                """,
        ])
        let (section, lines) = decemberSection(site, report)
        XCTAssertEqual(lines, [
            "Chi bộ trực thuộc (01): Chi bộ Cơ quan Huyện ủy.",
            "Đảng bộ xã Long Thạnh: chưa có chi bộ nào được chấm điểm năm 2024.",
            "Đảng bộ xã Bình Minh (02): Chi bộ ấp Một, Chi bộ ấp Hai.",
            "Đảng bộ xã Ấp Bắc: không có chi bộ nào đạt “Chi bộ 4 tốt”.",
        ], section)
        XCTAssertTrue(PortalPageText.text(section).contains("Toàn Đảng bộ có 03 chi bộ đạt danh hiệu “Chi bộ 4 tốt” năm 2024."), section)
        XCTAssertTrue(section.contains(#"<a href="../../don-vi/xa-a/chi-bo/ap-2/index.html">Chi bộ ấp Hai</a>"#), "each branch links its profile: \(section)")
    }

    /// A district that ranks its chi bộ trực thuộc each quarter while its units rank theirs
    /// yearly: the bulletin of a quarter lists its own, without a line a unit saying none was
    /// scored that quarter (twenty lines of noise for twenty units).
    func testAQuarterNoUnitRankedListsTheDistrictsOwnAlone() throws {
        let lines = try quarterLines(unitScores: [:])
        XCTAssertEqual(lines, ["Chi bộ trực thuộc (01): Chi bộ Cơ quan Huyện ủy."])
    }

    /// When some unit ranked its branches that quarter too, every unit has its line, those that
    /// did not saying so.
    func testAQuarterSomeUnitRankedListsEveryUnit() throws {
        let lines = try quarterLines(unitScores: ["xa-a/content/evaluations/2024-q3.yaml": """
            scores:
              ap-1: { chinh-tri: 27, sinh-hoat: 27, doan-ket: 18, dang-vien: 18 }
              ap-2: { chinh-tri: 25, sinh-hoat: 25, doan-ket: 17, dang-vien: 17 }

            """])
        XCTAssertEqual(lines, [
            "Chi bộ trực thuộc (01): Chi bộ Cơ quan Huyện ủy.",
            "Đảng bộ xã Bình Minh (02): Chi bộ ấp Một, Chi bộ ấp Hai.",
            "Đảng bộ xã Ấp Bắc: chưa có chi bộ nào được chấm điểm quý III năm 2024.",
            "Đảng bộ xã Long Thạnh: chưa có chi bộ nào được chấm điểm quý III năm 2024.",
        ])
    }

    /// December closes both the district's fourth quarter, in which it ranked its chi bộ trực
    /// thuộc, and the year its units ranked theirs in: the section lists its own of the quarter,
    /// the quarter named, and its units' of the year, and counts each in its period. It showed the
    /// year alone, where the district had ranked none of its own: its quarter's were missing.
    func testDecemberListsTheDistrictsOwnOfTheQuarterAndItsUnitsOfTheYear() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: [
            "content/evaluations/2024.yaml": nil,
            "content/evaluations/2024-q4.yaml": "scores:\n  co-quan-huyen-uy: { chinh-tri: 27, sinh-hoat: 27, doan-ket: 18, dang-vien: 18 }\n",
        ])
        let (section, lines) = decemberSection(site, report)
        XCTAssertEqual(lines, [
            "Chi bộ trực thuộc, quý IV năm 2024 (01): Chi bộ Cơ quan Huyện ủy.",
            "Đảng bộ xã Bình Minh (02): Chi bộ ấp Một, Chi bộ ấp Hai.",
            "Đảng bộ xã Ấp Bắc (02): Chi bộ ấp Bắc Một, Chi bộ ấp Bắc Hai.",
            "Đảng bộ xã Long Thạnh (01): Chi bộ ấp Kênh Một.",
        ], section)
        let text = PortalPageText.text(section)
        XCTAssertTrue(text.contains("Danh hiệu “Chi bộ 4 tốt” toàn Đảng bộ quý IV năm 2024 và năm 2024"), text)
        XCTAssertTrue(text.contains("Có 01 chi bộ trực thuộc đạt danh hiệu “Chi bộ 4 tốt” quý IV năm 2024; "
                                    + "các đảng bộ cơ sở có 05 chi bộ đạt danh hiệu “Chi bộ 4 tốt” năm 2024."), text)
    }

    /// A district that ranked its chi bộ trực thuộc in both the fourth quarter and the year: in
    /// December the year wins, as its units': its own line and the heading name the year alone.
    func testDecemberOfADistrictRankingItsOwnInTheQuarterAndTheYearListsTheYear() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: [
            // In the quarter its chi bộ scored too low for the title; in the year it earned it.
            "content/evaluations/2024-q4.yaml": "scores:\n  co-quan-huyen-uy: { chinh-tri: 20, sinh-hoat: 20, doan-ket: 14, dang-vien: 14 }\n",
        ])
        let (section, lines) = decemberSection(site, report)
        XCTAssertEqual(lines.first, "Chi bộ trực thuộc (01): Chi bộ Cơ quan Huyện ủy.", section)
        let text = PortalPageText.text(section)
        XCTAssertTrue(text.contains("Danh hiệu “Chi bộ 4 tốt” toàn Đảng bộ năm 2024"), text)
        XCTAssertFalse(text.contains("quý IV"), text)
    }

    /// The section "Chi bộ 4 tốt" of the bulletin of December 2024 of `site`, built as `report`
    /// says, and its lines' words.
    private func decemberSection(_ site: IncrementalSite, _ report: BuildReport) -> (section: String, lines: [String]) {
        XCTAssertTrue(report.succeeded, report.problems)
        let section = PortalPageText.section(DistrictFixture.page(site, Router().file(.bulletin(december))), id: "chi-bo-4-tot")
        return (section, section.components(separatedBy: "<li>").dropFirst().map(PortalPageText.text))
    }

    /// The lines of "Chi bộ 4 tốt" in the bulletin of September 2024 of the fixture district
    /// that also ranked its chi bộ trực thuộc in the third quarter, with `unitScores` written.
    private func quarterLines(unitScores: [String: String?]) throws -> [String] {
        let own = "scores:\n  co-quan-huyen-uy: { chinh-tri: 27, sinh-hoat: 27, doan-ket: 18, dang-vien: 18 }\n"
        let (site, report) = try DistrictFixture.build(for: self, changes: unitScores.merging(["content/evaluations/2024-q3.yaml": own]) { $1 })
        XCTAssertTrue(report.succeeded, report.problems)
        let html = DistrictFixture.page(site, Router().file(.bulletin(YearMonth(year: 2024, month: 9))))
        let section = PortalPageText.section(html, id: "chi-bo-4-tot")
        XCTAssertTrue(PortalPageText.text(section).contains("quý III năm 2024"), section)
        return section.components(separatedBy: "<li>").dropFirst().map(PortalPageText.text)
    }

    /// A district that copied `bulletin.mustache` into its own `templates/` while the section
    /// listed each unit under a heading (`{{#groups}}`) still builds, its bulletin as before: the
    /// build stopped at the key 'groups' the bulletin no longer had.
    func testASitesOwnBulletinTemplateWithTheHeadedListsStillBuilds() throws {
        let own = try Self.headedListsTemplate()
        let (site, report) = try DistrictFixture.build(for: self, changes: ["templates/bulletin.mustache": own])
        XCTAssertTrue(report.succeeded, report.problems)
        let section = PortalPageText.section(DistrictFixture.page(site, Router().file(.bulletin(december))), id: "chi-bo-4-tot")
        XCTAssertTrue(section.contains("<h3>Đảng bộ xã Bình Minh (02)</h3>"), section)
        XCTAssertTrue(section.contains(#"<li><a href="../../don-vi/xa-a/chi-bo/ap-2/index.html">Chi bộ ấp Hai</a></li>"#), section)
    }

    /// Such a copy, in December of a district that ranked its chi bộ trực thuộc in the fourth
    /// quarter and whose units ranked theirs in the year, lists its own of the quarter under a
    /// heading naming it, as the lines do: they were missing, the groups seeing the year alone.
    func testASitesOwnBulletinTemplateWithTheHeadedListsListsTheDistrictsOwnOfTheQuarter() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: [
            "templates/bulletin.mustache": try Self.headedListsTemplate(),
            "content/evaluations/2024.yaml": nil,
            "content/evaluations/2024-q4.yaml": "scores:\n  co-quan-huyen-uy: { chinh-tri: 27, sinh-hoat: 27, doan-ket: 18, dang-vien: 18 }\n",
        ])
        XCTAssertTrue(report.succeeded, report.problems)
        let section = PortalPageText.section(DistrictFixture.page(site, Router().file(.bulletin(december))), id: "chi-bo-4-tot")
        XCTAssertTrue(section.contains("<h3>Chi bộ trực thuộc, quý IV năm 2024 (01)</h3>"), section)
        XCTAssertTrue(PortalPageText.text(section).contains("Chi bộ Cơ quan Huyện ủy"), section)
        XCTAssertTrue(section.contains("<h3>Đảng bộ xã Bình Minh (02)</h3>"), section)
    }

    /// Twenty units, most with one to three "Chi bộ 4 tốt" (a typical year), one with none and
    /// one that scored none, printed: the section takes well under a sheet (it took about one and
    /// a half), and no unit's line is split between two sheets.
    func testTwentyUnitsArePrintedInWellUnderASheet() throws {
        XCTAssertNotNil(PDFEngine.find(), "no PDF engine (WeasyPrint or Chromium): `make test` installs WeasyPrint")
        let places = ["Tân Hiệp", "Thạnh Lộc", "Vĩnh Hòa", "Hòa Hưng", "Hòa An", "Ngọc Chúc", "Ngọc Thành", "Ngọc Hòa", "Thạnh Hưng",
                      "Thạnh Phước", "Thạnh Bình", "Bàn Thạch", "Bàn Tân Định", "Hòa Lợi", "Vĩnh Phú", "Minh Hòa", "Vĩnh Tuy"]
        let site = try DistrictFixture.prepare(for: self)
        let rubric = try site.read("xa-b/content/rubric.yaml")
        var entries = ""
        for (index, place) in places.enumerated() {
            let unit = "xa-\(index + 4)"
            entries += "  - { id: \(unit), path: \(unit) }\n"
            try site.write("\(unit)/site.yaml", "title: Cổng thông tin Đảng bộ xã \(place)\norganization: Đảng bộ xã \(place)\n"
                           + "parent: Đảng bộ huyện Giồng Riềng\nplace: \(place)\n")
            try site.write("\(unit)/content/rubric.yaml", rubric)
            var scores = "scores:\n"
            for number in 1...4 {
                try site.write("\(unit)/content/branches/ap-\(number).yaml", "name: Chi bộ ấp \(place) \(number)\nkind: khu-dan-cu\n"
                               + "secretary: Bí thư\nmembers: { official: 30, probationary: 0 }\n")
                // One to three of the four hold the title (none in the sixteenth unit).
                let titled = index == places.count - 2 ? 0 : index % 3 + 1
                scores += number <= titled ? "  ap-\(number): { chinh-tri: 27, sinh-hoat: 27, doan-ket: 18, dang-vien: 18 }\n"
                                           : "  ap-\(number): { chinh-tri: 20, sinh-hoat: 20, doan-ket: 14, dang-vien: 14 }\n"
            }
            // The last unit, Vĩnh Tuy, scored none of its branches.
            if index < places.count - 1 { try site.write("\(unit)/content/evaluations/2024.yaml", scores) }
        }
        try site.write("site.yaml", DistrictFixture.siteYAML(adding: entries))
        let pdf = site.output.appending(path: Router().file(.bulletinPDF(december)))
        for engine in [PDFEngine.Kind.weasyprint, .chromium] {
            try? FileManager.default.removeItem(at: pdf)
            let report = SiteBuilder.build(BuildOptions(siteRoot: site.root, pdf: true, pdfEngine: engine.rawValue, month: december))
            XCTAssertTrue(report.succeeded, report.problems)
            let height = try Self.printedHeight(pdf, from: ("Danh", "hiệu"), before: ("Nghị", "quyết"))
            // It measures 0.56; the headed lists took 1.6.
            XCTAssertLessThan(height, 0.8,
                              "\(engine.displayName): the section of twenty units takes less than four fifths of a sheet")
            let sheets = try PrintedSheets(pdf: pdf).foldedTexts
            for place in places {
                let named = sheets.indices.filter { sheets[$0].contains("Đảng bộ xã \(place) (") || sheets[$0].contains("Đảng bộ xã \(place):") }
                let listed = sheets.indices.filter { sheets[$0].contains("Chi bộ ấp \(place) ") }
                XCTAssertEqual(named.count, 1, "\(engine.displayName): \(place)'s line is printed once: \(named)")
                XCTAssertTrue(Set(listed).isSubset(of: named), "\(engine.displayName): \(place)'s branches printed on sheets "
                              + "\(listed.map { $0 + 1 }), its name on \(named.map { $0 + 1 })")
            }
        }
    }

    /// The built-in `bulletin.mustache` with the section as it was before its lines: each unit
    /// under a heading (`{{#groups}}`), as a site's own copy of the template of then has it.
    static func headedListsTemplate() throws -> String {
        let builtIn = try IncrementalSite.builtInTemplate("bulletin")
        let lines = try XCTUnwrap(builtIn.range(of: #"\{\{#hasLines\}\}[\s\S]*\{\{/hasLines\}\}"#, options: .regularExpression),
                                  "the built-in bulletin shows the lines")
        return builtIn.replacingCharacters(in: lines, with: """
            {{#groups}}
            <div class="four-good-group">
            <h3>{{heading}} ({{count}})</h3>
            <ul class="bulletin-columns">{{#branches}}<li><a href="{{href}}">{{name}}</a>{{#endedMark}} {{>partials/ended-mark}}{{/endedMark}}</li>{{/branches}}</ul>
            </div>
            {{/groups}}
            """)
    }

    /// How much of a sheet's height between the bulletin's margins (20 mm above and below, where
    /// the running head and the page numbers are printed) the words of `pdf` take from the first
    /// printed `start` to the next printed `end` (each two words, the second pair left out),
    /// summed over the sheets they run across.
    private static func printedHeight(_ pdf: URL, from start: (String, String), before end: (String, String)) throws -> Double {
        let words = try PrintedPageWords(pdf: pdf).words
        let pair = { (index: Int, words2: (String, String)) in words[index].text == words2.0 && words[index + 1].text == words2.1 }
        let first = try XCTUnwrap(words.indices.dropLast().first { pair($0, start) }, "\(start) is printed")
        let next = try XCTUnwrap(words.indices.dropLast().first { $0 > first && pair($0, end) }, "\(end) is printed")
        let sheet = 841.9, margin = 56.7
        let printed = words[first..<next].filter { $0.top > margin && $0.top + $0.height < sheet - margin }
        let height = Set(printed.map(\.sheet)).reduce(0.0) { sum, number in
            let on = printed.filter { $0.sheet == number }
            return sum + (on.map { $0.top + $0.height }.max() ?? 0) - (on.map(\.top).min() ?? 0)
        }
        return height / (sheet - 2 * margin)
    }
}
