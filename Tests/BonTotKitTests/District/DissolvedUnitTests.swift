import BonTotKit
import Foundation
import XCTest

/// A unit of a district dissolved, or merged into another (`dissolved:`, `merged_into:` on its
/// `units:` entry), as communes were merged in 2025: its pages stay built, the directory lists it
/// last saying what became of it, the district's figures count only the units of now, and a
/// ranking closing after its last month does not expect it; a `merged_into` naming no unit, the
/// unit itself, or without its day is an error on the entry (SPEC §7).
final class DissolvedUnitTests: XCTestCase {
    /// The district's `site.yaml` with `entry` as the unit `xa-c`'s entry (line 8).
    private func siteYAML(_ entry: String) -> String { DistrictFixture.siteYAML(thirdUnit: entry) }

    /// The district with Long Thạnh (`xa-c`) merged into Bình Minh on 1 October 2024, so left out
    /// of the units' ranking of 2024.
    private func buildMerged() throws -> (site: IncrementalSite, report: BuildReport) {
        try DistrictFixture.build(for: self, changes: [
            "site.yaml": siteYAML("- { id: xa-c, path: ./xa-c/, dissolved: 2024-10-01, merged_into: xa-a }"),
            "content/unit-evaluations/2024.yaml": """
                title: Kết quả chấm điểm “Đảng bộ cơ sở 4 tốt” năm 2024
                scores:
                  xa-a: { chinh-tri: 26, xay-dung-dang: 26, doan-ket: 17, can-bo: 17 }
                  xa-b: { chinh-tri: 25, xay-dung-dang: 27, doan-ket: 17, can-bo: 17 }

                """,
        ])
    }

    func testAMergedUnitIsListedLastAndCountsNoMore() throws {
        let (site, report) = try buildMerged()
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertEqual(report.diagnostics.sorted.map(\.description).filter { $0.contains("xa-c") }, [], "no message about the merged unit")
        XCTAssertNotNil(FileManager.default.contents(atPath: site.output.appending(path: "don-vi/xa-c/index.html").path),
                        "the merged unit's pages stay built")

        let directory = DistrictFixture.page(site, "don-vi/index.html")
        let text = PortalPageText.text(directory)
        let heading = try XCTUnwrap(text.range(of: "Đảng bộ đã giải thể, sáp nhập"), text)
        let listed = try XCTUnwrap(text.range(of: "Đảng bộ xã Long Thạnh: Đảng bộ đã sáp nhập vào Đảng bộ xã Bình Minh "
                                               + "từ ngày 01 tháng 10 năm 2024; trang của đảng bộ lưu lại hoạt động đến thời điểm đó."), text)
        XCTAssertGreaterThan(listed.lowerBound, heading.lowerBound, "listed under the heading of the dissolved")
        XCTAssertEqual(directory.components(separatedBy: "xa-c/index.html").count, 2, "listed once")
        XCTAssertTrue(text.contains("Đảng bộ huyện Giồng Riềng có 03 tổ chức cơ sở đảng (02 đảng bộ, 01 chi bộ trực thuộc)"), text)

        let figures = PortalPageText.text(PortalPageText.section(DistrictFixture.page(site, "index.html"), id: "so-lieu"))
        // Long Thạnh's 2 branches, 60 members and 780 households are gone; September was still its
        // own month, so its meetings and branches count in it.
        XCTAssertTrue(figures.hasPrefix("Số liệu nổi bật 02 đảng bộ cơ sở 01 chi bộ trực thuộc 05 chi bộ trực thuộc đảng bộ cơ sở "
                                        + "227 đảng viên 2.560 hộ gia đình trên địa bàn "), figures)
        XCTAssertTrue(figures.hasSuffix("04 buổi sinh hoạt tháng 9 năm 2024 90,9 % đảng viên dự sinh hoạt tháng 9 năm 2024 "
                                        + "(04/08 chi bộ đã có biên bản)"), figures)
    }

    func testARankingClosingAfterItsLastMonthDoesNotExpectIt() throws {
        let (site, report) = try buildMerged()
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertFalse(report.diagnostics.sorted.contains { $0.description.contains("chưa có điểm") }, report.problems)
        let ranking = PortalPageText.text(DistrictFixture.page(site, "xep-hang-don-vi/2024/index.html"))
        XCTAssertFalse(ranking.contains("chưa có điểm"), ranking)
        let bulletin = PortalPageText.text(DistrictFixture.page(site, "ban-tin/2024-12/index.html"))
        XCTAssertTrue(bulletin.contains("Kết quả xếp loại đảng bộ cơ sở năm 2024 02/02 đảng bộ cơ sở hoàn thành tốt nhiệm vụ trở lên"), bulletin)
        XCTAssertFalse(bulletin.contains("Đã chấm điểm 02/03"), bulletin)
    }

