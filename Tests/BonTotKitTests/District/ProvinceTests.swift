import BonTotKit
import Foundation
import XCTest

/// A province over districts over communes: a unit may list units of its own, each a level
/// deeper in the portal, its pages linking up to the committee right above it.
final class ProvinceTests: XCTestCase {
    func testADistrictInsideAProvinceKeepsItsCommunesAndItsLinks() throws {
        let district = try DistrictFixture.prepare(for: self)
        try district.write("site.yaml", DistrictFixture.siteYAML(adding: "base_url: https://huyen.example/giong-rieng/"))
        let province = district.sibling("tinh")
        for (path, text) in [
            "site.yaml": """
                title: Cổng thông tin Đảng bộ tỉnh Kiên Giang
                organization: Đảng bộ tỉnh Kiên Giang
                place: Rạch Giá
                units:
                  - { id: giong-rieng, path: ../district }
                """,
            "content/rubric.yaml": try String(contentsOf: district.url("content/rubric.yaml"), encoding: .utf8),
        ] {
            try FileManager.default.createDirectory(at: province.appending(path: path).deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: province.appending(path: path))
        }
        let output = district.sibling("tinh-output")
        let report = SiteBuilder.build(BuildOptions(siteRoot: province, output: output))
        XCTAssertTrue(report.succeeded, report.problems)
        let built = BuiltSite(root: province, output: output, report: report)
        let commune = built.page("don-vi/giong-rieng/don-vi/xa-a/chi-bo/ap-1/index.html")
        XCTAssertTrue(commune.contains(#"<p class="site-parent"><a href="../../../../index.html">Đảng bộ huyện Giồng Riềng</a></p>"#),
                      "a commune links up to its district")
        XCTAssertTrue(built.page("don-vi/giong-rieng/index.html").contains(#"<a href="../../index.html">Đảng bộ tỉnh Kiên Giang</a>"#),
                      "the district links up to the province")
        XCTAssertTrue(PortalPageText.text(built.page("don-vi/index.html")).contains("Đảng bộ huyện Giồng Riềng 8 287 3.340 75,0 %"),
                      "the province counts the district's own and its communes' branches and members")
        let sitemap = built.page("don-vi/giong-rieng/sitemap.xml")
        XCTAssertTrue(sitemap.contains("don-vi/xa-a/chi-bo/ap-1/</loc>"),
                      "the district's own sitemap lists its communes' pages:\n\(sitemap.prefix(600))")
        let bulletin = PortalPageText.text(built.page("ban-tin/2024-09/index.html"))
        XCTAssertTrue(bulletin.contains("Đảng bộ huyện Giồng Riềng: 04 buổi sinh hoạt, có mặt 80/88 (90,9 %)."),
                      "the province's bulletin counts the meetings of the district's communes: \(bulletin)")
        XCTAssertTrue(built.page("ban-tin/2024-09/index.html").contains(
            #"<a href="../../don-vi/giong-rieng/don-vi/xa-a/guong-dien-hinh/ap-mot-nao-vet-kenh-noi-dong-truoc-mua-kho/index.html">Ấp Một nạo vét kênh nội đồng trước mùa khô</a>"#),
            "and links a commune's story of the month into the commune's portal")
        XCTAssertEqual(LinkWalk(output: output).brokenLinks().broken, [], "every link of the province leads to a file of its output")
    }
}
