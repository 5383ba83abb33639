import BonTotKit
import XCTest

/// Every kind of route, its folder or file, alone and inside a district portal.
final class RouterPathTests: XCTestCase {
    static let september = YearMonth(year: 2024, month: 9)

    /// One route of each kind, with its path and file in a site built alone.
    static let table: [Route.Kind: (route: Route, path: String, file: String)] = [
        .home: (.home, "", "index.html"),
        .branchDirectory: (.branchDirectory, "chi-bo/", "chi-bo/index.html"),
        .branch: (.branch("kdc-21"), "chi-bo/kdc-21/", "chi-bo/kdc-21/index.html"),
        .rankingIndex: (.rankingIndex, "xep-hang/", "xep-hang/index.html"),
        .ranking: (.ranking(Period(year: 2024, span: .quarter(3))), "xep-hang/2024-q3/", "xep-hang/2024-q3/index.html"),
        .rankingCSV: (.rankingCSV(Period(year: 2024)), "xep-hang/2024/bang-xep-hang.csv", "xep-hang/2024/bang-xep-hang.csv"),
        .latestRankingCSV: (.rankingCSV(nil), "xep-hang/bang-xep-hang.csv", "xep-hang/bang-xep-hang.csv"),
        .storyIndex: (.storyIndex, "guong-dien-hinh/", "guong-dien-hinh/index.html"),
        .story: (.story("bi-thu-9x"), "guong-dien-hinh/bi-thu-9x/", "guong-dien-hinh/bi-thu-9x/index.html"),
        .storyTag: (.storyTag("thien-tai"), "guong-dien-hinh/chu-de/thien-tai/", "guong-dien-hinh/chu-de/thien-tai/index.html"),
        .minutesIndex: (.minutesIndex, "sinh-hoat/", "sinh-hoat/index.html"),
        .minutesMonth: (.minutesMonth(september), "sinh-hoat/2024/09/", "sinh-hoat/2024/09/index.html"),
        .minutes: (.minutes("kdc-21-2024-09"), "sinh-hoat/kdc-21-2024-09/", "sinh-hoat/kdc-21-2024-09/index.html"),
        .bulletinIndex: (.bulletinIndex, "ban-tin/", "ban-tin/index.html"),
        .bulletin: (.bulletin(september), "ban-tin/2024-09/", "ban-tin/2024-09/index.html"),
        .bulletinPDF: (.bulletinPDF(september), "ban-tin/2024-09/ban-tin-2024-09.pdf", "ban-tin/2024-09/ban-tin-2024-09.pdf"),
        .archiveIndex: (.archiveIndex, "luu-tru/", "luu-tru/index.html"),
        .archive: (.archive(2024), "luu-tru/2024/", "luu-tru/2024/index.html"),
        .asset: (.asset("fonts/noto.woff2"), "assets/fonts/noto.woff2", "assets/fonts/noto.woff2"),
        .media: (.media("media/lu-dem.svg"), "media/lu-dem.svg", "media/lu-dem.svg"),
        .search: (.search, "tim-kiem/", "tim-kiem/index.html"),
        .searchIndex: (.searchIndex("sinh-hoat-2024"), "tim-kiem/chi-muc-sinh-hoat-2024.js", "tim-kiem/chi-muc-sinh-hoat-2024.js"),
        .feed: (.feed, "feed.xml", "feed.xml"),
        .sitemap: (.sitemap, "sitemap.xml", "sitemap.xml"),
        .sitemapPart: (.sitemapPart(2), "sitemap-2.xml", "sitemap-2.xml"),
        .unitDirectory: (.unitDirectory, "don-vi/", "don-vi/index.html"),
        .unitRankingIndex: (.unitRankingIndex, "xep-hang-don-vi/", "xep-hang-don-vi/index.html"),
        .unitRanking: (.unitRanking(Period(year: 2024)), "xep-hang-don-vi/2024/", "xep-hang-don-vi/2024/index.html"),
        .unitRankingCSV: (.unitRankingCSV(Period(year: 2024, span: .month(9))), "xep-hang-don-vi/2024-09/bang-xep-hang.csv",
                          "xep-hang-don-vi/2024-09/bang-xep-hang.csv"),
        .latestUnitRankingCSV: (.unitRankingCSV(nil), "xep-hang-don-vi/bang-xep-hang.csv", "xep-hang-don-vi/bang-xep-hang.csv"),
    ]

