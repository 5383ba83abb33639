import BonTotKit
import Foundation
import XCTest

/// The district's search page finds the district's own pages and every unit's, opened from disk
/// in headless Chromium: each unit's result names the unit and leads into its folder; a unit's
/// own search page still searches the unit alone; an assembled district (`--units-from`) and a
/// rebuild that takes the units from their snapshots search the same. Chromium comes with
/// `make test`; without it these tests fail.
final class DistrictSearchTests: XCTestCase {
    private let search = Router().file(.search)

    /// The results of the search page at `page` of `output` opened with `query`, and its status line.
    private func results(_ output: URL, _ query: String, page: String? = nil) throws -> (list: String, status: String) {
        let folder = try TemporaryFolder.make("bontot-district-search")
        let browser = HeadlessChromium(executable: try SearchPageBrowserTests.chromium(), profile: folder.appending(path: "profile"))
        let url = try XCTUnwrap(URL(string: output.appending(path: page ?? search).absoluteString + "?" + query))
        let dom = try browser.load(url).dom
        return (SearchPageBrowserTests.element("ket-qua", in: dom), SearchPageBrowserTests.element("ket-qua-tom-tat", in: dom))
    }

    /// The links of the results, each with the kind line above it.
    private func hits(_ list: String) -> [(kind: String, href: String)] {
        list.components(separatedBy: "<li class=\"search-result\">").dropFirst().map { item in
            let kind = item.components(separatedBy: "<p class=\"search-kind\">").dropFirst().first?.components(separatedBy: "</p>").first ?? ""
            let href = item.components(separatedBy: "<a href=\"").dropFirst().first?.components(separatedBy: "\"").first ?? ""
            return (kind, href)
        }
    }

