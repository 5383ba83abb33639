import BonTotKit
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// A province's `feed.xml`, read as a feed reader reads it: it lists every bulletin of its
/// districts and their communes that has a page, each once, dated and summed up as the
/// district's own feed does, and titled with its unit's name.
final class ProvinceFeedTests: XCTestCase {
    private let base = "https://tinh.example/kien-giang/"
    private let district = Router().unit("giong-rieng")

    /// The district's own story of 3 October and a story of its commune xa-b of 15 October: the
    /// district's October bulletin reports both, so it is dated by the commune's, the later.
    private let october = [
        "content/stories/don-ve-dich-thang-10.md": """
            ---
            title: Cơ quan Huyện ủy đăng ký thi đua quý IV
            kind: tap-the
            branch: co-quan-huyen-uy
            date: 2024-10-03
            summary: Chi bộ Cơ quan Huyện ủy đăng ký thi đua quý IV.
            ---
            Chi bộ Cơ quan Huyện ủy đăng ký thi đua quý IV.
            """,
        "xa-b/content/stories/lam-duong-ap-bac.md": """
            ---
            title: Ấp Bắc làm đường giao thông nông thôn
            kind: tap-the
            branch: ap-bac-1
            date: 2024-10-15
            summary: Chi bộ ấp Bắc Một vận động nhân dân làm đường.
            ---
            Chi bộ ấp Bắc Một vận động nhân dân làm đường giao thông nông thôn.
            """,
    ]

    private func build(districtChanges: [String: String?] = [:]) throws -> BuiltSite {
        let built = try ProvinceFixture.build(for: self, files: ["site.yaml": ProvinceFixture.siteYAML(adding: "base_url: \(base)")],
                                              districtChanges: districtChanges)
        XCTAssertTrue(built.report.succeeded, built.report.problems)
        return built
    }

    /// The entries of the feed at `path` of `built`, by id.
    private func entries(_ built: BuiltSite, _ path: String) throws -> [String: XMLElement] {
        let document = try XMLDocument(data: Data(built.page(path).utf8), options: [])
        let entries = try XCTUnwrap(document.rootElement()).elements(forName: "entry")
        let ids = entries.compactMap { $0.elements(forName: "id").first?.stringValue }
        XCTAssertEqual(Set(ids).count, ids.count, "each entry once: \(ids)")
        return Dictionary(zip(ids, entries), uniquingKeysWith: { first, _ in first })
    }

    private func text(_ entry: XMLElement?, _ name: String) -> String? {
        entry?.elements(forName: name).first?.stringValue
    }

    /// September: the district itself held no meeting, its communes did. Its bulletin of the
    /// month has a page, and the province's feed lacked it.
    func testTheProvincesFeedListsEveryBulletinThatHasAPage() throws {
        let built = try build()
        let feed = try entries(built, Router().file(.feed))
        let pages = OutputTree(built.output).paths.filter { $0.contains("ban-tin/20") && $0.hasSuffix("/index.html") }
        let unitBulletins = pages.filter { $0.hasPrefix(district.prefix) }.map { base + $0.dropLast("index.html".count) }
        XCTAssertTrue(unitBulletins.contains(base + district.path(.bulletin(YearMonth(year: 2024, month: 9)))), "\(unitBulletins)")
        XCTAssertEqual(unitBulletins.count, 8, "the district's and its three communes' September and December: \(unitBulletins)")
        let listed = Set(feed.keys.filter { $0.contains("/ban-tin/") && $0.hasPrefix(base + district.prefix) })
        XCTAssertEqual(listed, Set(unitBulletins), "the bulletins of the district and its communes are those that have pages")
        let september = feed[base + district.path(.bulletin(YearMonth(year: 2024, month: 9)))]
        XCTAssertEqual(text(september, "updated"), "2024-09-20T00:00:00+07:00", "dated by its communes' latest item of the month")
        XCTAssertEqual(text(september, "title"), "Bản tin tháng 9 năm 2024 — Đảng bộ huyện Giồng Riềng")
    }

    /// A district's bulletin in the province's feed is the entry of the district's own feed: the
    /// same date (its communes' latest item of the month, not its own alone) and summary.
    func testADistrictsBulletinIsDatedAsInTheDistrictsOwnFeed() throws {
        let built = try build(districtChanges: october)
        let province = try entries(built, Router().file(.feed))
        let own = try entries(built, district.file(.feed))
        let months = [9, 10, 12].map { base + district.path(.bulletin(YearMonth(year: 2024, month: $0))) }
        for id in months {
            XCTAssertNotNil(province[id], id)
            XCTAssertEqual(text(province[id], "updated"), text(own[id], "updated"), id)
            XCTAssertEqual(text(province[id], "summary"), text(own[id], "summary"), id)
        }
        XCTAssertEqual(text(province[months[1]], "updated"), "2024-10-15T00:00:00+07:00", "the commune's story, after the district's own")
    }