    func testTheTableCoversEveryKindOfRoute() {
        XCTAssertEqual(Set(Self.table.keys), Set(Route.Kind.allCases))
        for (kind, entry) in Self.table {
            XCTAssertEqual(entry.route.kind, kind)
            XCTAssertEqual(kind.sample.kind, kind, "the sample of \(kind) is of its kind")
        }
    }

    func testEveryRouteHasItsPathAndFile() {
        let router = Router()
        for (kind, entry) in Self.table {
            XCTAssertEqual(router.path(entry.route), entry.path, "\(kind)")
            XCTAssertEqual(router.file(entry.route), entry.file, "\(kind)")
        }
    }

    /// Pages are folders holding `index.html`; CSV, PDF, assets, media, feed and sitemap are files.
    func testPagesAreFoldersAndTheRestAreFiles() {
        for (kind, entry) in Self.table {
            XCTAssertEqual(entry.route.isPage, entry.path.isEmpty || entry.path.hasSuffix("/"), "\(kind)")
            XCTAssertEqual(entry.route.isPage, entry.file.hasSuffix("index.html"), "\(kind)")
        }
    }

    func testEveryKindHasItsOwnLayout() {
        let layouts = Route.Kind.allCases.map { kind in
            kind.sample.components.map { component -> String in
                switch component {
                case .fixed(let name): return name
                case .value(_, let parameter): return "<\(parameter)>"
                }
            }
        }
        XCTAssertEqual(Set(layouts).count, layouts.count, "two kinds of route share one layout: \(layouts)")
    }

    func testAUnitInsideADistrictHasEveryOutputUnderItsFolder() {
        let unit = Router().unit("xa-a")
        XCTAssertEqual(unit.prefix, "don-vi/xa-a/")
        XCTAssertEqual(unit, Router(prefix: "don-vi/xa-a"), "the trailing slash is optional")
        for (kind, entry) in Self.table {
            XCTAssertEqual(unit.path(entry.route), "don-vi/xa-a/" + entry.path, "\(kind)")
            XCTAssertEqual(unit.file(entry.route), "don-vi/xa-a/" + entry.file, "\(kind)")
        }
        XCTAssertEqual(unit.path(.home), "don-vi/xa-a/")
        XCTAssertEqual(unit.file(.home), "don-vi/xa-a/index.html")
    }

    func testUnitsNestUnderTheirParentsFolder() {
        let district = Router().unit("huyen-giong-rieng")
        XCTAssertEqual(district.unit("xa-hoa-thuan").prefix, "don-vi/huyen-giong-rieng/don-vi/xa-hoa-thuan/")
        XCTAssertEqual(Router().prefix, "")
        XCTAssertEqual(Router(prefix: "/don-vi//xa-a/").prefixFolders, ["don-vi", "xa-a"])
    }

    func testTheWayBackToTheRootOfTheSite() {
        let router = Router()
        XCTAssertEqual(router.root(from: .home), "")
        XCTAssertEqual(router.root(from: .branchDirectory), "../")
        XCTAssertEqual(router.root(from: .minutesMonth(Self.september)), "../../../")
        XCTAssertEqual(router.root(from: .rankingCSV(nil)), "../", "a file's folder")
        XCTAssertEqual(router.unit("xa-a").root(from: .branch("b")), "../../", "the unit's own root, not the district's")
    }
}