    func testTheBulletinOfAMonthAfterItsLastMonthCountsNoneOfItAndItsMeetingThenIsAWarning() throws {
        // Merged on 1 September: August is its last month, its September meeting is not the district's.
        let (site, report) = try DistrictFixture.build(for: self, changes: [
            "site.yaml": siteYAML("- { id: xa-c, path: ./xa-c/, dissolved: 2024-09-01, merged_into: xa-a }"),
        ])
        XCTAssertTrue(report.succeeded, report.problems)
        let bulletin = DistrictFixture.page(site, "ban-tin/2024-09/index.html")
        let text = PortalPageText.text(bulletin)
        XCTAssertTrue(text.contains("các chi bộ trong toàn Đảng bộ tổ chức 03 cuộc sinh hoạt, họp"), text)
        XCTAssertTrue(text.contains("Các đảng bộ cơ sở trong tháng"), text)
        XCTAssertFalse(text.contains("Đảng bộ xã Long Thạnh:"), text)
        XCTAssertTrue(report.diagnostics.sorted.contains {
            $0.description.hasPrefix("site.yaml:8: warning: đơn vị 'xa-c' (Đảng bộ xã Long Thạnh) có biên bản sinh hoạt tháng 9 năm 2024, "
                                     + "từ sau ngày sáp nhập (ngày 01 tháng 9 năm 2024), không được tính vào số liệu toàn Đảng bộ")
        }, report.problems)
    }

    func testAMergerIntoNoUnitItselfOrWithoutItsDayIsAnError() throws {
        let cases: [(String, String)] = [
            ("- { id: xa-c, path: ./xa-c/, dissolved: 2024-10-01, merged_into: xa-aa }",
             "không có đơn vị 'xa-aa' trong 'units'; có phải 'xa-a'?"),
            ("- { id: xa-c, path: ./xa-c/, dissolved: 2024-10-01, merged_into: xa-c }",
             "đảng bộ không thể sáp nhập vào chính nó ('xa-c')"),
            ("- { id: xa-c, path: ./xa-c/, merged_into: xa-a }",
             "có 'merged_into' nhưng thiếu ngày sáp nhập; hãy ghi 'dissolved: YYYY-MM-DD'"),
        ]
        for (entry, message) in cases {
            let (_, report) = try DistrictFixture.build(for: self, changes: ["site.yaml": siteYAML(entry)])
            XCTAssertFalse(report.succeeded, entry)
            XCTAssertTrue(report.diagnostics.sorted.contains {
                $0.description.hasPrefix("site.yaml:8:") && $0.description.contains("error: \(message)")
                    && $0.field == "units.xa-c.merged_into"
            }, report.problems)
        }
    }

    func testScoresOfAPeriodBeginningAfterTheMergerAreAWarningOnTheRowAndNotRanked() throws {
        // Merged on 1 January 2024, so it scored none of its branches for 2024; the table of 2024
        // still scores it, on line 9.
        let (site, report) = try DistrictFixture.build(for: self, changes: [
            "site.yaml": siteYAML("- { id: xa-c, path: ./xa-c/, dissolved: 2024-01-01, merged_into: xa-a }"),
            "xa-c/content/evaluations/2024.yaml": nil,
        ])
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertTrue(report.diagnostics.sorted.map(\.description).contains(
            "content/unit-evaluations/2024.yaml:9: warning: đảng bộ cơ sở 'xa-c' (Đảng bộ xã Long Thạnh) đã sáp nhập vào 'xa-a' "
                + "từ ngày 01 tháng 01 năm 2024 (dissolved: ở site.yaml:8), trước kỳ 2024: điểm này không được xếp hạng; nếu là điểm "
                + "của đảng bộ cơ sở mới, hãy ghi cho 'xa-a'; nếu không, hãy xóa dòng này hoặc kiểm tra lại ngày sáp nhập "
                + "/ the unit was dissolved before the period began; its scores are not ranked"
        ), report.problems)
        XCTAssertFalse(report.diagnostics.sorted.contains { $0.description.contains("chưa chấm điểm chi bộ nào") },
                       "no word on a share of branches it was not asked for: \(report.problems)")
        let ranking = PortalPageText.text(DistrictFixture.page(site, "xep-hang-don-vi/2024/index.html"))
        XCTAssertFalse(ranking.contains("Long Thạnh"), ranking)
        XCTAssertFalse(ranking.contains("chưa có điểm"), ranking)
    }

    func testAMergerIntoAUnitMergedByThenIsAnErrorNamingTheOneToMergeInto() throws {
        // Long Thạnh merged into Ấp Bắc on 1 October, but Ấp Bắc had merged into Bình Minh on 1 September.
        let yaml = DistrictFixture.siteYAML(thirdUnit: "- { id: xa-c, path: ./xa-c/, dissolved: 2024-10-01, merged_into: xa-b }")
            .replacingOccurrences(of: "- { id: xa-b, path: xa-b }", with: "- { id: xa-b, path: xa-b, dissolved: 2024-09-01, merged_into: xa-a }")
        let (_, report) = try DistrictFixture.build(for: self, changes: ["site.yaml": yaml])
        XCTAssertFalse(report.succeeded)
        XCTAssertTrue(report.diagnostics.sorted.contains {
            $0.description == "site.yaml:8: error: đảng bộ 'xa-b' đã sáp nhập vào 'xa-a' từ ngày 01 tháng 9 năm 2024, nên không còn "
                + "vào ngày sáp nhập của đảng bộ này (ngày 01 tháng 10 năm 2024); hãy ghi merged_into: xa-a "
                + "/ merged_into names a unit that no longer existed on the day; merge into 'xa-a'"
                && $0.field == "units.xa-c.merged_into"
        }, report.problems)
        XCTAssertFalse(report.diagnostics.sorted.contains { $0.description.hasPrefix("site.yaml:7: error") }, report.problems)
    }

