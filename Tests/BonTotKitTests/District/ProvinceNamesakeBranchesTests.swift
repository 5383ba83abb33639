import BonTotKit
import Foundation
import XCTest

/// A province's bulletin lists a district's "Chi bộ 4 tốt" on one line, those of its communes
/// run together: two communes each with a "Chi bộ ấp Một" gave "Chi bộ ấp Một, …, Chi bộ ấp
/// Một", and the reader could not tell which commune each was. A name held in two units is now
/// followed by its unit's short name; the rest stay as they were.
final class ProvinceNamesakeBranchesTests: XCTestCase {
    private let december = Router().file(.bulletin(YearMonth(year: 2024, month: 12)))

    /// The province (`ProvinceFixture`) ranking the district in 2024, Ấp Bắc's first chi bộ
    /// named as Bình Minh's is (both hold the title that year).
    private func province() throws -> BuiltSite {
        let built = try ProvinceFixture.build(for: self, files: [
            "content/unit-evaluations/2024.yaml": "scores:\n  giong-rieng: { chinh-tri: 26, xay-dung-dang: 26, doan-ket: 17, can-bo: 17 }\n",
        ], districtChanges: [
            "xa-b/content/branches/ap-bac-1.yaml": "name: Chi bộ ấp Một\nkind: khu-dan-cu\nsecretary: Bí thư Một\n"
                + "members: { official: 50, probationary: 0 }\nhouseholds: 700\n",
        ])
        XCTAssertTrue(built.report.succeeded, built.report.problems)
        return built
    }

    /// The lines of "Chi bộ 4 tốt" in `html`, as the reader reads them.
    private func lines(_ html: String) -> [String] {
        PortalPageText.section(html, id: "chi-bo-4-tot").components(separatedBy: "<li>").dropFirst().map(PortalPageText.text)
    }

    func testTheProvincesLineNamesTheCommuneOfEachOfTwoNamesakes() throws {
        let built = try province()
        let html = built.page(december)
        XCTAssertEqual(lines(html), ["Đảng bộ huyện Giồng Riềng (06): Chi bộ Cơ quan Huyện ủy, Chi bộ ấp Một (xã Bình Minh), Chi bộ ấp Hai, "
                                     + "Chi bộ ấp Một (xã Ấp Bắc), Chi bộ ấp Bắc Hai, Chi bộ ấp Kênh Một."], html)
        XCTAssertTrue(html.contains(#"<a href="../../don-vi/giong-rieng/don-vi/xa-b/chi-bo/ap-bac-1/index.html">Chi bộ ấp Một (xã Ấp Bắc)</a>"#),
                      "each still links its own profile")
    }

    /// In the district's own bulletin each commune has its line: its names are told apart by
    /// the line, and stay as they are.
    func testTheDistrictsLinesOfOneCommuneEachStayAsTheyAre() throws {
        let built = try province()
        XCTAssertEqual(Array(lines(built.page("don-vi/giong-rieng/" + december)).dropFirst()), [
            "Đảng bộ xã Bình Minh (02): Chi bộ ấp Một, Chi bộ ấp Hai.",
            "Đảng bộ xã Ấp Bắc (02): Chi bộ ấp Một, Chi bộ ấp Bắc Hai.",
            "Đảng bộ xã Long Thạnh (01): Chi bộ ấp Kênh Một.",
        ])
    }
}