    /// Every bulletin of a unit names its unit, in the province's feed as in the district's, and
    /// a commune's the district it lies in too, as its search results do: a reader sees no two
    /// entries with the same title, and tells two communes of the same name apart.
    func testEachUnitsBulletinNamesItsUnit() throws {
        let built = try build()
        let province = try entries(built, Router().file(.feed))
        let september = YearMonth(year: 2024, month: 9)
        let names = [(Router(), "Bản tin tháng 9 năm 2024"),
                     (district, "Bản tin tháng 9 năm 2024 — Đảng bộ huyện Giồng Riềng"),
                     (district.unit("xa-a"), "Bản tin tháng 9 năm 2024 — Đảng bộ xã Bình Minh · Đảng bộ huyện Giồng Riềng"),
                     (district.unit("xa-b"), "Bản tin tháng 9 năm 2024 — Đảng bộ xã Ấp Bắc · Đảng bộ huyện Giồng Riềng"),
                     (district.unit("xa-c"), "Bản tin tháng 9 năm 2024 — Đảng bộ xã Long Thạnh · Đảng bộ huyện Giồng Riềng")]
        for (router, title) in names {
            XCTAssertEqual(text(province[base + router.path(.bulletin(september))], "title"), title)
        }
        let titles = province.values.compactMap { text($0, "title") }
        XCTAssertEqual(Set(titles).count, titles.count, "\(titles.sorted())")
    }

    private func categories(_ entry: XMLElement?) -> [String]? {
        entry?.elements(forName: "category").compactMap { $0.value(of: "term") }
    }

    /// In the province's feed a commune's entries, its bulletins and its stories, have the
    /// district it lies in as a category after the commune's own name; the district's own
    /// entries have its name alone, as before; the district's feed names the commune alone; no
    /// entry's id or link changes.
    func testACommunesEntriesInTheProvincesFeedHaveTheirDistrictAsACategory() throws {
        let built = try build(districtChanges: october)
        let province = try entries(built, Router().file(.feed))
        let own = try entries(built, district.file(.feed))
        let september = YearMonth(year: 2024, month: 9), districtName = "Đảng bộ huyện Giồng Riềng"
        let communeBulletin = base + district.unit("xa-b").path(.bulletin(september))
        XCTAssertEqual(categories(province[communeBulletin]), ["Bản tin", "Đảng bộ xã Ấp Bắc", districtName])
        XCTAssertEqual(categories(own[communeBulletin]), ["Bản tin", "Đảng bộ xã Ấp Bắc"], "the district's feed is unchanged")
        let communeStory = try XCTUnwrap(province.first { text($0.value, "title") == "Ấp Bắc làm đường giao thông nông thôn" }?.key)
        XCTAssertEqual(categories(province[communeStory])?.suffix(2), ["Đảng bộ xã Ấp Bắc", districtName])
        XCTAssertEqual(categories(own[communeStory])?.last, "Đảng bộ xã Ấp Bắc")
        XCTAssertEqual(categories(province[base + district.path(.bulletin(september))]), ["Bản tin", districtName])

        let communes = ["xa-a", "xa-b", "xa-c"].map { base + district.unit($0).prefix }
        let communeIDs = province.keys.filter { id in communes.contains { id.hasPrefix($0) } }
        XCTAssertFalse(communeIDs.isEmpty)
        for id in communeIDs {
            XCTAssertEqual(categories(province[id])?.last, districtName, id)
            let link = province[id]?.elements(forName: "link").first?.value(of: "href")
            XCTAssertEqual(link, id, "its link is its id, its page's address")
            XCTAssertNotNil(own[id], "the same id as in the district's own feed: \(id)")
        }
    }

    /// The district's own feed, inside the province, names each commune's bulletin with the
    /// commune alone, as before.
    func testTheDistrictsOwnFeedNamesItsCommunesAlone() throws {
        let built = try build()
        let own = try entries(built, district.file(.feed))
        let september = district.unit("xa-b").path(.bulletin(YearMonth(year: 2024, month: 9)))
        XCTAssertEqual(text(own[base + september], "title"), "Bản tin tháng 9 năm 2024 — Đảng bộ xã Ấp Bắc")
    }
}