    func testAMergedUnitsOwnPagesSayIntoWhichUnitWithALinkToIt() throws {
        let (site, report) = try buildMerged()
        XCTAssertTrue(report.succeeded, report.problems)
        let notice = "<p class=\"notice ended\" role=\"note\">Đảng bộ xã Long Thạnh đã sáp nhập vào "
            + "<a href=\"../xa-a/index.html\">Đảng bộ xã Bình Minh</a> từ ngày 01 tháng 10 năm 2024; "
            + "trang này lưu lại hoạt động của đảng bộ đến thời điểm đó.</p>"
        let home = DistrictFixture.page(site, "don-vi/xa-c/index.html")
        let notes = try XCTUnwrap(home.range(of: notice), home)
        XCTAssertLessThan(notes.lowerBound, try XCTUnwrap(home.range(of: "id=\"so-lieu\"")).lowerBound, "above the figures")
        let directory = DistrictFixture.page(site, "don-vi/xa-c/chi-bo/index.html")
        XCTAssertTrue(directory.contains(notice.replacingOccurrences(of: "../xa-a/", with: "../../xa-a/")), directory)
        for page in ["don-vi/xa-a/index.html", "don-vi/xa-b/chi-bo/index.html", "index.html"] {
            XCTAssertFalse(DistrictFixture.page(site, page).contains("class=\"notice ended\""), page)
        }
    }

    func testTheHomePageOfTheUnitMergedIntoListsTheMergedUnitWithALink() throws {
        let (site, report) = try buildMerged()
        XCTAssertTrue(report.succeeded, report.problems)
        let home = DistrictFixture.page(site, "don-vi/xa-a/index.html")
        let item = "<li><a href=\"../xa-c/index.html\">Đảng bộ xã Long Thạnh</a> đã sáp nhập vào đảng bộ từ ngày 01 tháng 10 năm 2024</li>"
        let listed = try XCTUnwrap(home.range(of: item), home)
        XCTAssertLessThan(listed.lowerBound, try XCTUnwrap(home.range(of: "id=\"so-lieu\"")).lowerBound, "above the figures")
        for page in ["don-vi/xa-b/index.html", "don-vi/xa-c/index.html", "index.html"] {
            XCTAssertFalse(DistrictFixture.page(site, page).contains("class=\"merged-units\""), page)
        }
    }

    /// The district built with `page` holding no `absent`, then rebuilt with `entry` as `xa-c`'s.
    private func rebuild(with entry: String, before page: String, without absent: String) throws -> IncrementalSite {
        let site = try DistrictFixture.prepare(for: self)
        XCTAssertTrue(site.build().succeeded)
        XCTAssertFalse(DistrictFixture.page(site, page).contains(absent), page)
        try site.write("site.yaml", siteYAML(entry))
        let report = site.build()
        XCTAssertTrue(report.succeeded, report.problems)
        return site
    }

    func testTheListComesWithTheMergerOnARebuild() throws {
        let site = try rebuild(with: "- { id: xa-c, path: ./xa-c/, dissolved: 2024-10-01, merged_into: xa-a }",
                               before: "don-vi/xa-a/index.html", without: "class=\"merged-units\"")
        XCTAssertTrue(PortalPageText.text(DistrictFixture.page(site, "don-vi/xa-a/index.html")).contains(
            "Đảng bộ xã Long Thạnh đã sáp nhập vào đảng bộ từ ngày 01 tháng 10 năm 2024"), "the unit merged into is rebuilt")
    }

    func testTheNoticeComesWithTheMergerOnARebuildAndNotOnTheUnitBuiltAlone() throws {
        let site = try rebuild(with: "- { id: xa-c, path: ./xa-c/, dissolved: 2024-10-01 }",
                               before: "don-vi/xa-c/index.html", without: "class=\"notice ended\"")
        XCTAssertTrue(DistrictFixture.page(site, "don-vi/xa-c/index.html").contains(
            "Đảng bộ xã Long Thạnh đã giải thể từ ngày 01 tháng 10 năm 2024; trang này lưu lại"), "a dissolved unit links nowhere")

        let alone = site.sibling("xa-c-alone")
        let aloneReport = SiteBuilder.build(BuildOptions(siteRoot: site.root.appending(path: "xa-c"), output: alone))
        XCTAssertTrue(aloneReport.succeeded, aloneReport.problems)
        XCTAssertFalse(DistrictFixture.page(site, "index.html", output: alone).contains("class=\"notice ended\""), "the commune's own site is its own")
    }
}
