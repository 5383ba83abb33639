import Foundation
import XCTest

/// `four_good.title` in `rubric.yaml` names the emulation title (SPEC: the rubric is data): every
/// sentence, table head, mark, CSV column, archive list and bulletin naming the title says it,
/// and no page of the rankings says "Chi bộ 4 tốt" any more.
final class FourGoodTitlePagesTests: XCTestCase {
    private static let title = "Chi bộ trong sạch, vững mạnh"

    private func build() throws -> BuiltSite {
        let root = try BuiltSite.prepare("portal", changes: [:])
        let rubric = root.appending(path: "content/rubric.yaml")
        let text = try String(contentsOf: rubric, encoding: .utf8)
        try text.replacingOccurrences(of: "four_good:\n", with: "four_good:\n  title: \"\(Self.title)\"\n")
            .write(to: rubric, atomically: true, encoding: .utf8)
        let built = BuiltSite.rebuild(root: root)
        XCTAssertTrue(built.report.succeeded, built.report.problems)
        return built
    }

    func testTheRubricsTitleIsSaidWhereverTheTitleIsNamed() throws {
        let built = try build()
        let title = Self.title
        let ranking = built.page("xep-hang/index.html")
        let text = PortalPageText.text(ranking)
        for said in ["Kết quả chấm điểm thi đua “\(title)” năm 2024", "chi bộ đạt danh hiệu “\(title)”",
                     "Chi bộ chưa đạt danh hiệu “\(title)” và lý do:", "xếp loại và “\(title)”"] {
            XCTAssertTrue(text.contains(said), "\(said) in \(text)")
        }
        XCTAssertTrue(ranking.contains(#"<th scope="col" class="col-mark">\#(title)</th>"#), ranking)
        XCTAssertTrue(ranking.contains(#"<span class="visually-hidden"> \#(title)</span>"#), ranking)
        let csv = String(decoding: built.bytes("xep-hang/bang-xep-hang.csv").dropFirst(3), as: UTF8.self)
        XCTAssertTrue(csv.contains(";Xếp loại;\(title);Ghi chú\r\n"), csv)

        let home = built.page("index.html")
        XCTAssertTrue(PortalPageText.text(home).contains("chi bộ đạt “\(title)” năm 2024"), PortalPageText.text(home))
        XCTAssertTrue(home.contains(#"<th scope="col" class="col-mark">\#(title)</th>"#), home)

        let profile = built.page("chi-bo/ap-bac/index.html")
        XCTAssertTrue(profile.contains(#"<th scope="col" class="col-mark">\#(title)</th>"#), profile)

        let year = PortalPageText.text(built.page("luu-tru/2024/index.html"))
        XCTAssertTrue(year.contains("Danh hiệu “\(title)” năm 2024"), year)
        XCTAssertTrue(PortalPageText.text(built.page("luu-tru/index.html")).contains("danh hiệu “\(title)”, khen thưởng và bảng vàng"))

        let bulletin = built.page("ban-tin/2024-12/index.html")
        XCTAssertTrue(PortalPageText.text(bulletin).contains("Danh hiệu “\(title)”"), PortalPageText.text(bulletin))
        XCTAssertTrue(bulletin.contains(#"<th scope="col">Xếp loại</th><th scope="col">\#(title)</th>"#), bulletin)

        for page in ["xep-hang/index.html", "xep-hang/2024/index.html", "index.html", "chi-bo/ap-bac/index.html",
                     "luu-tru/index.html", "luu-tru/2024/index.html", "ban-tin/2024-12/index.html"] {
            XCTAssertFalse(PortalPageText.text(built.page(page)).contains("4 tốt"), "\(page) names the title of the rubric alone")
        }
        XCTAssertFalse(csv.contains("4 tốt"), csv)
    }
}
