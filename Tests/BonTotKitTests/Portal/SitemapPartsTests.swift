import BonTotKit
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// A sitemap past the protocol's limits (sitemaps.org 0.9: 50.000 addresses, 50 MB in one file),
/// as a province's portal of a hundred thousand meetings makes: split into parts, in order,
/// under an index at `sitemap.xml`, the address search engines are given.
final class SitemapPartsTests: XCTestCase {
    private let address = SiteAddress(baseURL: "https://tinh.example/cong/")!

    /// `count` meetings' pages, each its own address.
    private func meetings(_ count: Int) -> [Route] {
        (1...count).map { .minutes("bien-ban-\($0)") }
    }

    private func root(_ file: OutputFile) throws -> XMLElement {
        try XCTUnwrap(XMLDocument(data: Data(file.bytes), options: []).rootElement())
    }

    private func locations(_ element: XMLElement, _ name: String) -> [String] {
        element.elements(forName: name).compactMap { $0.elements(forName: "loc").first?.stringValue }
    }

    func testFiftyThousandAddressesStayInOneSitemap() throws {
        let files = Sitemap.files(meetings(Sitemap.maxURLs), address: address)
        XCTAssertEqual(files.map(\.route), [.sitemap])
        let sitemap = try root(files[0])
        XCTAssertEqual(sitemap.name, "urlset")
        XCTAssertEqual(locations(sitemap, "url").count, 50_000)
    }

    func testPastFiftyThousandAddressesTheSitemapIsAnIndexOfPartsInOrder() throws {
        let routes = [Route.home] + meetings(2 * Sitemap.maxURLs)
        let files = Sitemap.files(routes, address: address, unitPages: ["don-vi/xa-a/index.html", "don-vi/xa-a/style.css"])
        XCTAssertEqual(files.map(\.route), [.sitemap, .sitemapPart(1), .sitemapPart(2), .sitemapPart(3)])
        let index = try root(files[0])
        XCTAssertEqual(index.name, "sitemapindex")
        XCTAssertEqual(index.uri, "http://www.sitemaps.org/schemas/sitemap/0.9")
        XCTAssertEqual(locations(index, "sitemap"), (1...3).map { "https://tinh.example/cong/sitemap-\($0).xml" })
        let parts = try files.dropFirst().map { try locations(root($0), "url") }
        XCTAssertEqual(parts.map(\.count), [50_000, 50_000, 2])
        XCTAssertEqual(parts.flatMap { $0 }, ["https://tinh.example/cong/"]
                           + (1...100_000).map { "https://tinh.example/cong/sinh-hoat/bien-ban-\($0)/" }
                           + ["https://tinh.example/cong/don-vi/xa-a/"], "every page once, in order")
        XCTAssertTrue(files.allSatisfy { $0.bytes.count <= Sitemap.maxBytes })
    }

    func testAPartNeverWeighsMoreThanTheLimit() throws {
        let limit = 2_000
        let files = Sitemap.files(meetings(100), address: address, maxBytes: limit)
        XCTAssertGreaterThan(files.count, 2)
        XCTAssertEqual(files[0].route, .sitemap)
        for file in files.dropFirst() {
            XCTAssertLessThanOrEqual(file.bytes.count, limit, "\(file.route)")
            XCTAssertEqual(try root(file).name, "urlset")
        }
        XCTAssertEqual(try files.dropFirst().flatMap { try locations(root($0), "url") }.count, 100)
    }

    /// A unit's parts lie in its folder, and its index gives their addresses there.
    func testAUnitsPartsLieInItsFolder() throws {
        let unit = Router().unit("xa-a")
        let placed = try XCTUnwrap(SiteAddress(baseURL: "https://huyen.example/", router: unit))
        let files = Sitemap.files(meetings(10), address: placed, maxBytes: 600)
        let first = try XCTUnwrap(files.dropFirst().first, "the sitemap is split")
        XCTAssertEqual(unit.file(first.route), "don-vi/xa-a/sitemap-1.xml")
        XCTAssertEqual(locations(try root(files[0]), "sitemap").first, "https://huyen.example/don-vi/xa-a/sitemap-1.xml")
    }
}
