import BonTotKit
import XCTest

/// Relative links between outputs: in a site built alone, in a unit inside a district portal,
/// and from one site to another.
final class RouterLinkTests: XCTestCase {
    let september = YearMonth(year: 2024, month: 9)
    let year = Period(year: 2024)

    /// From, to, link: the links the portal has always written.
    var pairs: [(Route, Route, String)] {
        [
            (.home, .home, "index.html"),
            (.home, .branch("b"), "chi-bo/b/index.html"),
            (.minutes("a"), .branch("b"), "../../chi-bo/b/index.html"),
            (.branch("b"), .home, "../../index.html"),
            (.branch("b"), .branchDirectory, "../../chi-bo/index.html"),
            (.branchDirectory, .branch("b"), "../chi-bo/b/index.html"),
            (.minutesIndex, .minutesMonth(september), "../sinh-hoat/2024/09/index.html"),
            (.minutesMonth(september), .minutesIndex, "../../../sinh-hoat/index.html"),
            (.minutesMonth(september), .minutes("a"), "../../../sinh-hoat/a/index.html"),
            (.minutes("a"), .minutesMonth(september), "../../sinh-hoat/2024/09/index.html"),
            (.storyTag("lu"), .storyTag("bao"), "../../../guong-dien-hinh/chu-de/bao/index.html"),
            (.story("a"), .storyTag("lu"), "../../guong-dien-hinh/chu-de/lu/index.html"),
            (.storyIndex, .story("a"), "../guong-dien-hinh/a/index.html"),
            (.ranking(year), .ranking(Period(year: 2023)), "../../xep-hang/2023/index.html"),
            (.ranking(year), .archive(2024), "../../luu-tru/2024/index.html"),
            (.archive(2024), .ranking(year), "../../xep-hang/2024/index.html"),
            (.bulletin(september), .minutesMonth(september), "../../sinh-hoat/2024/09/index.html"),
            (.home, .search, "tim-kiem/index.html"),
            (.story("a"), .unitDirectory, "../../don-vi/index.html"),
            // Files beside or below the page are reached from its folder.
            (.ranking(year), .rankingCSV(year), "bang-xep-hang.csv"),
            (.rankingIndex, .rankingCSV(nil), "bang-xep-hang.csv"),
            (.rankingIndex, .rankingCSV(year), "2024/bang-xep-hang.csv"),
            (.bulletin(september), .bulletinPDF(september), "ban-tin-2024-09.pdf"),
            (.bulletinIndex, .bulletinPDF(september), "2024-09/ban-tin-2024-09.pdf"),
            (.home, .rankingCSV(nil), "xep-hang/bang-xep-hang.csv"),
            (.home, .asset("style.css"), "assets/style.css"),
            (.home, .feed, "feed.xml"),
            // Other files are reached from the root of the site.
            (.ranking(year), .rankingCSV(nil), "../../xep-hang/bang-xep-hang.csv"),
            (.bulletin(september), .asset("bulletin.css"), "../../assets/bulletin.css"),
            (.branch("b"), .media("media/kdc-21.svg"), "../../media/kdc-21.svg"),
            (.story("a"), .asset("fonts/x.woff2"), "../../assets/fonts/x.woff2"),
            (.home, .media("media/anh/lu.jpg"), "media/anh/lu.jpg"),
            (.story("a"), .feed, "../../feed.xml"),
            (.minutesMonth(september), .sitemap, "../../../sitemap.xml"),
        ]
    }

    func testLinksInASiteBuiltAlone() {
        let router = Router()
        for (from, to, link) in pairs {
            XCTAssertEqual(router.link(from: from, to: to), link, "\(from) → \(to)")
        }
    }

    /// A unit's pages link among themselves as when it builds alone: the same bytes.
    func testLinksInsideAUnitStayInItsFolder() {
        let unit = Router(prefix: "don-vi/xa-a/")
        for (from, to, link) in pairs {
            XCTAssertEqual(unit.link(from: from, to: to), link, "\(from) → \(to)")
            XCTAssertEqual(unit.link(from: from, to: to, in: unit), link, "\(from) → \(to)")
        }
    }

    func testLinksFromAUnitToItsDistrict() {
        let district = Router(), unit = district.unit("xa-a")
        XCTAssertEqual(unit.link(from: .home, to: .home, in: district), "../../index.html")
        XCTAssertEqual(unit.link(from: .minutes("a"), to: .home, in: district), "../../../../index.html")
        XCTAssertEqual(unit.link(from: .branch("b"), to: .unitDirectory, in: district), "../../../../don-vi/index.html")
        XCTAssertEqual(unit.link(from: .home, to: .unitRanking(year), in: district), "../../xep-hang-don-vi/2024/index.html")
        XCTAssertEqual(unit.link(from: .story("a"), to: .asset("style.css"), in: district), "../../../../assets/style.css")
    }

    func testLinksFromADistrictToItsUnits() {
        let district = Router(), unit = district.unit("xa-a")
        XCTAssertEqual(district.link(from: .home, to: .home, in: unit), "don-vi/xa-a/index.html")
        XCTAssertEqual(district.link(from: .unitDirectory, to: .home, in: unit), "../don-vi/xa-a/index.html")
        XCTAssertEqual(district.link(from: .unitRanking(year), to: .branch("b"), in: unit), "../../don-vi/xa-a/chi-bo/b/index.html")
        XCTAssertEqual(district.link(from: .home, to: .rankingCSV(nil), in: unit), "don-vi/xa-a/xep-hang/bang-xep-hang.csv")
        XCTAssertEqual(district.link(from: .unitDirectory, to: .rankingCSV(nil), in: unit), "xa-a/xep-hang/bang-xep-hang.csv",
                       "a file below the page's folder is reached from there")
    }

    func testLinksBetweenTwoUnitsClimbOnlyToTheFolderTheyShare() {
        let district = Router(), first = district.unit("xa-a"), second = district.unit("xa-b")
        XCTAssertEqual(first.link(from: .home, to: .home, in: second), "../xa-b/index.html")
        XCTAssertEqual(first.link(from: .branch("b"), to: .branch("c"), in: second), "../../../xa-b/chi-bo/c/index.html")
    }

    func testLinksOfADistrictThatIsItselfAUnitOfAProvince() {
        let province = Router(), district = province.unit("huyen-gr"), commune = district.unit("xa-a")
        XCTAssertEqual(commune.link(from: .home, to: .home, in: district), "../../index.html")
        XCTAssertEqual(commune.link(from: .home, to: .home, in: province), "../../../../index.html")
        XCTAssertEqual(province.link(from: .home, to: .branch("b"), in: commune), "don-vi/huyen-gr/don-vi/xa-a/chi-bo/b/index.html")
    }

    func testLinksOfAPageKnowTheirRouterAndPage() {
        let links = Links(router: Router().unit("xa-a"), from: .story("a"))
        XCTAssertEqual(links.root, "../../")
        XCTAssertEqual(links.home, "../../index.html")
        XCTAssertEqual(links.branch("b"), "../../chi-bo/b/index.html")
        XCTAssertEqual(links.month(september), "../../sinh-hoat/2024/09/index.html")
        XCTAssertEqual(links.media("media/a.jpg"), "../../media/a.jpg")
        XCTAssertEqual(links.asset("content.css"), "../../assets/content.css")
    }
}
