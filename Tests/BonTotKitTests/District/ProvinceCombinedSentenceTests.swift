import BonTotKit
import Foundation
import XCTest

/// A province, whose units are districts, says its combined figures as a provincial report does:
/// its đảng bộ trực thuộc, then through every level the tổ chức cơ sở đảng (đảng bộ cơ sở and chi
/// bộ cơ sở), members, and the chi bộ trực thuộc đảng bộ cơ sở (SPEC §7), and calls its units
/// đảng bộ trực thuộc; a district keeps its own sentence and words.
final class ProvinceCombinedSentenceTests: XCTestCase {
    /// The fixture province counted by hand: one district (`giong-rieng`) with one chi bộ trực
    /// thuộc (32 members) and three communes with 2, 3 and 2 branches (78, 117 and 60 members).
    func testAProvincesHomeAndDirectoryCountItsDistrictsAsAProvincialReportDoes() throws {
        let built = try ProvinceFixture.build(for: self)
        XCTAssertTrue(built.report.succeeded, built.report.problems)
        let sentence = "Đảng bộ tỉnh Kiên Giang có 01 đảng bộ trực thuộc, 04 tổ chức cơ sở đảng (03 đảng bộ cơ sở, "
            + "01 chi bộ cơ sở), 287 đảng viên; 07 chi bộ trực thuộc đảng bộ cơ sở."
        let home = built.page("index.html")
        XCTAssertTrue(PortalPageText.text(home).contains(sentence), PortalPageText.text(home))
        XCTAssertTrue(PortalPageText.text(built.page("don-vi/index.html")).contains(sentence))
        XCTAssertFalse(PortalPageText.text(home).contains("01 tổ chức cơ sở đảng"), "a district is no tổ chức cơ sở đảng")
        let figures = PortalPageText.text(PortalPageText.section(home, id: "so-lieu"))
        XCTAssertTrue(figures.hasPrefix("Số liệu nổi bật 01 đảng bộ trực thuộc 03 đảng bộ cơ sở 01 chi bộ cơ sở "
                                        + "07 chi bộ trực thuộc đảng bộ cơ sở 287 đảng viên "), figures)
        XCTAssertTrue(home.contains(#"<a class="more" href="don-vi/index.html">Xem các đảng bộ trực thuộc</a>"#), home)
        let directory = built.page("don-vi/index.html")
        XCTAssertEqual(PortalPageText.rows(directory, caption: "Các đảng bộ trực thuộc (tỷ lệ “Chi bộ 4 tốt” năm 2024)").map { $0.prefix(3) },
                       [["Đảng bộ huyện Giồng Riềng", "8", "287"]], "its districts are đảng bộ trực thuộc, not đảng bộ cơ sở")
        XCTAssertTrue(directory.contains(#"<th scope="col" class="col-branch">Đảng bộ trực thuộc</th>"#))
        XCTAssertTrue(PortalPageText.text(built.page("ban-tin/2024-09/index.html")).contains("Các đảng bộ trực thuộc trong tháng "
                                                                                             + "Đảng bộ huyện Giồng Riềng: 04 buổi sinh hoạt"))
        let district = PortalPageText.text(built.page("don-vi/giong-rieng/index.html"))
        XCTAssertTrue(district.contains("Đảng bộ huyện Giồng Riềng có 04 tổ chức cơ sở đảng (03 đảng bộ, 01 chi bộ trực thuộc), "
                                        + "287 đảng viên; 07 chi bộ trực thuộc đảng bộ cơ sở."),
                      "the district inside the province keeps its own sentence: \(district)")
        XCTAssertTrue(district.contains("Xem các đảng bộ cơ sở"), "and calls its communes đảng bộ cơ sở")
    }

    /// A province with a chi bộ of its own (25 members) and a commune directly under it (one
    /// branch, 40 members) besides the district: its branch is a chi bộ cơ sở, the commune a đảng
    /// bộ cơ sở and, directly under the province, one of its đảng bộ trực thuộc too (as /don-vi/,
    /// "Các đảng bộ trực thuộc", lists it).
    func testAProvincesOwnBranchAndCommuneCountAtTheBaseLevel() throws {
        let province = try ProvinceFixture.prepare(for: self, files: [
            "site.yaml": ProvinceFixture.siteYAML(adding: "  - { id: xa-tinh, path: xa-tinh }"),
            "content/branches/van-phong.yaml": "name: Chi bộ Văn phòng Tỉnh ủy\nkind: co-quan\nsecretary: Bí thư Tỉnh\n"
                + "members: { official: 24, probationary: 1 }\n",
            "xa-tinh/site.yaml": "title: Cổng thông tin Đảng bộ xã Tân An\norganization: Đảng bộ xã Tân An\n"
                + "parent: Đảng bộ tỉnh Kiên Giang\nplace: Tân An\n",
            "xa-tinh/content/branches/ap-tan.yaml": "name: Chi bộ ấp Tân\nkind: khu-dan-cu\nsecretary: Bí thư Tân\n"
                + "members: { official: 38, probationary: 2 }\n",
        ])
        try province.write("xa-tinh/content/rubric.yaml", try province.read("content/rubric.yaml"))
        let home = try homeText(of: province)
        XCTAssertTrue(home.contains("Đảng bộ tỉnh Kiên Giang có 02 đảng bộ trực thuộc, 06 tổ chức cơ sở đảng (04 đảng bộ cơ sở, "
                                    + "02 chi bộ cơ sở), 352 đảng viên; 08 chi bộ trực thuộc đảng bộ cơ sở."), home)
    }
    /// A commune the district merged into another (xa-b, 3 branches, 117 members) counts no more
    /// in the province's figures, as it counts no more in the district's own sentence.
    func testACommuneMergedInTheDistrictCountsNoMoreInTheProvince() throws {
        let province = try ProvinceFixture.prepare(for: self)
        let siteYAML = ProvinceFixture.districtFolder + "site.yaml"
        try province.write(siteYAML, try province.read(siteYAML).replacingOccurrences(
            of: "  - { id: xa-b, path: xa-b }", with: "  - { id: xa-b, path: xa-b, dissolved: 2024-07-01, merged_into: xa-a }"))
        let home = try homeText(of: province)
        XCTAssertTrue(home.contains("Đảng bộ tỉnh Kiên Giang có 01 đảng bộ trực thuộc, 03 tổ chức cơ sở đảng (02 đảng bộ cơ sở, "
                                    + "01 chi bộ cơ sở), 170 đảng viên; 04 chi bộ trực thuộc đảng bộ cơ sở."), home)
    }

    /// The text of `province`'s home, built into a folder beside it; the build must succeed.
    private func homeText(of province: IncrementalSite, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let output = province.sibling("tinh-output")
        let built = BuiltSite(root: province.root, output: output, report: province.build(output: output))
        XCTAssertTrue(built.report.succeeded, built.report.problems, file: file, line: line)
        return PortalPageText.text(built.page("index.html"))
    }
}