    func testAUnitsMinutesAreFoundFromTheDistrictNamedWithTheUnitAndLinkedIntoItsFolder() throws {
        let (site, report) = try DistrictFixture.build(for: self)
        XCTAssertTrue(report.succeeded, report.problems)
        let found = hits(try results(site.output, "q=chuyen%20doi%20cay%20trong").list)
        let expected = Router().link(from: .search, to: .minutes("ap-bac-1-2024-09"), in: Router().unit("xa-b"))
        XCTAssertEqual(found.first?.href, expected, "\(found)")
        XCTAssertEqual(found.first?.kind, "Biên bản sinh hoạt · Đảng bộ xã Ấp Bắc")
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.output.appending(path: Router().unit("xa-b").file(.minutes("ap-bac-1-2024-09"))).path))
    }

    func testTheDistrictsOwnBranchesAndEveryUnitsAreFoundAndEveryLinkLeadsToAPage() throws {
        let (site, report) = try DistrictFixture.build(for: self)
        XCTAssertTrue(report.succeeded, report.problems)
        let (list, status) = try results(site.output, "q=chi%20bo&trong=ho-so")
        XCTAssertTrue(status.contains("Tìm thấy 8 kết quả"), "1 chi bộ trực thuộc and 7 of the units: \(status)")
        let found = hits(list)
        let own = try XCTUnwrap(found.first { $0.href == Router().link(from: .search, to: .branch("co-quan-huyen-uy")) }, "\(found)")
        XCTAssertEqual(own.kind, "Hồ sơ chi bộ", "the district's own result names no unit")
        XCTAssertEqual(Set(found.map(\.kind)), ["Hồ sơ chi bộ", "Hồ sơ chi bộ · Đảng bộ xã Bình Minh",
                                                "Hồ sơ chi bộ · Đảng bộ xã Ấp Bắc", "Hồ sơ chi bộ · Đảng bộ xã Long Thạnh"])
        let folder = site.output.appending(path: Router().path(.search))
        for hit in found {
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appending(path: hit.href).standardizedFileURL.path), hit.href)
        }
    }

    func testAScopeOfMinutesSearchesEveryUnitsMinutesOfThatYear() throws {
        let (site, report) = try DistrictFixture.build(for: self)
        XCTAssertTrue(report.succeeded, report.problems)
        let found = hits(try results(site.output, "q=bi%20thu&trong=bien-ban-2024").list)
        XCTAssertEqual(found.map(\.kind).sorted(), ["Biên bản sinh hoạt · Đảng bộ xã Bình Minh", "Biên bản sinh hoạt · Đảng bộ xã Long Thạnh",
                                                    "Biên bản sinh hoạt · Đảng bộ xã Ấp Bắc", "Biên bản sinh hoạt · Đảng bộ xã Ấp Bắc"])
    }

    func testAUnitIsAScopeThatLoadsAndSearchesThatUnitOnly() throws {
        let (site, report) = try DistrictFixture.build(for: self)
        XCTAssertTrue(report.succeeded, report.problems)
        let page = DistrictFixture.page(site, search)
        XCTAssertTrue(page.contains(#"<option value="@xa-b">Đảng bộ xã Ấp Bắc</option>"#), "each unit is offered as a scope")
        let folder = try TemporaryFolder.make("bontot-district-search")
        let browser = HeadlessChromium(executable: try SearchPageBrowserTests.chromium(), profile: folder.appending(path: "profile"))
        let dom = try browser.load(try XCTUnwrap(URL(string: site.output.appending(path: search).absoluteString + "?q=bi%20thu&trong=%40xa-b"))).dom
        let kinds = hits(SearchPageBrowserTests.element("ket-qua", in: dom)).map(\.kind)
        XCTAssertEqual(Set(kinds), ["Biên bản sinh hoạt · Đảng bộ xã Ấp Bắc", "Hồ sơ chi bộ · Đảng bộ xã Ấp Bắc"], "xa-b's alone")
        XCTAssertEqual(kinds.filter { $0.hasPrefix("Biên bản") }.count, 2, "both of xa-b's meetings")
        let xaA = Router().link(from: .search, to: .searchIndex("bien-ban-2024"), in: Router().unit("xa-a"))
        let xaB = Router().link(from: .search, to: .searchIndex("bien-ban-2024"), in: Router().unit("xa-b"))
        XCTAssertTrue(dom.contains("<script src=\"\(xaB)\"></script>"), "the unit's parts are loaded")
        XCTAssertFalse(dom.contains("<script src=\"\(xaA)\"></script>"), "another unit's are not")
    }

    func testAUnitsOwnSearchPageStillSearchesTheUnitAlone() throws {
        let (site, report) = try DistrictFixture.build(for: self)
        XCTAssertTrue(report.succeeded, report.problems)
        let unitSearch = Router().unit("xa-a").file(.search)
        XCTAssertTrue(try results(site.output, "q=chuyen%20doi%20cay%20trong", page: unitSearch).status.contains("Không tìm thấy"),
                      "xa-b's minutes are not searched from xa-a")
        let found = hits(try results(site.output, "q=nao%20vet", page: unitSearch).list)
        XCTAssertEqual(found.map(\.kind).sorted(), ["Biên bản sinh hoạt", "Gương điển hình"], "a unit's results name no unit")
        XCTAssertEqual(found.map(\.href).sorted(), [Router().link(from: .search, to: .story("ap-mot-nao-vet-kenh-noi-dong-truoc-mua-kho")),
                                                    Router().link(from: .search, to: .minutes("ap-1-2024-09"))].sorted())
    }

    func testAnAssembledDistrictAndOneWhoseUnitsCameFromTheirSnapshotsLoadEveryUnitsIndex() throws {
        let site = try DistrictFixture.prepare(for: self)
        let gathered = try DistrictFixture.gatherUnits(of: site)
        let assembled = site.sibling("assembled")
        let report = SiteBuilder.build(BuildOptions(siteRoot: site.root, output: assembled, unitsFrom: gathered))
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertEqual(try Self.scripts(of: assembled).count, 11, "2 parts of the district's, 3 of each unit's")
        XCTAssertEqual(hits(try results(assembled, "q=chuyen%20doi%20cay%20trong").list).first?.kind, "Biên bản sinh hoạt · Đảng bộ xã Ấp Bắc")

        XCTAssertTrue(site.build().succeeded)
        let first = DistrictFixture.page(site, search)
        let again = site.build()
        XCTAssertTrue(again.succeeded, again.problems)
        XCTAssertEqual(again.reusedUnits, ["don-vi/xa-a/", "don-vi/xa-b/", "don-vi/xa-c/"], "nothing changed: every unit kept")
        XCTAssertEqual(again.rendered, 0)
        XCTAssertEqual(DistrictFixture.page(site, search), first, "the units' parts are listed from their snapshots")
        XCTAssertEqual(try Self.scripts(of: site.output), try Self.scripts(of: assembled))
    }

    func testTheDistrictsIndexHoldsItsOwnPartsOnlyAndEachUnitKeepsItsOwn() throws {
        let (site, report) = try DistrictFixture.build(for: self)
        XCTAssertTrue(report.succeeded, report.problems)
        let own = try FileManager.default.contentsOfDirectory(atPath: site.output.appending(path: Router().path(.search)).path).sorted()
        XCTAssertEqual(own, [Route.searchIndex("guong"), .searchIndex("ho-so"), .search].map { Router().file($0).components(separatedBy: "/").last ?? "" },
                       "no entry of a unit is copied into the district's index")
        let scripts = try Self.scripts(of: site.output)
        XCTAssertEqual(scripts.count, 11, "2 parts of the district's, 3 of each unit's")
        for path in scripts {
            XCTAssertTrue(FileManager.default.fileExists(atPath: site.output.appending(path: Router().path(.search)).appending(path: path).standardizedFileURL.path), path)
        }
    }

    /// The scripts the search page of `output` names, as it links them; throws when the page is missing.
    static func scripts(of output: URL) throws -> [String] {
        let page = try String(contentsOf: output.appending(path: Router().file(.search)), encoding: .utf8)
        return page.components(separatedBy: "data-src=\"").dropFirst().compactMap { $0.components(separatedBy: "\"").first }
    }
}
