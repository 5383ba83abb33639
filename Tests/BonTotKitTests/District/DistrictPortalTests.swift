import BonTotKit
import Foundation
import XCTest

/// A district built end to end (SPEC §7): every unit's portal inside `don-vi/<unit>/`, linked
/// both ways, the district's figures summed over its units, and the pages it adds.
final class DistrictPortalTests: XCTestCase {
    func testEveryUnitIsBuiltIntoItsFolderAndLinkedBothWays() throws {
        let (site, report) = try DistrictFixture.build(for: self)
        XCTAssertTrue(report.succeeded, report.problems)
        for (unit, branch) in [("xa-a", "ap-1"), ("xa-b", "ap-bac-3"), ("xa-c", "kenh-2")] {
            let profile = DistrictFixture.page(site, "don-vi/\(unit)/chi-bo/\(branch)/index.html")
            XCTAssertTrue(profile.contains(#"<p class="site-parent"><a href="../../../../index.html">Đảng bộ huyện Giồng Riềng</a></p>"#),
                          "\(unit): a unit's page links up to the district's home")
            XCTAssertTrue(profile.contains(#"href="../../assets/style.css""#), "\(unit): its own assets, in its own folder")
        }
        let directory = DistrictFixture.page(site, "don-vi/index.html")
        for unit in ["xa-a", "xa-b", "xa-c"] {
            XCTAssertTrue(directory.contains(#"href="../don-vi/\#(unit)/index.html""#), "the district links down to \(unit)")
        }
        let home = DistrictFixture.page(site, "index.html")
        XCTAssertTrue(home.contains(#"href="don-vi/index.html">Đơn vị</a>"#), "the district's menu leads to its units")
        XCTAssertTrue(home.contains(#"href="xep-hang-don-vi/index.html">Xếp hạng đơn vị</a>"#))
        XCTAssertTrue(home.contains(#"<p class="site-parent">Đảng bộ tỉnh Kiên Giang</p>"#))
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.output.appending(path: "chi-bo/co-quan-huyen-uy/index.html").path),
                      "the district's own branch is at the root")
    }

    func testTheLinkUpToTheDistrictIsReadableOnTheRedHeader() throws {
        let (site, report) = try DistrictFixture.build(for: self)
        XCTAssertTrue(report.succeeded, report.problems)
        let style = DistrictFixture.page(site, "don-vi/xa-a/assets/style.css")
        XCTAssertTrue(style.contains(".site-parent a { color: inherit; text-decoration: underline;"),
                      "the header's white, underlined, not the dark red of other links")
    }

    func testEveryInternalLinkOfTheDistrictResolvesFromDisk() throws {
        let (site, report) = try DistrictFixture.build(for: self)
        XCTAssertTrue(report.succeeded, report.problems)
        let links = LinkWalk(output: site.output).brokenLinks()
        XCTAssertEqual(links.broken, [], "\(links.broken.count) broken links")
        XCTAssertGreaterThan(links.followed, 500)
    }

    func testTheDistrictsFiguresAreSummedOverItsUnitsInTheOfficesIdiom() throws {
        let (site, report) = try DistrictFixture.build(for: self)
        XCTAssertTrue(report.succeeded, report.problems)
        let sentence = "Đảng bộ huyện Giồng Riềng có 04 tổ chức cơ sở đảng (03 đảng bộ, 01 chi bộ trực thuộc), "
            + "287 đảng viên; 07 chi bộ trực thuộc đảng bộ cơ sở."
        XCTAssertTrue(PortalPageText.text(DistrictFixture.page(site, "index.html")).contains(sentence))
        let directory = DistrictFixture.page(site, "don-vi/index.html")
        XCTAssertTrue(PortalPageText.text(directory).contains(sentence))
        let rows = PortalPageText.rows(directory, caption: "Các đảng bộ cơ sở (tỷ lệ “Chi bộ 4 tốt” năm 2024)")
        XCTAssertEqual(rows, [
            ["Đảng bộ xã Bình Minh", "2", "78", "950", "100,0 %", "Hoàn thành tốt nhiệm vụ"],
            ["Đảng bộ xã Ấp Bắc", "3", "117", "1.610", "66,7 %", "Hoàn thành tốt nhiệm vụ"],
            ["Đảng bộ xã Long Thạnh", "2", "60", "780", "50,0 %", "Hoàn thành xuất sắc nhiệm vụ"],
        ])
    }

    func testUnitsAreRankedWithCompetitionRanksAndTiesInVietnameseOrder() throws {
        let (site, report) = try DistrictFixture.build(for: self)
        XCTAssertTrue(report.succeeded, report.problems)
        let page = DistrictFixture.page(site, "xep-hang-don-vi/2024/index.html")
        let rows = PortalPageText.rows(page, caption: "Xếp hạng đảng bộ cơ sở năm 2024")
        XCTAssertEqual(rows.map { [$0[cell: 0], $0[cell: 1], $0[cell: 8]] }, [
            ["1", "Đảng bộ xã Long Thạnh", "92"],
            ["2", "Đảng bộ xã Ấp Bắc", "86"],   // Ấ sorts with A, before B, in Vietnamese order
            ["2", "Đảng bộ xã Bình Minh", "86"],
        ])
        let csv = String(decoding: try XCTUnwrap(FileManager.default.contents(atPath: site.output.appending(path: "xep-hang-don-vi/2024/bang-xep-hang.csv").path),
                                                 "the 2024 ranking's CSV"), as: UTF8.self)
        XCTAssertTrue(csv.contains("Hạng;Đảng bộ cơ sở;"), csv)
        // The share of "Chi bộ 4 tốt" the page's table shows, on which the unit's title depends.
        XCTAssertTrue(csv.contains(";Tổng điểm;Xếp loại;Chi bộ 4 tốt (%);Đảng bộ cơ sở 4 tốt;Ghi chú\r\n"), csv)
        XCTAssertTrue(csv.contains("2;Đảng bộ xã Ấp Bắc;25;27;17;17;0;0;86;Hoàn thành tốt nhiệm vụ;66,7;Đạt;\r\n2;Đảng bộ xã Bình Minh;"), csv)
        let latest = try XCTUnwrap(FileManager.default.contents(atPath: site.output.appending(path: "xep-hang-don-vi/bang-xep-hang.csv").path),
                                   "the latest ranking's CSV lies beside /xep-hang-don-vi/ too")
        XCTAssertEqual(String(decoding: latest, as: UTF8.self), csv, "the latest ranking's CSV is the 2024 one")
    }

    func testTheFourGoodTitleOfAUnitAsksForItsShareOfFourGoodBranches() throws {
        let (site, report) = try DistrictFixture.build(for: self)
        XCTAssertTrue(report.succeeded, report.problems)
        let page = DistrictFixture.page(site, "xep-hang-don-vi/2024/index.html")
        let text = PortalPageText.text(page)
        XCTAssertTrue(text.contains("03/03 đảng bộ cơ sở hoàn thành tốt nhiệm vụ trở lên, trong đó 01 đảng bộ cơ sở hoàn thành xuất sắc nhiệm vụ (33,3 %)."), text)
        XCTAssertTrue(text.contains("02 đảng bộ cơ sở đạt danh hiệu “Đảng bộ cơ sở 4 tốt”."), text)
        XCTAssertTrue(text.contains("Đảng bộ xã Long Thạnh: chỉ 50,0 % chi bộ đạt “Chi bộ 4 tốt”, dưới mức 60 %."),
                      "the top-scoring unit misses the title: half of its branches hold theirs, the rule asks 60 %")
        let marks = PortalPageText.rows(page, caption: "Xếp hạng đảng bộ cơ sở năm 2024").map { [$0[cell: 1], $0[cell: 10], $0[cell: 11]] }
        XCTAssertEqual(marks, [
            ["Đảng bộ xã Long Thạnh", "50,0 %", "— Chưa đạt"],
            ["Đảng bộ xã Ấp Bắc", "66,7 %", "✓ Đảng bộ cơ sở 4 tốt"],
            ["Đảng bộ xã Bình Minh", "100,0 %", "✓ Đảng bộ cơ sở 4 tốt"],
        ])
    }

    func testTheChiBo4TotOfEveryUnitAreCountedAndListedTogether() throws {
        let (site, report) = try DistrictFixture.build(for: self)
        XCTAssertTrue(report.succeeded, report.problems)
        let section = PortalPageText.section(DistrictFixture.page(site, "xep-hang-don-vi/2024/index.html"), id: "chi-bo-4-tot")
        XCTAssertTrue(PortalPageText.text(section).contains("Toàn Đảng bộ có 06 chi bộ đạt danh hiệu “Chi bộ 4 tốt” năm 2024."),
                      PortalPageText.text(section))
        for link in ["../../chi-bo/co-quan-huyen-uy/index.html", "../../don-vi/xa-a/chi-bo/ap-1/index.html",
                     "../../don-vi/xa-a/chi-bo/ap-2/index.html", "../../don-vi/xa-b/chi-bo/ap-bac-1/index.html",
                     "../../don-vi/xa-b/chi-bo/ap-bac-2/index.html", "../../don-vi/xa-c/chi-bo/kenh-1/index.html"] {
            XCTAssertTrue(section.contains(#"href="\#(link)""#), "\(link) in \(section)")
        }
        XCTAssertFalse(section.contains("ap-bac-3"), "a branch below the title is not listed")
    }

    func testAUnitsOwnTemplateOverridesApplyToItsOwnPagesOnly() throws {
        let site = try DistrictFixture.prepare(for: self)
        let layout = try IncrementalSite.builtInTemplate("layout")
        try site.write("xa-b/templates/layout.mustache", layout.replacingOccurrences(of: "<body", with: "<!-- mẫu riêng của xã Ấp Bắc -->\n<body"))
        let report = site.build()
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertTrue(DistrictFixture.page(site, "don-vi/xa-b/index.html").contains("mẫu riêng của xã Ấp Bắc"))
        XCTAssertFalse(DistrictFixture.page(site, "don-vi/xa-a/index.html").contains("mẫu riêng"))
        XCTAssertFalse(DistrictFixture.page(site, "index.html").contains("mẫu riêng"))
    }
}

/// The district's monthly bulletin draws on every unit's month.
final class DistrictBulletinTests: XCTestCase {
    func testTheDistrictsBulletinShowsWhatEachUnitDidInTheMonth() throws {
        let (site, report) = try DistrictFixture.build(for: self)
        XCTAssertTrue(report.succeeded, report.problems)
        let page = DistrictFixture.page(site, "ban-tin/2024-09/index.html")
        let start = page.range(of: #"<section class="bulletin-section bulletin-units""#)?.lowerBound ?? page.endIndex
        let rest = page[start...]
        let section = String(rest.prefix(upTo: rest.range(of: "</section>")?.upperBound ?? rest.endIndex))
        XCTAssertEqual(PortalPageText.text(section),
                       "Các đảng bộ cơ sở trong tháng "
                       + "Đảng bộ xã Bình Minh: 01 buổi sinh hoạt, có mặt 20/22 (90,9 %). Gương điển hình: Ấp Một nạo vét kênh nội đồng trước mùa khô. "
                       + "Đảng bộ xã Ấp Bắc: 02 buổi sinh hoạt, có mặt 40/44 (90,9 %). "
                       + "Đảng bộ xã Long Thạnh: 01 buổi sinh hoạt, có mặt 20/22 (90,9 %).")
        XCTAssertTrue(section.contains(#"href="../../don-vi/xa-a/guong-dien-hinh/ap-mot-nao-vet-kenh-noi-dong-truoc-mua-kho/index.html""#), section)
    }

    func testABranchSitesBulletinHasNoUnitSection() throws {
        let (site, report) = try DistrictFixture.build(for: self)
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertFalse(DistrictFixture.page(site, "don-vi/xa-a/ban-tin/2024-09/index.html").contains("bulletin-units"))
    }
}

/// A unit left out of a period's unit scores is named in the summary.
final class DistrictUnscoredUnitTests: XCTestCase {
    func testAUnitWithoutScoresIsNamedInTheSummary() throws {
        let scores = """
            scores:
              xa-a: { chinh-tri: 26, xay-dung-dang: 26, doan-ket: 17, can-bo: 17 }
              xa-c: { chinh-tri: 28, xay-dung-dang: 28, doan-ket: 18, can-bo: 18 }
            """
        let (site, report) = try DistrictFixture.build(for: self, changes: ["content/unit-evaluations/2024.yaml": scores])
        XCTAssertTrue(report.succeeded, report.problems)
        assertDiagnostics(report.diagnostics, [
            .warning("content/unit-evaluations/2024.yaml", 1, "chưa có điểm của đảng bộ cơ sở 'xa-b' (Đảng bộ xã Ấp Bắc) trong kỳ 2024; "
                     + "bảng xếp hạng chỉ có 02/03 đảng bộ cơ sở: hãy thêm dòng của đảng bộ cơ sở vào tệp 'content/unit-evaluations/2024.yaml', "
                     + "hoặc nếu đảng bộ cơ sở thành lập sau kỳ 2024, ghi ngày thành lập vào 'founded:' của đảng bộ cơ sở "
                     + "/ unit not scored in this period: add its row, or its 'founded:' day if founded after it"),
        ])
        let text = PortalPageText.text(DistrictFixture.page(site, "xep-hang-don-vi/2024/index.html"))
        XCTAssertTrue(text.contains("Đã chấm điểm 02/03 đảng bộ cơ sở; chưa có điểm: Đảng bộ xã Ấp Bắc."), text)
    }
}
