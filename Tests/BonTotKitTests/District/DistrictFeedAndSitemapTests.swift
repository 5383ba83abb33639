import BonTotKit
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// A district's `feed.xml` and `sitemap.xml`, parsed as a feed reader and a search engine read
/// them: the feed carries the newest entries of the district and of every unit, each at its
/// absolute address under the unit's folder, and the sitemap every page of the portal.
final class DistrictFeedAndSitemapTests: XCTestCase {
    private let base = "https://huyen.example/giong-rieng/"

    private func build() throws -> IncrementalSite {
        let (site, report) = try DistrictFixture.build(for: self, changes: ["site.yaml": DistrictFixture.siteYAML(adding: "base_url: \(base)")])
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertEqual(report.notes, [], "an absolute base_url: feed and sitemap are written")
        return site
    }

    private func root(_ site: IncrementalSite, _ route: Route) throws -> XMLElement {
        let document = try XMLDocument(data: Data(DistrictFixture.page(site, Router().file(route)).utf8), options: [])
        return try XCTUnwrap(document.rootElement())
    }

    func testTheFeedCarriesEveryUnitsStoriesAndBulletinsAtTheirAddressesInTheUnitsFolder() throws {
        let site = try build()
        let entries = try root(site, .feed).elements(forName: "entry")
        let ids = entries.compactMap { $0.elements(forName: "id").first?.stringValue }
        let xaA = Router().unit("xa-a")
        let story = base + xaA.path(.story("ap-mot-nao-vet-kenh-noi-dong-truoc-mua-kho"))
        XCTAssertTrue(ids.contains(story), "\(ids)")
        for unit in ["xa-a", "xa-b", "xa-c"] {
            XCTAssertTrue(ids.contains(base + Router().unit(unit).path(.bulletin(YearMonth(year: 2024, month: 9)))), "\(unit)'s bulletin: \(ids)")
        }
        XCTAssertTrue(ids.contains(base + Router().path(.bulletin(YearMonth(year: 2024, month: 9)))), "the district's own bulletin")
        XCTAssertEqual(Set(ids).count, ids.count, "ids are unique")
        let entry = try XCTUnwrap(entries.first { $0.elements(forName: "id").first?.stringValue == story })
        XCTAssertEqual(entry.elements(forName: "link").first?.value(of: "href"), story)
        XCTAssertTrue(entry.elements(forName: "category").compactMap { $0.value(of: "term") }.contains("Đảng bộ xã Bình Minh"),
                      "a unit's entry names its unit")
        let dates = entries.compactMap { $0.elements(forName: "updated").first?.stringValue }
        XCTAssertEqual(dates, dates.sorted(by: >), "newest first")
    }

    /// The district's bulletin of a month reports what its units did: it is dated by their
    /// latest meeting or story of the month (xa-a's story of 20 September), not by the first of
    /// the month for want of the district's own, which listed it below what it reports.
    func testTheDistrictsBulletinIsDatedByItsUnitsLatestMeetingOrStory() throws {
        let site = try build()
        let entries = try root(site, .feed).elements(forName: "entry")
        let september = base + Router().path(.bulletin(YearMonth(year: 2024, month: 9)))
        let bulletin = try XCTUnwrap(entries.first { $0.elements(forName: "id").first?.stringValue == september })
        XCTAssertEqual(bulletin.elements(forName: "updated").first?.stringValue, "2024-09-20T00:00:00+07:00")
        let xaA = base + Router().unit("xa-a").path(.bulletin(YearMonth(year: 2024, month: 9)))
        let ids = entries.compactMap { $0.elements(forName: "id").first?.stringValue }
        XCTAssertEqual(ids.firstIndex(of: september).map { $0 < (ids.firstIndex(of: xaA) ?? 0) }, true,
                       "at equal dates, by address: the district's before its units': \(ids)")
    }

    /// A unit's bulletin shares its month's title with the district's own: it is titled with
    /// the unit's name, as the unit's pages name it, so a feed reader tells them apart; its id
    /// (the page's address) is the one it had, so no reader announces it again.
    func testEachUnitsBulletinIsTitledWithItsUnitsName() throws {
        let site = try build()
        let entries = try root(site, .feed).elements(forName: "entry")
        let september = YearMonth(year: 2024, month: 9)
        let titles = Dictionary(entries.map { ($0.elements(forName: "id").first?.stringValue ?? "", $0.elements(forName: "title").first?.stringValue ?? "") },
                                uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(titles[base + Router().path(.bulletin(september))], "Bản tin tháng 9 năm 2024", "the district's own, as it was")
        // The address a feed reader already holds, written out: a unit's bulletin keeps it.
        XCTAssertEqual(titles[base + "don-vi/xa-b/ban-tin/2024-09/"], "Bản tin tháng 9 năm 2024 — Đảng bộ xã Ấp Bắc", "\(titles.keys.sorted())")
        for (unit, name) in [("xa-a", "Đảng bộ xã Bình Minh"), ("xa-b", "Đảng bộ xã Ấp Bắc"), ("xa-c", "Đảng bộ xã Long Thạnh")] {
            let id = base + Router().unit(unit).path(.bulletin(september))
            XCTAssertEqual(titles[id], "Bản tin tháng 9 năm 2024 — \(name)", unit)
            XCTAssertTrue(DistrictFixture.page(site, Router().unit(unit).file(.home)).contains(name), "\(unit)'s pages name it so")
        }
        XCTAssertEqual(titles[base + Router().unit("xa-a").path(.story("ap-mot-nao-vet-kenh-noi-dong-truoc-mua-kho"))],
                       "Ấp Một nạo vét kênh nội đồng trước mùa khô", "a story keeps its own title")
        XCTAssertEqual(Set(titles.values).count, entries.count, "no two entries share a title: \(titles.values.sorted())")
    }

    func testTheDistrictsFeedKeepsTheNewestHundredEntries() throws {
        var changes: [String: String?] = ["site.yaml": DistrictFixture.siteYAML(adding: "base_url: \(base)")]
        for day in 1...110 {
            let date = "2024-0\(day <= 55 ? 7 : 8)-\(String(format: "%02d", (day - 1) % 28 + 1))"
            changes["xa-c/content/stories/tin-\(day).md"] = "---\ntitle: Tin số \(day)\nkind: tap-the\ndate: \(date)\n---\nNội dung.\n"
        }
        let (site, report) = try DistrictFixture.build(for: self, changes: changes)
        XCTAssertTrue(report.succeeded, report.problems)
        let entries = try root(site, .feed).elements(forName: "entry")
        XCTAssertEqual(entries.count, AtomFeed.maxMergedEntries)
        let dates = entries.compactMap { $0.elements(forName: "updated").first?.stringValue }
        XCTAssertEqual(dates.first, "2024-12-01T00:00:00+07:00", "the newest kept: December's bulletins")
        XCTAssertTrue(dates.contains("2024-09-20T00:00:00+07:00"), "xa-a's story of September is among the newest")
        XCTAssertFalse(dates.contains("2024-07-01T00:00:00+07:00"), "the oldest of xa-c's stories are left out")
    }

    func testTheSitemapListsEveryPageOfTheDistrictAndOfEveryUnitOnce() throws {
        let site = try build()
        let locations = try root(site, .sitemap).elements(forName: "url").compactMap { $0.elements(forName: "loc").first?.stringValue }
        let pages = OutputTree(site.output).paths.filter { $0 == "index.html" || $0.hasSuffix("/index.html") }
        XCTAssertEqual(locations.count, pages.count)
        XCTAssertEqual(Set(locations), Set(pages.map { base + $0.dropLast("index.html".count) }))
        XCTAssertTrue(locations.contains(base + Router().unit("xa-c").path(.branch("kenh-2"))))
        XCTAssertTrue(locations.contains(base + Router().path(.unitDirectory)))
    }

    func testAfterOneUnitsEditTheFeedAndSitemapStillHoldTheUnitsTakenWhole() throws {
        let site = try build()
        let sitemap = DistrictFixture.page(site, Router().file(.sitemap))
        try site.replace("nạo vét 3 km kênh nội đồng.", with: "nạo vét 5 km kênh nội đồng.", in: "xa-a/content/stories/nao-vet-kenh.md")
        let report = site.build()
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertEqual(report.reusedUnits.count, 2, "xa-b and xa-c are taken whole: \(report.reusedUnits)")
        let entries = try root(site, .feed).elements(forName: "entry")
        let summaries = entries.compactMap { $0.elements(forName: "summary").first?.stringValue }
        XCTAssertTrue(summaries.contains("Chi bộ ấp Một vận động bà con nạo vét 5 km kênh nội đồng."), "\(summaries)")
        let titles = entries.compactMap { $0.elements(forName: "title").first?.stringValue }
        XCTAssertEqual(titles.filter { $0.hasPrefix("Bản tin tháng 9 năm 2024") }.count, 4, "the district's and each unit's September")
        XCTAssertEqual(DistrictFixture.page(site, Router().file(.sitemap)), sitemap, "every page of the units taken whole is still listed")
    }

    /// Each unit's own `feed.xml` and `sitemap.xml` inside the district lie in its folder under
    /// the district's address, as its pages do. They took the unit's own `base_url` (the address
    /// of the commune built alone), giving links to `https://xa-a.example/don-vi/xa-a/…`, an
    /// address that is nowhere; and a unit without one had no feed inside a district that has one.
    func testEachUnitsOwnFeedAndSitemapLieInItsFolderUnderTheDistrictsAddress() throws {
        let xaA = try String(contentsOf: BuiltSite.fixtures.appending(path: "district/xa-a/site.yaml"), encoding: .utf8)
        let (site, report) = try DistrictFixture.build(for: self, changes: [
            "site.yaml": DistrictFixture.siteYAML(adding: "base_url: \(base)"),
            "xa-a/site.yaml": xaA + "base_url: https://xa-a.example/\n",
        ])
        XCTAssertTrue(report.succeeded, report.problems)
        let tree = OutputTree(site.output)
        for unit in ["xa-a", "xa-b", "xa-c"] {
            let router = Router().unit(unit)
            let folder = base + router.path(.home)
            let feedFile = try XCTUnwrap(tree.files[router.file(.feed)], "\(unit) has its own feed")
            let feed = try XCTUnwrap(XMLDocument(data: feedFile, options: []).rootElement())
            XCTAssertEqual(feed.elements(forName: "id").first?.stringValue, folder, unit)
            XCTAssertEqual(feed.elements(forName: "link").compactMap { $0.value(of: "href") }, [folder, base + router.file(.feed)], unit)
            let entries = feed.elements(forName: "entry")
            XCTAssertFalse(entries.isEmpty, unit)
            for entry in entries {
                let id = entry.elements(forName: "id").first?.stringValue ?? ""
                XCTAssertTrue(id.hasPrefix(folder), "\(unit): \(id)")
                XCTAssertNotNil(tree.files[String(id.dropFirst(base.count)) + "index.html"], "\(unit): \(id)")
            }
            let sitemapFile = try XCTUnwrap(tree.files[router.file(.sitemap)], "\(unit) has its own sitemap")
            let sitemap = try XCTUnwrap(XMLDocument(data: sitemapFile, options: []).rootElement())
            let locations = sitemap.elements(forName: "url").compactMap { $0.elements(forName: "loc").first?.stringValue }
            let pages = tree.paths.filter { $0.hasPrefix(router.prefix) && $0.hasSuffix("index.html") }
            XCTAssertEqual(Set(locations), Set(pages.map { base + $0.dropLast("index.html".count) }), unit)
            XCTAssertTrue(DistrictFixture.page(site, router.file(.home)).contains(#"type="application/atom+xml" title="Cổng thông tin"#), unit)
        }
        XCTAssertFalse(tree.files.contains { $0.key.hasSuffix(".xml") && String(decoding: $0.value, as: UTF8.self).contains("xa-a.example") },
                       "nothing points at the commune's own address")
    }

    /// A district without an absolute `base_url` writes no feed and no sitemap, its units' neither,
    /// though a unit's own `base_url` is absolute: their pages would lie elsewhere than it says.
    func testInADistrictWithoutAnAddressNoUnitWritesAFeed() throws {
        let xaA = try String(contentsOf: BuiltSite.fixtures.appending(path: "district/xa-a/site.yaml"), encoding: .utf8)
        let (site, report) = try DistrictFixture.build(for: self, changes: ["xa-a/site.yaml": xaA + "base_url: https://xa-a.example/\n"])
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertEqual(report.notes.count, 1, "the one line saying why there is no feed: \(report.notes)")
        let paths = OutputTree(site.output).paths
        XCTAssertEqual(paths.filter { $0.hasSuffix("feed.xml") || $0.hasSuffix("sitemap.xml") }, [])
        let announcing = paths.filter { $0.hasSuffix("index.html") && DistrictFixture.page(site, $0).contains("feed.xml") }
        XCTAssertEqual(announcing, [], "no page announces a feed")
    }

    /// The district's address edited: the units, though nothing in them changed, are made again
    /// (not taken whole from the last build), their feeds at the new address.
    func testTheDistrictsNewAddressMovesItsUnitsFeedsToo() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: ["site.yaml": DistrictFixture.siteYAML(adding: "base_url: \(base)")])
        XCTAssertTrue(report.succeeded, report.problems)
        let moved = "https://intranet.example/huyen/"
        try site.write("site.yaml", DistrictFixture.siteYAML(adding: "base_url: \(moved)"))
        let rebuilt = site.build()
        XCTAssertTrue(rebuilt.succeeded, rebuilt.problems)
        XCTAssertEqual(rebuilt.reusedUnits, [])
        for unit in ["xa-a", "xa-b", "xa-c"] {
            let feed = DistrictFixture.page(site, Router().unit(unit).file(.feed))
            XCTAssertTrue(feed.contains("<id>\(moved)don-vi/\(unit)/</id>"), unit)
            XCTAssertFalse(feed.contains(base), unit)
        }
    }

    func testAnAssembledDistrictHasTheSameFeedAndSitemap() throws {
        let site = try build()
        let gathered = try DistrictFixture.gatherUnits(of: site)
        let assembled = site.sibling("assembled")
        XCTAssertTrue(SiteBuilder.build(BuildOptions(siteRoot: site.root, output: assembled, unitsFrom: gathered)).succeeded)
        for route in [Route.feed, .sitemap] {
            XCTAssertEqual(DistrictFixture.page(site, Router().file(route), output: assembled), DistrictFixture.page(site, Router().file(route)))
        }
    }
}
